/**
 * schema/schema.graphql is the printed, checked-in subgraph SDL: reviewers read schema changes
 * there, and codegen and frontends build from it. It must be exactly what the code builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGatewaySchema } from '../../src/server/schema';

const SCHEMA_FILE = join(__dirname, '../../schema/schema.graphql');

it('matches schema/schema.graphql byte for byte', () => {
  const printed = printGatewaySchema();
  const checkedIn = readFileSync(SCHEMA_FILE, 'utf8');
  if (printed !== checkedIn) {
    // Point at the first difference; a full diff of two long SDL files helps nobody.
    let i = 0;
    while (i < printed.length && printed[i] === checkedIn[i]) i++;
    const line = printed.slice(0, i).split('\n').length;
    throw new Error(
      `schema/schema.graphql is stale (first difference at line ${line}): run \`npm run schema:print\` and commit the result.\n` +
        `  code:       ${JSON.stringify(printed.split('\n')[line - 1])}\n` +
        `  checked in: ${JSON.stringify(checkedIn.split('\n')[line - 1])}`,
    );
  }
  expect(printed).toBe(checkedIn);
});

it('ends the printed schema with exactly one newline', () => {
  expect(printGatewaySchema()).toMatch(/[^\n]\n$/);
});
