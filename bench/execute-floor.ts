/**
 * The floor under the warm path: what graphql-js alone costs to execute (and JSON-encode) the
 * bench's answers when every value is already in memory and no resolver does anything, in this
 * process, on a schema of the same shape as the gateway's answer. Compare its µs with the
 * gateway's CPU per `{ __typename }` request in `npm run bench`: a query whose execution alone
 * costs more than a few empty requests cannot reach a ratio near 1 while it executes.
 *
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/execute-floor.js
 *   (NODE_ENV=production as `roomgraph serve` defaults to; NODE_ENV=development for graphql-js's checks)
 *
 * Bounded: 3,000 timed executions per query after 2,000 of warm-up.
 */
import { buildSchema, execute, parse, type DocumentNode } from 'graphql';

const schema = buildSchema(`
  type Query { room(id: ID!): Room rooms(ids: [ID!]!): [Room] }
  type Member { id: ID! userId: ID! nameCard: String! role: String! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type MemberConnection { nodes: [Member!]! pageInfo: PageInfo! }
  type Seat { id: ID! index: Int! userId: ID isLocked: Boolean! }
  type Room { id: ID! name: String! status: String! memberCount: Int owner: Member members(first: Int): MemberConnection seats: [Seat!]! }
`);

function room(i: number) {
  const id = `bench-${i}`;
  const members = [`owner${i}`, ...[0, 1, 2, 3].map((k) => `guest${i}-${k}`)].map((u, k) => ({
    id: `${id}:${u}`, userId: u, nameCard: `${u} (bench)`, role: k === 0 ? 'OWNER' : 'MEMBER',
  }));
  return {
    id, name: id, status: 'NOT_STARTED', memberCount: 5, owner: members[0],
    members: { nodes: members, pageInfo: { hasNextPage: false, endCursor: 'eyJjIjoiIiwiayI6NX0' } },
    seats: Array.from({ length: 8 }, (_, k) => ({ id: `${id}:${k}`, index: k, userId: k < 2 ? members[k + 1].userId : null, isLocked: false })),
  };
}
const rooms = Array.from({ length: 20 }, (_, i) => room(i));
const rootValue = { room: () => rooms[0], rooms: () => rooms };

const FIELDS = `id name status memberCount owner { userId nameCard }
  members(first: 20) { nodes { id userId nameCard role } pageInfo { hasNextPage endCursor } }
  seats { id index userId isLocked }`;
const QUERIES: [string, DocumentNode, Record<string, unknown>][] = [
  ['typename', parse('{ __typename }'), {}],
  ['room', parse(`query($id: ID!) { room(id: $id) { ${FIELDS} } }`), { id: 'bench-0' }],
  ['page20', parse(`query($ids: [ID!]!) { rooms(ids: $ids) { ${FIELDS} } }`), { ids: rooms.map((r) => r.id) }],
];

async function main(): Promise<void> {
  const out: Record<string, unknown> = { node: process.version, nodeEnv: process.env.NODE_ENV ?? null };
  for (const [name, document, variableValues] of QUERIES) {
    const once = async () => JSON.stringify(await execute({ schema, document, rootValue, variableValues }));
    for (let i = 0; i < 2000; i++) await once();
    const n = 3000;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await once();
    out[`${name}MicrosPerExecute`] = Math.round(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
