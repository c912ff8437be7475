/**
 * The cost estimate (graphql/cost.ts) is an upper bound of what an operation really costs upstream
 * on a cold cache, for every root field; it prices every query and subscription field explicitly;
 * and it costs time linear in the document, however fragments spread each other.
 */
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { estimateCost, mergeCostTables } from '../../src/graphql/cost';
import { PRODUCTS } from '../../src/server/products';
import { gatewaySchema } from '../../src/server/schema';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const schema = gatewaySchema();
const table = mergeCostTables(PRODUCTS.map((p) => p.costs));

function estimate(query: string, variables?: Record<string, unknown>) {
  const doc: DocumentNode = parse(query);
  return estimateCost(schema, doc, getOperationAST(doc)!, variables, table);
}

describe('the cost table', () => {
  it('prices every query and subscription field explicitly', () => {
    for (const root of [schema.getQueryType()!, schema.getSubscriptionType()!]) {
      const unpriced = Object.keys(root.getFields()).filter((f) => !f.startsWith('__') && !table[root.name]?.[f]);
      expect({ root: root.name, unpriced }).toEqual({ root: root.name, unpriced: [] });
    }
  });

  it('counts a room\'s reads once per room, whichever fields share them', () => {
    // owner, members and Seat.member all read the one member list.
    const one = estimate(`{ room(id: "r") { owner { userId } members { nodes { userId } } seats { member { userId } } } }`);
    expect(one.upstreamCalls).toBe(3); // room, members, seats
    const hundred = estimate(`query($ids: [ID!]!) { rooms(ids: $ids) { owner { userId } seats { index } } }`, { ids: Array(100).fill('x') });
    expect(hundred.upstreamCalls).toBe(300);
  });

  it('multiplies pages, not the lists inside them, for complexity', () => {
    const c = estimate(`{ room(id: "r") { members(first: 50) { nodes { userId nameCard } pageInfo { hasNextPage } } } }`);
    // room 1 + members 1 + nodes (1 + 50 × 2) + pageInfo (1 + 1)
    expect(c.complexity).toBe(1 + 1 + 101 + 2);
  });

  it('multiplies a page of rooms once: its reads by the rooms, what its lists hold by the page', () => {
    const c = estimate(`{ liveRooms(first: 10) { nodes { giftCount(userId: "a") { totalCount } stats { totalViewers } } } }`);
    // one get_room_list chunk + 10 × stats + 10 × giftCount
    expect(c.upstreamCalls).toBe(1 + 10 + 10);
    // liveRooms 1 + nodes (1 + 10 × (giftCount 2 + stats 2))
    expect(c.complexity).toBe(1 + 1 + 10 * 4);
  });

  it('counts a page or an id list past its maximum at the maximum (the field refuses it with BAD_USER_INPUT)', () => {
    expect(estimate(`{ liveRooms(first: 1000) { nodes { stats { totalViewers } } } }`).upstreamCalls).toBe(5 + 100);
    expect(estimate(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, { ids: Array(1000).fill('x') }).upstreamCalls).toBe(100);
  });

  it('costs time linear in the document: 40 fragments each spreading the next twice', () => {
    const frags = Array.from({ length: 40 }, (_, i) =>
      i === 39 ? `fragment F${i} on Room { id }` : `fragment F${i} on Room { ...F${i + 1} ...F${i + 1} }`,
    );
    const started = performance.now();
    const c = estimate(`query { room(id: "x") { ...F0 } }\n${frags.join('\n')}`);
    expect(performance.now() - started).toBeLessThan(1000); // 2^40 expansions if walked naively
    expect(c.complexity).toBeGreaterThan(1e11); // counted, and saturating rather than overflowing
    expect(Number.isFinite(c.complexity)).toBe(true);
  });
});

describe('the estimate bounds what an operation really costs on a cold cache', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { seedDemo: true });
  });
  afterAll(() => t.close());

  const cases: [string, string][] = [
    ['a Conference room with everything', `{ room(id: "demo-standup") { id name status memberCount owner { userId seat { index } }
      members(first: 100) { nodes { userId role seat { index } user { id } } pageInfo { hasNextPage } }
      bannedMembers { nodes { userId } } seats { index member { userId } } } }`],
    ['every demo room', `{ rooms(ids: ["demo-standup", "demo-allhands", "demo-townhall", "nope"]) { id owner { userId } seats { index } } }`],
    ['seats', `{ seats(roomId: "demo-standup") { index userId member { userId } } }`],
    ['a live room with everything', `{ liveRoom(id: "live-music") { id name coverUrl seats { index } metadata { key } stats { totalViewers }
      giftCount(userId: "alice") { totalCount } members { nodes { userId } } onlineCount mutedMembers { userId }
      bannedMembers { nodes { userId } } admins robots } }`],
    ['the live lobby', `{ liveRooms(first: 10) { nodes { id name viewCount notice seats { index } } pageInfo { hasNextPage } } }`],
    ['the gift catalogue', `{ giftCatalogue { gifts { id languages { name } } categories { id gifts { id } } } }`],
    ['callback configuration', `{ callbackConfig { url } liveCallbackConfig { url } }`],
    ['federation entities', `{ _entities(representations: [{ __typename: "Room", id: "demo-standup" }, { __typename: "LiveRoom", id: "live-music" }]) {
      ... on Room { id members { nodes { userId } } } ... on LiveRoom { id stats { totalViewers } } } }`],
  ];

  it.each(cases)('%s', async (_name, query) => {
    await t.emulator.resetCalls();
    const r = await t.raw(query);
    expect(r.status).toBe(200);
    const made = Object.values(await t.emulator.calls()).reduce((a, b) => a + b, 0);
    const { upstreamCalls } = estimate(query);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(upstreamCalls);
  });
});
