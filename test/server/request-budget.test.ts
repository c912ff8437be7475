/**
 * One request cannot fan out without bound, and one user cannot take a command's whole quota:
 * - an operation whose estimated upstream calls or complexity is over the limit is refused before
 *   anything runs (400, QUERY_TOO_EXPENSIVE naming the variable), and no call reaches Tencent;
 * - during execution the request never makes more calls than the budget, whatever the estimate;
 * - each user draws on their own share of a command's calls per second (in Redis when the cache is
 *   shared, so across instances); running out is RATE_LIMITED for that user only, and never opens
 *   the circuit breaker.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { startTestGateway, type TestGateway } from '../helpers/gateway';


const DASHBOARD = `query Dashboard($ids: [ID!]!) {
  rooms(ids: $ids) { id name status owner { userId nameCard }
    members(first: 20) { nodes { userId nameCard role } pageInfo { hasNextPage endCursor } }
    seats { index userId isLocked } } }`;

const unknownIds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

async function seedRooms(t: TestGateway, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    const r = await t.raw(`mutation($id: ID!, $owner: ID!) { createRoom(input: { id: $id, ownerId: $owner }) { id } }`, { id, owner: `owner${i}` });
    expect(r.errors).toBeUndefined();
    await t.emulator.enter(id, `owner${i}`);
  }
}

describe('the upstream budget and the complexity limit', () => {
  let t: TestGateway;
  beforeAll(async () => {
    // No caching: every read of the dashboard goes upstream, so its calls can be counted.
    t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
  });
  afterAll(() => t.close());

  it('refuses 30 aliased rooms(ids) of 100 ids each before any call, naming ROOMGRAPH_MAX_UPSTREAM_CALLS', async () => {
    const fields = Array.from({ length: 30 }, (_, a) => `a${a}: rooms(ids: ${JSON.stringify(unknownIds(`x${a}`, 100))}) { id name }`);
    await t.emulator.resetCalls();
    const started = performance.now();
    const r = await t.raw(`{ ${fields.join('\n')} }`, undefined, t.userToken('mallory'));
    const ms = performance.now() - started;
    expect(r.status).toBe(400);
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', limit: 'ROOMGRAPH_MAX_UPSTREAM_CALLS', max: 500, estimate: 3000 });
    expect(r.errors![0].message).toContain('ROOMGRAPH_MAX_UPSTREAM_CALLS');
    expect(ms).toBeLessThan(2000);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('counts ids given as variables, through fragments', async () => {
    const r = await t.raw(
      `query($a: [ID!]!, $b: [ID!]!, $c: [ID!]!, $d: [ID!]!, $e: [ID!]!, $f: [ID!]!) {
        a: rooms(ids: $a) { ...R } b: rooms(ids: $b) { ...R } c: rooms(ids: $c) { ...R }
        d: rooms(ids: $d) { ...R } e: rooms(ids: $e) { ...R } f: rooms(ids: $f) { ...R } }
       fragment R on Room { id }`,
      Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, unknownIds(k, 100)])),
      t.userToken('mallory'),
    );
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimate: 600 });
  });

  it('lets a 100-room dashboard through, and it costs what was estimated: one call per room and resource', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `dash-${i}`);
    await seedRooms(t, ids);
    await t.emulator.resetCalls();
    const r = await t.raw(DASHBOARD, { ids }, t.userToken('owner0'));
    expect(r.errors).toBeUndefined();
    expect(r.data.rooms).toHaveLength(100);
    const calls = await t.emulator.calls();
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(300); // estimate: 100 × (room, members, seats)
    expect(calls['room_engine_http_srv/get_room_info']).toBe(100);
    expect(calls['room_engine_http_srv/get_room_member_list']).toBe(100);
  }, 60_000);

  it('refuses an operation over the complexity limit, naming ROOMGRAPH_MAX_COMPLEXITY', async () => {
    const ids = unknownIds('cx', 100);
    const r = await t.raw(
      `query($ids: [ID!]!) { rooms(ids: $ids) { members(first: 100) { nodes { userId nameCard role marks customInfo } } } }`,
      { ids },
      t.userToken('mallory'),
    );
    expect(r.status).toBe(400);
    expect(r.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', limit: 'ROOMGRAPH_MAX_COMPLEXITY', max: 50_000 });
  });
});

describe('during execution', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ROOMGRAPH_MAX_UPSTREAM_CALLS: '3', ROOMGRAPH_CACHE_TTL_MS: '0' });
    const r = await t.raw(`mutation { createRoom(input: { id: "big", ownerId: "zed" }) { id } }`);
    expect(r.errors).toBeUndefined();
    // 250 members, the owner last: finding them walks three member chunks of 100.
    for (let i = 0; i < 249; i++) await t.emulator.enter('big', `u${String(i).padStart(3, '0')}`);
    await t.emulator.enter('big', 'zed');
  }, 60_000);
  afterAll(() => t.close());

  it('stops at the budget when the estimate was low: the call past it is never sent', async () => {
    await t.emulator.resetCalls();
    // Estimated 2 calls (room info, one member chunk); finding the owner takes 3 chunks.
    const r = await t.raw(`{ room(id: "big") { id owner { userId } } }`, undefined, t.userToken('reader'));
    expect(r.data?.room?.id).toBe('big');
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].path).toEqual(['room', 'owner']);
    expect(r.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', limit: 'ROOMGRAPH_MAX_UPSTREAM_CALLS', max: 3 });
    const calls = await t.emulator.calls();
    expect(Object.values(calls).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('gives each request its own budget', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.raw(`{ room(id: "big") { id seats { index } } }`, undefined, t.userToken('reader'));
      expect(r.errors).toBeUndefined();
    }
  });
});

describe('fair share of a command between users', () => {
  // get_room_info allows 200 calls/s: a user's 25 % is 50/s, in bursts of 50.
  const env = { ROOMGRAPH_RATE_LIMIT_WAIT_MS: '0', ROOMGRAPH_CACHE_TTL_MS: '0' };

  async function rateLimitedOf(t: TestGateway, user: string, prefix: string) {
    const started = performance.now();
    const r = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, { ids: unknownIds(prefix, 100) }, t.userToken(user));
    const ms = performance.now() - started;
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    return { limited: codes.filter((c) => c === 'RATE_LIMITED').length, other: codes.filter((c) => c !== 'RATE_LIMITED'), r, ms };
  }
  /** The least a user must be refused: `base` less a token per 20 ms that may have refilled in `ms` (and one for rounding). */
  const atLeast = (base: number, ms: number) => base - Math.ceil(ms / 20) - 1;

  it('refuses a user past their share, leaves other users and admins theirs, and never opens the breaker', async () => {
    const t = await startTestGateway(env);
    try {
      await t.emulator.resetCalls();
      const mallory = await rateLimitedOf(t, 'mallory', 'm');
      // 50 went at once; a token comes back every 20 ms while the 100 calls start.
      expect(mallory.limited).toBeGreaterThanOrEqual(atLeast(50, mallory.ms));
      expect(mallory.limited).toBeLessThanOrEqual(50);
      expect(mallory.other).toEqual([]);
      const retryAfter = mallory.r.errors!.find((e) => e.extensions?.code === 'RATE_LIMITED')!.extensions!.retryAfterMs;
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(1100);
      expect((await t.emulator.calls())['room_engine_http_srv/get_room_info']).toBe(100 - mallory.limited); // the refused never left
      // Metrics tell the user's share apart from the command's own limit.
      const metrics = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
      const refusals = metrics.match(/roomgraph_rate_limit_refusals_total\{command="room_engine_http_srv\/get_room_info",limiter="user"\} (\d+)/);
      expect(Number(refusals?.[1])).toBe(mallory.limited);
      // Another user, at once: a share of their own.
      const alice = await rateLimitedOf(t, 'alice', 'a');
      expect(alice.limited).toBeLessThanOrEqual(50);
      expect(alice.limited).toBeGreaterThanOrEqual(atLeast(50, alice.ms));
      // The breaker did not open: an admin's read goes through (admins draw on the command's limit only).
      const admin = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, { ids: unknownIds('adm', 90) });
      expect(admin.errors).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('waits for turns within ROOMGRAPH_RATE_LIMIT_WAIT_MS instead of refusing', async () => {
    const t = await startTestGateway({ ...env, ROOMGRAPH_RATE_LIMIT_WAIT_MS: '3000' });
    try {
      const started = performance.now();
      const r = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, { ids: unknownIds('w', 100) }, t.userToken('patient'));
      expect(r.errors).toBeUndefined();
      expect(performance.now() - started).toBeGreaterThanOrEqual(900); // the second 50 waited about a second
    } finally {
      await t.close();
    }
  });

  it('shares one bucket per user across instances when the cache is in Redis', async () => {
    await requireRedis();
    const shared = { ...env, ROOMGRAPH_CACHE_URL: REDIS_URL, ROOMGRAPH_CACHE_NAMESPACE: `fair-${process.pid}-${Date.now()}` };
    const a = await startTestGateway(shared);
    const b = await startTestGateway(shared).catch(async (e) => {
      await a.close();
      throw e;
    });
    try {
      // The same user on both instances (each has its own emulator, but the buckets are shared).
      const first = await rateLimitedOf(a, 'mallory', 'r1');
      expect(first.limited).toBeGreaterThanOrEqual(atLeast(50, first.ms));
      expect(first.limited).toBeLessThanOrEqual(50);
      const gap = performance.now();
      const second = await rateLimitedOf(b, 'mallory', 'r2');
      // The bucket was already empty: only what refilled since (a token per 20 ms) went through. With
      // buckets per instance, the second burst would have been refused 50 at most.
      expect(second.limited).toBeGreaterThanOrEqual(atLeast(100, performance.now() - gap + first.ms));
      expect(second.limited).toBeGreaterThan(50);
      const other = await rateLimitedOf(b, 'alice', 'r3');
      expect(other.limited).toBeLessThanOrEqual(50);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
