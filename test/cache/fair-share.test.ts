/**
 * The per-user buckets (cache/fair-share.ts) and the per-request client that uses them with the
 * upstream budget (graphql/budget.ts): the GCRA decision, the in-process and Redis stores agreeing
 * on it, and the request client refusing before the shared client is reached.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { gcra, memoryFairShare, redisFairShare, type FairShare } from '../../src/cache/fair-share';
import { requestClient, UserShareExceededError } from '../../src/graphql/budget';
import * as srv from '../../src/commands/conference';
import type { TencentClient } from '../../src/upstream/client';
import { errorClassFor, isOutage } from '../../src/upstream/errors';


describe('gcra', () => {
  it('lets perSecond calls through at once, then one every 1000/perSecond ms', () => {
    let tat = 0;
    const waits: number[] = [];
    for (let i = 0; i < 52; i++) {
      const d = gcra(tat, 10_000, 50, 1000);
      if (!('tat' in d)) throw new Error('refused');
      tat = d.tat;
      waits.push(Math.round(d.waitMs));
    }
    expect(waits.slice(0, 50)).toEqual(Array(50).fill(0));
    expect(waits.slice(50)).toEqual([20, 40]);
  });

  it('refuses past maxWaitMs with when the turn would come, reserving nothing', () => {
    let tat = 0;
    for (let i = 0; i < 5; i++) tat = (gcra(tat, 0, 5, 0) as { tat: number }).tat;
    expect(gcra(tat, 0, 5, 0)).toEqual({ retryAfterMs: 200 });
    expect(gcra(tat, 0, 5, 0)).toEqual({ retryAfterMs: 200 }); // unchanged: nothing was reserved
    expect(gcra(tat, 200, 5, 0)).toMatchObject({ waitMs: 0 }); // a turn has come back
  });
});

beforeAll(requireRedis);

describe.each([
  ['in process', async () => memoryFairShare()],
  ['in Redis', async () => redisFairShare({ url: REDIS_URL, namespace: `fs-test-${process.pid}-${Date.now()}` })],
])('the store %s', (_where, make) => {
  let store: FairShare;
  beforeAll(async () => {
    store = await make();
  });
  afterAll(() => store.close());

  it('grants a burst of perSecond, then refuses with a retry time', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => store.reserve('u1\u0000cmd', 10, 0)));
    const granted = results.filter((r) => r.ok).length;
    expect(granted).toBeGreaterThanOrEqual(10);
    expect(granted).toBeLessThanOrEqual(11); // a token may come back while the 12 are decided
    for (const r of results) if (!r.ok) expect(r.retryAfterMs).toBeGreaterThan(0);
  });

  it('keeps keys apart', async () => {
    expect((await store.reserve('u2\u0000cmd', 1, 0)).ok).toBe(true);
    expect((await store.reserve('u2\u0000cmd', 1, 0)).ok).toBe(false);
    expect((await store.reserve('u3\u0000cmd', 1, 0)).ok).toBe(true);
  });

  it('makes a call wait for its turn when the wait is allowed', async () => {
    expect(await store.reserve('u4\u0000cmd', 2, 5000)).toEqual({ ok: true, waitMs: 0 });
    expect(await store.reserve('u4\u0000cmd', 2, 5000)).toMatchObject({ ok: true });
    const third = await store.reserve('u4\u0000cmd', 2, 5000);
    expect(third.ok).toBe(true);
    expect((third as { waitMs: number }).waitMs).toBeGreaterThan(400);
  });
});

it('shares buckets between two Redis stores of one namespace (two instances)', async () => {
  const namespace = `fs-shared-${process.pid}-${Date.now()}`;
  const a = await redisFairShare({ url: REDIS_URL, namespace });
  const b = await redisFairShare({ url: REDIS_URL, namespace });
  try {
    expect((await a.reserve('mallory', 1, 0)).ok).toBe(true);
    expect((await b.reserve('mallory', 1, 0)).ok).toBe(false);
  } finally {
    await a.close();
    await b.close();
  }
});

it('fails the start when Redis cannot be reached', async () => {
  await expect(redisFairShare({ url: 'redis://127.0.0.1:1', namespace: 'x', connectTimeoutMs: 500 })).rejects.toThrow();
});

describe('the request client', () => {
  function fakeClient() {
    const sent: string[] = [];
    const client = {
      call: async (cmd: { name: string }) => {
        sent.push(cmd.name);
        return { roomId: 'r' };
      },
      close: async () => undefined,
    } as unknown as TencentClient;
    return { client, sent };
  }
  const viewer = { userId: 'mallory', isAdmin: false };

  it('stops at the budget: the call past it is refused with QUERY_TOO_EXPENSIVE and never sent', async () => {
    const { client, sent } = fakeClient();
    const rc = requestClient(client, viewer, { maxCalls: 2, share: 1, maxWaitMs: 0 });
    await rc.call(srv.getRoomInfo, 'a');
    await rc.call(srv.getRoomInfo, 'b');
    const refused = await rc.call(srv.getRoomInfo, 'c').catch((e) => e);
    expect(refused.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', limit: 'ROOMGRAPH_MAX_UPSTREAM_CALLS', max: 2 });
    expect(refused.perCaller).toBe(true);
    expect(sent).toHaveLength(2);
    expect(rc.used).toBe(2);
    rc.reset();
    await rc.call(srv.getRoomInfo, 'd');
    expect(sent).toHaveLength(3);
  });

  it('refuses past the user\'s share as RATE_LIMITED, which the breaker does not count', async () => {
    const { client, sent } = fakeClient();
    const fairShare = memoryFairShare();
    const rc = requestClient(client, viewer, { maxCalls: 1000, fairShare, share: 0.01, maxWaitMs: 0 });
    // get_room_info allows 200/s: 1 % is 2 a second.
    const results = await Promise.all([1, 2, 3].map((i) => rc.call(srv.getRoomInfo, `r${i}`).then(() => 'ok', (e) => e)));
    const refused = results.filter((r) => r !== 'ok');
    expect(sent).toHaveLength(2);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(UserShareExceededError);
    expect(errorClassFor(refused[0])).toBe('RATE_LIMITED');
    expect(isOutage(refused[0])).toBe(false);
    expect(refused[0].perCaller).toBe(true);
  });

  it('does not limit global admins by the share', async () => {
    const { client, sent } = fakeClient();
    const rc = requestClient(client, { userId: 'administrator', isAdmin: true }, { maxCalls: 1000, fairShare: memoryFairShare(), share: 0.01, maxWaitMs: 0 });
    await Promise.all([1, 2, 3, 4, 5].map((i) => rc.call(srv.getRoomInfo, `r${i}`)));
    expect(sent).toHaveLength(5);
  });

  it('lets calls through when the store cannot answer', async () => {
    const { client, sent } = fakeClient();
    const broken: FairShare = { reserve: async () => Promise.reject(new Error('redis down')), close: async () => undefined };
    const rc = requestClient(client, viewer, { maxCalls: 10, fairShare: broken, share: 0.01, maxWaitMs: 0 });
    await rc.call(srv.getRoomInfo, 'a');
    expect(sent).toEqual(['get_room_info']);
  });
});
