/**
 * Imports run one way (DESIGN "The way data flows"): each folder of src/ may import only the
 * folders listed for it. In particular nothing below server/ imports server/, the emulator shares
 * only wire/ and the command declarations with the gateway, and upstream/ knows nothing of GraphQL.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(__dirname, '../src');

/** Folder (or top-level file) → what it may import besides itself and node/npm packages. */
const ALLOWED: Record<string, readonly string[]> = {
  secret: [],
  wire: [],
  commands: ['wire'],
  upstream: ['wire', 'commands', 'secret'],
  cache: ['wire'],
  emulator: ['wire', 'commands', 'secret'],
  auth: ['wire', 'secret'],
  graphql: ['wire', 'commands', 'upstream', 'cache', 'auth'],
  seats: ['wire', 'commands', 'upstream', 'graphql'],
  rooms: ['wire', 'commands', 'graphql', 'seats'],
  conference: ['wire', 'commands', 'upstream', 'graphql', 'seats', 'rooms'],
  live: ['wire', 'commands', 'upstream', 'graphql', 'seats', 'rooms'],
  'callback-config': ['wire', 'commands', 'upstream', 'graphql'],
  federation: ['wire', 'commands', 'graphql', 'rooms', 'conference', 'live'],
  callbacks: ['wire', 'secret'],
  config: ['secret'],
  // Metrics definitions and label bounds: names, codes and timings in, nothing of the gateway's.
  observability: [],
  subscriptions: ['wire', 'graphql', 'auth', 'callbacks', 'seats', 'live'],
  server: [
    'wire', 'commands', 'upstream', 'cache', 'graphql', 'auth', 'callbacks', 'rooms', 'conference', 'live', 'seats', 'callback-config',
    'federation', 'config', 'secret', 'subscriptions', 'observability',
  ],
};

function unitOf(file: string): string {
  const rel = relative(SRC, file);
  const top = rel.split('/')[0];
  return top.endsWith('.ts') ? top.slice(0, -3) : top;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const imports = sources(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]|declare module ['"](\.[^'"]+)['"]|import\(['"](\.[^'"]+)['"]\)/g,
  )]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4])
    .map((spec) => ({ from: unitOf(file), to: unitOf(resolve(dirname(file), spec)), file: relative(SRC, file), spec })),
);

describe('import layering', () => {
  it('finds the imports it checks', () => {
    expect(imports.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(ALLOWED))('%s imports only what lies below it', (unit) => {
    const bad = imports
      .filter((i) => i.from === unit && i.to !== unit && !ALLOWED[unit].includes(i.to))
      .map((i) => `${i.file} imports ${i.spec}`);
    expect(bad).toEqual([]);
  });

  it('lets nothing but the top level (index, cli, gateway) import server/', () => {
    const bad = imports.filter((i) => i.to === 'server' && i.from !== 'server' && !['index', 'cli', 'gateway'].includes(i.from));
    expect(bad.map((i) => `${i.file} imports ${i.spec}`)).toEqual([]);
  });
});
