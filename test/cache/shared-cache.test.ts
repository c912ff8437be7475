/**
 * The cache shared by gateway instances: two gateways in Tencent mode, one standalone emulator
 * (their "Tencent"), one real Redis. A read through one instance serves the other, a mutation
 * through either invalidates for both, entries expire after ROOMGRAPH_CACHE_TTL_MS. Then
 * ReadThrough on its own, over the in-memory store: single flight and invalidation races.
 *
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); without one this suite fails.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DestroyRoomDocument, RoomDetailsDocument, UpdateRoomDocument } from '../generated/operations';
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { createSharedCache, type SharedCache } from '../../src/cache/shared-cache';
import { ReadThrough } from '../../src/cache/read-through';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { genUserSig } from '../../src/wire/usersig';

const APP = { sdkAppId: 1400000042, secretKey: 'shared-cache-secret-61d2', adminIds: ['ops-admin'] };
const GET_ROOM = 'room_engine_http_srv/get_room_info';
const run = `${process.pid}-${Date.now()}`;

function tencentEnv(emulator: RunningEmulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TRTC_SDKAPPID: String(APP.sdkAppId),
    TRTC_SECRET_KEY: APP.secretKey,
    TRTC_ADMIN_ID: APP.adminIds[0],
    TRTC_BASE_URL: emulator.url,
    ROOMGRAPH_CACHE_URL: REDIS_URL,
    ROOMGRAPH_CACHE_NAMESPACE: `roomgraph-test-${run}`,
    ROOMGRAPH_PORT: '0',
    ROOMGRAPH_LOG_LEVEL: 'silent',
    ...extra,
  };
}

async function gql<T, V>(gw: Gateway, doc: TypedDocumentNode<T, V>, variables: V): Promise<{ data?: T; errors?: any[] }> {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.tokenFor(APP.adminIds[0])}` },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  return (await res.json()) as { data?: T; errors?: any[] };
}

describe('two gateways sharing Redis', () => {
  let emulator: RunningEmulator;
  let a: Gateway;
  let b: Gateway;
  let n = 0;

  beforeAll(async () => {
    await requireRedis();
    emulator = await startEmulator({ apps: [APP] });
    [a, b] = await Promise.all([createGateway(loadConfig(tencentEnv(emulator))), createGateway(loadConfig(tencentEnv(emulator)))]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await emulator?.close();
  });

  /** A room created straight at the emulator, so no gateway has seen it yet. */
  async function roomAtTencent(name: string): Promise<string> {
    const id = `shared-${run}-${++n}`;
    const q = new URLSearchParams({
      sdkappid: String(APP.sdkAppId), identifier: APP.adminIds[0], random: '7',
      usersig: genUserSig({ sdkAppId: APP.sdkAppId, secretKey: APP.secretKey, identifier: APP.adminIds[0] }), contenttype: 'json',
    });
    const res = await fetch(`${emulator.url}/v4/room_engine_http_srv/create_room?${q}`, {
      method: 'POST',
      body: JSON.stringify({ RoomInfo: { RoomId: id, RoomName: name, RoomType: 'Conference' } }),
    });
    expect(((await res.json()) as { ErrorCode: number }).ErrorCode).toBe(0);
    emulator.resetCalls();
    return id;
  }
  const roomReads = () => emulator.calls()[GET_ROOM] ?? 0;

  it('serves a room read through gateway A to gateway B from Redis, with no call to Tencent', async () => {
    const id = await roomAtTencent('Shared');
    const viaA = await gql(a, RoomDetailsDocument, { id });
    expect(viaA.errors).toBeUndefined();
    expect(roomReads()).toBe(1);
    const viaB = await gql(b, RoomDetailsDocument, { id });
    expect(viaB.errors).toBeUndefined();
    expect(viaB.data!.room).toEqual(viaA.data!.room);
    expect(viaB.data!.room).toMatchObject({ id, name: 'Shared' });
    expect(roomReads()).toBe(1);
  });

  it("shows a change made through B on A's next read", async () => {
    const id = await roomAtTencent('Before');
    await gql(a, RoomDetailsDocument, { id });
    const updated = await gql(b, UpdateRoomDocument, { input: { id, name: 'After' } });
    expect(updated.errors).toBeUndefined();
    expect((await gql(a, RoomDetailsDocument, { id })).data!.room).toMatchObject({ id, name: 'After' });
  });

  it('makes A read afresh, with exactly one call, after B destroys a room A had cached', async () => {
    const id = await roomAtTencent('Doomed');
    expect((await gql(a, RoomDetailsDocument, { id })).data!.room).toMatchObject({ id });
    expect((await gql(b, DestroyRoomDocument, { id })).data).toEqual({ destroyRoom: id });
    emulator.resetCalls();
    const after = await gql(a, RoomDetailsDocument, { id });
    expect(after.errors).toBeUndefined();
    expect(after.data!.room).toBeNull();
    expect(roomReads()).toBe(1);
  });

  it('rejects createGateway with a clear message, naming no secret, when the cache URL is unreachable', async () => {
    const config = loadConfig(tencentEnv(emulator, { ROOMGRAPH_CACHE_URL: 'redis://:redis-pass-0c1e@127.0.0.1:1' }));
    const started = Date.now();
    const failure = await createGateway(config).then(
      () => new Error('createGateway resolved'),
      (e: Error) => e,
    );
    expect(failure.message).toMatch(/shared cache at ROOMGRAPH_CACHE_URL cannot be reached/);
    expect(Date.now() - started).toBeLessThan(1000); // a refused connection is final, not retried
    expect(failure.message).not.toContain(APP.secretKey);
    expect(failure.message).not.toContain('redis-pass-0c1e');
    expect(JSON.stringify(failure)).not.toContain(APP.secretKey);
  });

  describe('with a short TTL', () => {
    const TTL_MS = 300;
    let c: Gateway;
    let d: Gateway;
    beforeAll(async () => {
      const env = tencentEnv(emulator, { ROOMGRAPH_CACHE_TTL_MS: String(TTL_MS), ROOMGRAPH_CACHE_NAMESPACE: `roomgraph-test-ttl-${run}` });
      [c, d] = await Promise.all([createGateway(loadConfig(env)), createGateway(loadConfig(env))]);
    });
    afterAll(async () => {
      await Promise.all([c?.close(), d?.close()]);
    });

    it('reads a room from Tencent again once its entry has expired', async () => {
      const id = await roomAtTencent('Fleeting');
      await gql(c, RoomDetailsDocument, { id });
      const cachedAt = Date.now();
      expect(roomReads()).toBe(1);
      await gql(d, RoomDetailsDocument, { id });
      expect(roomReads()).toBe(1);
      // Waiting out a TTL is the one wait nothing can signal: poll until a read reaches Tencent.
      while (roomReads() === 1 && Date.now() - cachedAt < 5000) {
        await new Promise((r) => setTimeout(r, 25));
        expect((await gql(d, RoomDetailsDocument, { id })).data!.room).toMatchObject({ id });
      }
      const expiredAfter = Date.now() - cachedAt;
      expect(roomReads()).toBe(2);
      expect(expiredAfter).toBeGreaterThanOrEqual(TTL_MS - 50);
      expect(expiredAfter).toBeLessThan(TTL_MS + 1500);
    });
  });
});

