/**
 * `npm run bench`: load scenarios against a real gateway + embedded emulator on 127.0.0.1.
 * Bounded in count and time; prints one JSON line per scenario (throughput, latency percentiles,
 * upstream calls, memory). Speed and memory goals are judged here, never in unit tests.
 *
 *   BENCH_SECONDS (default 10)  duration of each scenario
 *   BENCH_CONCURRENCY (default 16) requests in flight
 */
import 'reflect-metadata';
import { Pool } from 'undici';
import { loadConfig } from '../src/config';
import { createGateway, type Gateway } from '../src/gateway';
import { createTencentClient } from '../src/upstream/client';
import * as srv from '../src/commands/conference';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const MAX_REQUESTS = 200_000; // hard bound whatever the machine's speed
const ROOMS = 50;

const DASHBOARD = `query RoomDashboard($ids: [ID!]!) {
  rooms(ids: $ids) { id name status memberCount owner { userId nameCard }
    members(first: 20) { nodes { userId nameCard role } pageInfo { hasNextPage endCursor } }
    seats { index userId isLocked } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function seed(gw: Gateway, ids: string[]): Promise<void> {
  const t = gw.config.tencent;
  const client = createTencentClient({ baseUrl: t.baseUrl!, sdkAppId: t.sdkAppId, secretKey: t.secretKey, adminId: t.adminId });
  const control = `${gw.emulator!.url}/emulator/v1`;
  for (const [i, id] of ids.entries()) {
    await client.call(srv.createRoom, { roomId: id, ownerId: `owner${i}`, isSeatEnabled: i % 2 === 0, maxSeatCount: 8 });
    for (const u of [`owner${i}`, ...Array.from({ length: 9 }, (_, k) => `guest${i}-${k}`)]) {
      await fetch(`${control}/rooms/${id}/members`, { method: 'POST', body: JSON.stringify({ userId: u }) });
    }
  }
  await client.close();
}

const ROOM_DETAILS = `query RoomDetails($id: ID!) {
  room(id: $id) { id name status memberCount owner { userId nameCard }
    members(first: 20) { nodes { userId nameCard role } } seats { index userId isLocked } } }`;

async function scenario(name: string, env: Record<string, string>, query: string, variables: (ids: string[]) => unknown): Promise<void> {
  const gw = await createGateway(loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env }), { seedDemo: false });
  const ids = Array.from({ length: ROOMS }, (_, i) => `bench-${i}`);
  await seed(gw, ids);
  const body = JSON.stringify({ query, variables: variables(ids) });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${gw.tokenFor(gw.config.tencent.adminId)}` };
  const url = new URL(gw.url);
  const pool = new Pool(url.origin, { connections: CONCURRENCY });
  await fetch(`${gw.emulator!.url}/emulator/v1/calls`, { method: 'DELETE' });

  const latencies: number[] = [];
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  let sent = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const worker = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS) {
      sent += 1;
      const t0 = performance.now();
      const res = await pool.request({ path: url.pathname, method: 'POST', headers, body });
      const text = await res.body.text();
      latencies.push(performance.now() - t0);
      if (res.statusCode !== 200 || text.includes('"errors"')) {
        errors += 1;
        for (const m of text.matchAll(/"code":"([A-Z_]+)"/g)) errorCodes[m[1]] = (errorCodes[m[1]] ?? 0) + 1;
        for (const m of text.matchAll(/"errorCode":(\d+)/g)) errorCodes[m[1]] = (errorCodes[m[1]] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const calls = (await (await fetch(`${gw.emulator!.url}/emulator/v1/calls`)).json()) as { Total: number };
  latencies.sort((a, b) => a - b);
  const mem = process.memoryUsage();
  console.log(JSON.stringify({
    scenario: name,
    requests: latencies.length,
    errors,
    errorCodes,
    seconds: Number(elapsed.toFixed(1)),
    requestsPerSecond: Math.round(latencies.length / elapsed),
    latencyMs: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), p99: +percentile(latencies, 99).toFixed(1) },
    upstreamCalls: calls.Total,
    upstreamCallsPerRequest: +(calls.Total / latencies.length).toFixed(2),
    rssMiB: Math.round(mem.rss / 1048576),
    rssGrowthMiB: Math.round((mem.rss - rssBefore) / 1048576),
    heapUsedMiB: Math.round(mem.heapUsed / 1048576),
  }));
  await pool.close();
  await gw.close();
}

async function main(): Promise<void> {
  console.log(JSON.stringify({ node: process.version, seconds: SECONDS, concurrency: CONCURRENCY, rooms: ROOMS, membersPerRoom: 10 }));
  // Warm: after the first request the shared cache answers everything (TTL longer than the run).
  await scenario('dashboard-50-rooms-warm-cache', { ROOMGRAPH_CACHE_TTL_MS: '600000' }, DASHBOARD, (ids) => ({ ids }));
  // TTL 0: nothing is kept between requests, but concurrent identical reads still share one call
  // (single flight). Each distinct read costs get_room_info + get_room_member_list (+ get_seat_list for seated
  // rooms) upstream, and Tencent's documented 200 calls/s per command (enforced by the emulator and
  // paced by the client's limiter) caps throughput: this measures the gateway living within it.
  let next = 0;
  await scenario('room-details-ttl0', { ROOMGRAPH_CACHE_TTL_MS: '0' }, ROOM_DETAILS, (ids) => ({ id: ids[next++ % 2] }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
