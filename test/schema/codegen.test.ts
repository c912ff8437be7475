/**
 * The frontend operations in schema/operations are real documents: they validate against the
 * schema and fit the gateway's own query limits, and the typed documents tests use
 * (test/generated/operations.ts) are exactly what GraphQL Code Generator makes of them today.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { loadConfig } from '../../src/config';
import { limitsRule } from '../../src/server/limits';

const ROOT = join(__dirname, '../..');
const OPERATIONS_DIR = join(ROOT, 'schema/operations');
const GENERATED = 'test/generated/operations.ts';

/**
 * Runs GraphQL Code Generator's programmatic API (`generate` with the codegen.yml context, nothing
 * saved) in a child Node process: its plugins depend on ESM-only packages that Node's `require`
 * loads but Jest's CommonJS module system cannot.
 */
function generateInChild(): Promise<Types.FileOutput[]> {
  const script = `
    const { generate, loadContext } = require('@graphql-codegen/cli');
    (async () => {
      const context = await loadContext('codegen.yml');
      context.updateConfig({ silent: true });
      process.stdout.write(JSON.stringify(await generate(context, false)));
    })().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`graphql-codegen failed: ${stderr || err.message}`));
      else resolve(JSON.parse(stdout) as Types.FileOutput[]);
    });
  });
}

it('generates exactly the checked-in test/generated/operations.ts from codegen.yml', async () => {
  const outputs = await generateInChild();
  expect(outputs.map((o) => o.filename)).toEqual([GENERATED]);
  const checkedIn = readFileSync(join(ROOT, GENERATED), 'utf8');
  if (outputs[0].content !== checkedIn) {
    throw new Error(`${GENERATED} is stale: run \`npm run codegen\` and commit the result`);
  }
}, 30_000);

describe('schema/operations', () => {
  // The file is subgraph SDL (`@link`, `@key`): build it as a subgraph, which also checks that it is one.
  const schema = buildSubgraphSchema(parse(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8')));
  const { limits } = loadConfig({});
  const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql'));

  it('holds operation files', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s validates against the schema and within the default query limits', (file) => {
    const doc = parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8'));
    const errors = validate(schema, doc, [...specifiedRules, limitsRule(limits.maxDepth, limits.maxAliases)]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
