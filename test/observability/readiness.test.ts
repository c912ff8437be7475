/**
 * /readyz says whether this instance should get traffic: 200 while the shared cache answers (a
 * probe bounded in time) and the upstream circuit is not open; 503 otherwise, naming the failed
 * check. /healthz is liveness only: 200 whatever the checks say.
 *
 * The unreachable cache is real Redis (REDIS_URL, default redis://127.0.0.1:6379) behind a TCP
 * proxy this suite closes and reopens; without Redis the suite fails.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { origin, readyz, scrape, total } from './helpers';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
const ROOM_QUERY = 'query ReadyRoom($id: ID!) { room(id: $id) { id } }';

async function healthz(t: TestGateway): Promise<number> {
  return (await fetch(`${origin(t)}/healthz`)).status;
}

/** Polls `read` until `done` holds (at most `ms`); answers the last reading. */
async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('/readyz with the in-memory cache', () => {
  let t: TestGateway;
  beforeAll(async () => {
    // No retries, and a breaker that opens after two outages and lets a probe through 1.5 s later.
    t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { upstream: { retries: 0, breaker: { failureThreshold: 2, resetAfterMs: 1500 } } });
  });
  afterAll(() => t?.close());

  it('answers 200 with every check ok, and /healthz 200', async () => {
    expect(await readyz(t)).toEqual({ status: 200, body: { status: 'ready', checks: { cache: 'ok', upstream: 'ok' } } });
    expect(await healthz(t)).toBe(200);
  });

  it('refuses other methods than GET', async () => {
    const res = await fetch(`${origin(t)}/readyz`, { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it('answers 503 naming the upstream while the circuit is open, ready again when a probe may go, and closed after it', async () => {
    await t.emulator.fault({ command: GET_ROOM, httpStatus: 502, times: 2 });
    for (let i = 0; i < 2; i++) {
      expect((await t.raw(ROOM_QUERY, { id: `ready-${i}` })).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect(await readyz(t)).toEqual({ status: 503, body: { status: 'not ready', checks: { cache: 'ok', upstream: 'circuit open' } } });
    expect(await healthz(t)).toBe(200);
    const open = (await scrape(t)).samples;
    expect(total(open, 'roomgraph_upstream_breaker_state')).toBe(2);
    expect(total(open, 'roomgraph_upstream_calls_total', { command: GET_ROOM, outcome: 'UpstreamHttpStatusError' })).toBe(2);

    // While open, calls fail fast and never reach Tencent.
    await t.emulator.resetCalls();
    expect((await t.raw(ROOM_QUERY, { id: 'ready-fast' })).errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await t.emulator.calls())[GET_ROOM] ?? 0).toBe(0);
    expect(total((await scrape(t)).samples, 'roomgraph_upstream_calls_total', { command: GET_ROOM, outcome: 'UpstreamCircuitOpenError' })).toBe(1);

    // Once the probe may go the instance is ready (it must get traffic for the probe to happen).
    const later = await eventually(() => readyz(t), (r) => r.status === 200, 4000);
    expect(later).toEqual({ status: 200, body: { status: 'ready', checks: { cache: 'ok', upstream: 'ok' } } });
    expect(total((await scrape(t)).samples, 'roomgraph_upstream_breaker_state')).toBe(2);
    const probe = await t.raw(ROOM_QUERY, { id: 'ready-probe' });
    expect(probe.errors).toBeUndefined();
    expect(total((await scrape(t)).samples, 'roomgraph_upstream_breaker_state')).toBe(0);
    expect((await readyz(t)).status).toBe(200);
  });
});

/** A TCP proxy to Redis that can be cut (every connection dropped, new ones refused) and restored. */
async function redisProxy(): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const target = new URL(REDIS_URL);
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    const s = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
        sockets.add(a);
        a.on('error', () => b.destroy());
        a.on('close', () => {
          sockets.delete(a);
          b.destroy();
        });
        a.pipe(b);
      }
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as AddressInfo).port;
    server = s;
  };
  const cut = async () => {
    const s = server;
    server = undefined;
    for (const sock of sockets) sock.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return { url: `redis://127.0.0.1:${port}`, cut, restore: listen, close: cut };
}

describe('/readyz with Redis as the shared cache', () => {
  let proxy: Awaited<ReturnType<typeof redisProxy>>;
  let t: TestGateway;

  beforeAll(async () => {
    await requireRedis();
    proxy = await redisProxy();
    t = await startTestGateway({ ROOMGRAPH_CACHE_URL: proxy.url, ROOMGRAPH_CACHE_NAMESPACE: `roomgraph-readyz-${process.pid}` });
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
  });

  it('answers 200 while Redis answers, 503 naming the cache when it cannot be reached, and 200 again when it is back', async () => {
    expect(await readyz(t)).toEqual({ status: 200, body: { status: 'ready', checks: { cache: 'ok', upstream: 'ok' } } });

    await proxy.cut();
    const started = Date.now();
    const down = await readyz(t);
    expect(down.status).toBe(503);
    expect(down.body.status).toBe('not ready');
    expect(down.body.checks.upstream).toBe('ok');
    expect(['timeout', 'unreachable']).toContain(down.body.checks.cache);
    // The probe is bounded: a dead cache costs /readyz about a second, not a hang.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(await healthz(t)).toBe(200);

    await proxy.restore();
    const back = await eventually(() => readyz(t), (r) => r.status === 200, 8000);
    expect(back).toEqual({ status: 200, body: { status: 'ready', checks: { cache: 'ok', upstream: 'ok' } } });
  });
});
