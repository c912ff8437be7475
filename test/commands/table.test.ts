/**
 * The table test: every declared Tencent command (src/commands) has an emulator handler, a GraphQL
 * field (or a README line saying why not), a README row that states its facts as declared, and —
 * for a write — the set of resources it changes. Every callback of the callback table has its
 * README row, and no command or callback name is spelled in a second file under src/.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { commandPath, type AnyCommand } from '../../src/commands/command';
import { ALL_COMMANDS } from '../../src/commands';
import { emulatedCommands } from '../../src/emulator';
import { gatewaySchema } from '../../src/server/schema';
import { CALLBACK_TABLE } from '../../src/wire/callbacks';
import { RESOURCES } from '../../src/wire/resources';

const ROOT = join(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** README rows whose first cell is a backticked name, as lists of cells. */
function rowsOf(text: string, firstCell: RegExp): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const m = cells.length > 1 ? firstCell.exec(cells[0]) : null;
    if (m) rows.set(m[1], cells);
  }
  return rows;
}

const commandRows = rowsOf(README, /^`([a-z_]+\/[a-z_]+)`$/);

/** Does `Type.field`, `field(args)` (Query or Mutation) or `Type` name something in the schema? */
function resolves(schema: GraphQLSchema, ref: string): boolean {
  const name = ref.replace(/\(.*$/, '');
  const [a, b] = name.split('.');
  if (b !== undefined) {
    const t = schema.getType(a);
    return isObjectType(t) && b in t.getFields();
  }
  if (/^[A-Z]/.test(a)) return schema.getType(a) !== undefined;
  return a in (schema.getQueryType()?.getFields() ?? {}) || a in (schema.getMutationType()?.getFields() ?? {});
}

const refsIn = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe.each(ALL_COMMANDS.map((c) => [commandPath(c), c] as [string, AnyCommand]))('%s', (path, cmd) => {
  it('has an emulator handler', () => {
    expect(emulatedCommands()).toContain(path);
  });

  it('has a README row stating its kind, documented rate and what it changes', () => {
    const row = commandRows.get(path);
    if (!row) throw new Error(`README.md's command table has no row for \`${path}\``);
    const [, kind, rate, , changes] = row;
    expect(kind).toBe(cmd.kind === 'read' ? 'R' : 'W');
    expect(rate).toBe(cmd.perSecond === undefined ? '—' : String(cmd.perSecond));
    if (cmd.kind === 'read') expect(changes).toBe('—');
    else expect(changes).toBe(cmd.changes.length === 0 ? 'nothing cached' : cmd.changes.join(', '));
  });

  it('has a GraphQL field, or a README line saying why not', () => {
    const cell = commandRows.get(path)?.[3] ?? '';
    if (/^not mapped: \S/.test(cell)) return;
    const refs = refsIn(cell);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      if (!resolves(gatewaySchema(), ref)) throw new Error(`README names \`${ref}\` for ${path}, which the schema does not have`);
    }
  });

  if (cmd.kind === 'write') {
    it('declares what it changes, for which room', () => {
      expect(Array.isArray(cmd.changes)).toBe(true);
      for (const r of cmd.changes) expect(RESOURCES).toContain(r);
      expect(typeof cmd.room).toBe('function');
    });
  }
});

describe('the command table', () => {
  it('lists only declared commands, each once', () => {
    const declared = ALL_COMMANDS.map(commandPath);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...commandRows.keys()].sort()).toEqual([...declared].sort());
  });

  it('maps every query and mutation field of the schema onto a command', () => {
    const mapped = new Set([...commandRows.values()].flatMap((r) => refsIn(r[3]).map((ref) => ref.replace(/\(.*$/, ''))));
    const schema = gatewaySchema();
    const roots = [...Object.keys(schema.getQueryType()?.getFields() ?? {}), ...Object.keys(schema.getMutationType()?.getFields() ?? {})];
    // `_service` and `_entities` are the federation protocol (README "Federation"), not a command's field;
    // `viewer` is answered from the bearer token alone (README "The schema").
    const noCommand = new Set(['_service', '_entities', 'viewer']);
    expect(roots.filter((f) => !mapped.has(f) && !noCommand.has(f))).toEqual([]);
  });
});

describe('the callback table', () => {
  const callbackRows = rowsOf(README, /^`([A-Za-z]+\.Callback[A-Za-z]+)`/);

  it.each(CALLBACK_TABLE.map((c) => [c.name, c] as const))('%s has a README row with its aliases and what it changes', (name, c) => {
    const row = callbackRows.get(name);
    if (!row) throw new Error(`README.md's callback table has no row for \`${name}\``);
    for (const alias of c.aliases) expect(row[0]).toContain(`\`${alias}\``);
    expect(row[1]).toBe(c.changes.length === 0 ? 'nothing cached' : c.changes.join(', '));
  });

  it('lists only declared callbacks', () => {
    expect([...callbackRows.keys()].sort()).toEqual(CALLBACK_TABLE.map((c) => c.name).sort());
  });
});

describe('each fact once', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(join(ROOT, 'src'));
  /** Source without comments: names in comments and descriptions are prose, not facts. */
  const code = new Map(
    files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')]),
  );
  const filesSpelling = (name: string) =>
    [...code].filter(([, text]) => text.includes(`'${name}'`) || text.includes(`"${name}"`) || text.includes(`\`${name}\``)).map(([f]) => f);

  /** The declaration files that declare a command of each name (Live reuses six Conference names). */
  const declaredIn = new Map<string, Set<string>>();
  for (const [file, text] of code) {
    if (!file.startsWith('src/commands/')) continue;
    for (const c of ALL_COMMANDS) if (text.includes(`name: '${c.name}'`)) declaredIn.set(c.name, (declaredIn.get(c.name) ?? new Set()).add(file));
  }

  it.each([...new Set(ALL_COMMANDS.map((c) => c.name))])('command %s is spelled only in the declarations of that name', (name) => {
    expect(filesSpelling(name).sort()).toEqual([...(declaredIn.get(name) ?? [])].sort());
  });

  it.each(CALLBACK_TABLE.flatMap((c) => [c.name, ...c.aliases]))('callback %s is spelled in one file under src/', (name) => {
    expect(filesSpelling(name)).toEqual(['src/wire/callbacks.ts']);
  });
});