describe('ReadThrough', () => {
  let cache: SharedCache;
  let rt: ReadThrough;
  beforeEach(() => {
    cache = createSharedCache({ namespace: 'unit', ttlMs: 60_000 });
    rt = new ReadThrough(cache);
  });

  /** A fetch the test resolves by hand; `started` settles when the read calls it. */
  function manualFetch<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: Error) => void;
    let markStarted!: () => void;
    const started = new Promise<void>((r) => (markStarted = r));
    const result = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    let calls = 0;
    const fetch = () => {
      calls++;
      markStarted();
      return result;
    };
    return { fetch, started, resolve, reject, calls: () => calls };
  }

  it('shares one fetch between concurrent reads of the same key, and caches its value', async () => {
    const f = manualFetch<string>();
    const reads = [rt.getMany(['k'], f.fetch), rt.getMany(['k'], f.fetch), rt.getMany(['other', 'k'], (i) => (i === 0 ? Promise.resolve('o') : f.fetch()))];
    await f.started;
    f.resolve('v1');
    expect(await Promise.all(reads)).toEqual([['v1'], ['v1'], ['o', 'v1']]);
    expect(f.calls()).toBe(1);
    expect(await cache.get('k')).toBe('v1');
    const again = manualFetch<string>();
    expect(await rt.getMany(['k'], again.fetch)).toEqual(['v1']);
    expect(again.calls()).toBe(0);
  });

  it('does not write back the value of a read that was in flight when its key was invalidated', async () => {
    const stale = manualFetch<string>();
    const oldRead = rt.getMany(['k'], stale.fetch);
    await stale.started;
    await rt.invalidate(['k']);
    stale.resolve('stale');
    expect(await oldRead).toEqual(['stale']); // its caller still gets its answer
    expect(await cache.get('k')).toBeUndefined();
  });

  it('starts a fresh fetch for a read after the invalidation, and the older read cannot overwrite it', async () => {
    const stale = manualFetch<string>();
    const oldRead = rt.getMany(['k'], stale.fetch);
    await stale.started;
    await rt.invalidate(['k']);
    const fresh = manualFetch<string>();
    const newRead = rt.getMany(['k'], fresh.fetch);
    await fresh.started;
    fresh.resolve('fresh');
    expect(await newRead).toEqual(['fresh']);
    stale.resolve('stale');
    expect(await oldRead).toEqual(['stale']);
    expect(await cache.get('k')).toBe('fresh');
  });

  it('does not leave a stale value when the invalidation lands while the value is being written', async () => {
    // A store as slow as a network round trip: the write starts, then waits for the test.
    let releaseWrite!: () => void;
    let markWriting!: () => void;
    const writing = new Promise<void>((r) => (markWriting = r));
    const gate = new Promise<void>((r) => (releaseWrite = r));
    const slow: SharedCache = {
      ...cache,
      async set(key, value) {
        markWriting();
        await gate;
        return cache.set(key, value);
      },
    };
    const slowRt = new ReadThrough(slow);
    const read = slowRt.getMany(['k'], () => Promise.resolve('stale'));
    await writing;
    await slowRt.invalidate(['k']);
    releaseWrite();
    expect(await read).toEqual(['stale']);
    expect(await cache.get('k')).toBeUndefined();
  });

  it('does not write back a page of a map-valued key invalidated while it was fetched', async () => {
    await cache.set('members', { p0: 'old-page-0' });
    const page = manualFetch<string>();
    const read = rt.getEntry('members', 'p1', page.fetch);
    await page.started;
    await rt.invalidate(['members']);
    page.resolve('stale-page-1');
    expect(await read).toBe('stale-page-1');
    expect(await cache.get('members')).toBeUndefined();
  });

  it('keeps the pages of a map-valued key side by side', async () => {
    expect(await rt.getEntry('members', 'p0', () => Promise.resolve('page-0'))).toBe('page-0');
    expect(await rt.getEntry('members', 'p1', () => Promise.resolve('page-1'))).toBe('page-1');
    const again = manualFetch<string>();
    expect(await rt.getEntry('members', 'p0', again.fetch)).toBe('page-0');
    expect(await rt.getEntry('members', 'p1', again.fetch)).toBe('page-1');
    expect(again.calls()).toBe(0);
  });

  it('expires each page of a map-valued key on its own, though adding pages rewrites the map', async () => {
    let now = 1_000_000;
    const timed = new ReadThrough(cache, 5_000, () => now);
    await timed.getEntry('members', 'p0', () => Promise.resolve('page-0 v1'));
    now += 4_000;
    await timed.getEntry('members', 'p1', () => Promise.resolve('page-1 v1')); // rewrites the whole map
    now += 2_000; // p0 is 6 s old, p1 2 s
    expect(await timed.getEntry('members', 'p0', () => Promise.resolve('page-0 v2'))).toBe('page-0 v2');
    expect(await timed.getEntry('members', 'p1', () => Promise.resolve('page-1 v2'))).toBe('page-1 v1');
  });

  it('answers a failed fetch as an Error for that key only, and does not cache it', async () => {
    const out = await rt.getMany(['bad', 'good'], (i) => (i === 0 ? Promise.reject(new Error('boom')) : Promise.resolve('ok')));
    expect(out[0]).toBeInstanceOf(Error);
    expect((out[0] as Error).message).toBe('boom');
    expect(out[1]).toBe('ok');
    expect(await rt.getMany(['bad'], () => Promise.resolve('recovered'))).toEqual(['recovered']);
  });
});
