/**
 * `npm run bench`: the gateway's own cost, over the embedded emulator seeded with 100 rooms of 5
 * members and 8 seats (2 of them taken), everything on 127.0.0.1. Bounded in count and time;
 * prints one JSON line per measurement and a summary line at the end.
 *
 * The gateway (with the emulator) runs in a child process (bench/gateway-process.ts); this process
 * is only the load generator. On a 2-core machine that gives the gateway a core of its own, so the
 * ratios below measure the gateway's execution rather than how the load generator and the gateway
 * share one JS thread.
 *
 * 1. cold: with caching off (a second gateway, TTL 0, same emulator), one request at a time, paced
 *    under Tencent's 200 calls/s per command: `room(id) { id name }` (one get_room_info) against
 *    the same command sent straight to the emulator with src/upstream/client.ts; and the one-room
 *    query below (get_room_info, then get_room_member_list and get_seat_list) against the same
 *    three calls made directly in the same order. The difference is the gateway's cold overhead.
 * 2. warm: `{ __typename }`, one room with members and seats, and a page of 20 rooms with members
 *    and seats, each with BENCH_CONCURRENCY requests in flight, in BENCH_ROUNDS interleaved rounds
 *    of BENCH_SECONDS each (so drifting machine load hits all three alike); req/s and the ratio of
 *    each to `{ __typename }`. The warm phase must make no upstream call (checked).
 * 3. soak: BENCH_SOAK_SECONDS of warm reads (one room and 20-room pages alternately), the gateway's
 *    RSS and heap (after a full GC) sampled every 10 s: memory must not grow.
 *
 *   BENCH_SECONDS (default 5)        length of each scenario in each round
 *   BENCH_ROUNDS (default 3)         rounds of the three warm scenarios
 *   BENCH_CONCURRENCY (default 10)   requests in flight (one keep-alive connection each)
 *   BENCH_SOAK_SECONDS (default 60)  0 skips the soak
 *   BENCH_COLD_SAMPLES (default 200) requests (and as many direct calls) per cold measurement
 *   BENCH_SCENARIOS                  comma-separated subset of typename,room,page20,cold (default all)
 *   BENCH_CPU_PROF=DIR               run the gateway process under `node --cpu-prof`, profile into DIR
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'undici';
import { Secret } from '../src/secret';
import { createTencentClient, type TencentClient } from '../src/upstream/client';
import * as srv from '../src/commands/conference';
import * as mic from '../src/commands/seats';
import type { Ready } from './gateway-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES ?? 200);
const ONLY = process.env.BENCH_SCENARIOS ? new Set(process.env.BENCH_SCENARIOS.split(',')) : undefined;
const CPU_PROF = process.env.BENCH_CPU_PROF;
const MAX_REQUESTS_PER_RUN = 500_000; // hard bound whatever the machine's speed
const PAGE = 20;

const ROOM_FIELDS = `id name status memberCount owner { userId nameCard }
    members(first: 20) { nodes { id userId nameCard role } pageInfo { hasNextPage endCursor } }
    seats { id index userId isLocked }`;
const TYPENAME = `{ __typename }`;
const ONE_ROOM = `query OneRoom($id: ID!) { room(id: $id) { ${ROOM_FIELDS} } }`;
const ROOM_PAGE = `query RoomPage($ids: [ID!]!) { rooms(ids: $ids) { ${ROOM_FIELDS} } }`;
const ROOM_NAME = `query RoomName($id: ID!) { room(id: $id) { id name } }`;

const wanted = (name: string) => !ONLY || ONLY.has(name);
const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}

interface Target {
  pool: Pool;
  path: string;
  headers: Record<string, string>;
}

interface RunResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  errors: number;
  firstError?: string;
  p50: number;
  p99: number;
  /** The gateway process's CPU time (user + system) per request: steadier than req/s on a busy machine. */
  gatewayCpuMicrosPerRequest?: number;
}

let gatewayCpu: (() => Promise<number>) | undefined;

/** Closed loop: CONCURRENCY workers, each sending the next body as soon as its answer is read. */
async function load(t: Target, bodies: string[], seconds: number): Promise<RunResult> {
  const cpuBefore = await gatewayCpu?.();
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let sent = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline && sent < MAX_REQUESTS_PER_RUN) {
      const body = bodies[sent++ % bodies.length];
      const t0 = performance.now();
      const res = await t.pool.request({ path: t.path, method: 'POST', headers: t.headers, body });
      const text = await res.body.text();
      latencies.push(performance.now() - t0);
      if (res.statusCode !== 200 || text.includes('"errors"')) {
        errors += 1;
        firstError ??= `${res.statusCode} ${text.slice(0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = await gatewayCpu?.();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: round1(elapsed),
    requestsPerSecond: Math.round(latencies.length / elapsed),
    errors,
    firstError,
    p50: +percentile(latencies, 50).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    gatewayCpuMicrosPerRequest:
      cpuBefore === undefined || cpuAfter === undefined ? undefined : Math.round((cpuAfter - cpuBefore) / latencies.length),
  };
}

async function post(t: Target, body: string): Promise<{ status: number; json: any }> {
  const res = await t.pool.request({ path: t.path, method: 'POST', headers: t.headers, body });
  return { status: res.statusCode, json: await res.body.json() };
}

/** The answer really is the seeded data: every room whole, 5 members, 8 seats, no errors. */
function checkRoom(room: any, id: string): void {
  const ok =
    room && room.id === id && room.memberCount === 5 && room.owner?.userId && room.members.nodes.length === 5 &&
    room.seats.length === 8 && room.seats.filter((s: any) => s.userId).length === 2;
  if (!ok) throw new Error(`bench: unexpected answer for ${id}: ${JSON.stringify(room).slice(0, 500)}`);
}

async function upstreamCalls(emulatorUrl: string): Promise<Record<string, number> & { Total: number }> {
  return (await (await fetch(`${emulatorUrl}/emulator/v1/calls`)).json()) as Record<string, number> & { Total: number };
}

async function resetCalls(emulatorUrl: string): Promise<void> {
  await fetch(`${emulatorUrl}/emulator/v1/calls`, { method: 'DELETE' });
}

/**
 * One request through the cold gateway, then the same upstream work made directly, alternately,
 * `intervalMs` apart (under the 200 calls/s per command both share). Latencies in ms.
 */
async function coldPairs(
  name: string,
  ready: Ready,
  gateway: Target,
  body: (roomId: string) => string,
  direct: (roomId: string) => Promise<unknown>,
  intervalMs: number,
  upstreamPerRequest: number,
): Promise<void> {
  const viaGateway: number[] = [];
  const viaClient: number[] = [];
  await resetCalls(ready.emulatorUrl);
  for (let i = 0; i < COLD_SAMPLES; i++) {
    const started = performance.now();
    const id = ready.roomIds[i % ready.roomIds.length];
    const t0 = performance.now();
    const r = await post(gateway, body(id));
    viaGateway.push(performance.now() - t0);
    if (r.status !== 200 || r.json.errors) throw new Error(`bench cold ${name}: ${JSON.stringify(r.json).slice(0, 300)}`);
    const t1 = performance.now();
    await direct(id);
    viaClient.push(performance.now() - t1);
    const rest = intervalMs - (performance.now() - started);
    if (rest > 0) await sleep(rest);
  }
  const calls = await upstreamCalls(ready.emulatorUrl);
  // Drop the first tenth (connections opening, JIT) from both.
  const skip = Math.floor(COLD_SAMPLES / 10);
  const g = viaGateway.slice(skip).sort((a, b) => a - b);
  const c = viaClient.slice(skip).sort((a, b) => a - b);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(JSON.stringify({
    measurement: `cold:${name}`,
    samples: g.length,
    gatewayMs: { p50: +percentile(g, 50).toFixed(2), p90: +percentile(g, 90).toFixed(2), mean: +mean(g).toFixed(2) },
    directMs: { p50: +percentile(c, 50).toFixed(2), p90: +percentile(c, 90).toFixed(2), mean: +mean(c).toFixed(2) },
    gatewayOverheadMsP50: +(percentile(g, 50) - percentile(c, 50)).toFixed(2),
    // Half the upstream calls are the gateway's, half the direct client's.
    upstreamCallsPerGatewayRequest: +((calls.Total / 2) / COLD_SAMPLES).toFixed(2),
    expectedUpstreamCallsPerRequest: upstreamPerRequest,
  }));
}

function ask<T>(child: ReturnType<typeof fork>, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: any) => {
      if (m?.type === type) {
        child.off('message', on);
        resolve(m as T);
      }
    };
    child.on('message', on);
    child.send({ type });
  });
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString('hex');
  const execArgv = ['--expose-gc'];
  if (CPU_PROF) execArgv.push('--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`);
  const child = fork(join(__dirname, 'gateway-process.js'), [], {
    execArgv,
    env: { ...process.env, ROOMGRAPH_EMULATOR_SECRET: secret },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = await Promise.race([
    new Promise<Ready>((resolve) => child.once('message', (m: Ready) => resolve(m))),
    exited.then((code) => {
      throw new Error(`bench: the gateway process exited (${code}) before it was ready`);
    }),
  ]);
  const { warmUrl, coldUrl, emulatorUrl, token, roomIds } = ready;
  gatewayCpu = async () => (await ask<{ micros: number }>(child, 'cpu')).micros;
  console.log(JSON.stringify({
    node: process.version, rooms: roomIds.length, membersPerRoom: 5, seatsPerRoom: 8, concurrency: CONCURRENCY,
    secondsPerScenarioPerRound: SECONDS, rounds: ROUNDS, soakSeconds: SOAK_SECONDS,
    loadGenerator: 'this process (undici Pool); gateway + emulator: a child process',
  }));

  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const target = (url: string): Target => {
    const u = new URL(url);
    return { pool: new Pool(u.origin, { connections: CONCURRENCY }), path: u.pathname, headers };
  };
  const warm = target(warmUrl);
  const cold = target(coldUrl);

  // 1. Cold reads, before anything is cached (the cold gateway caches nothing anyway).
  if (wanted('cold')) {
    const direct: TencentClient = createTencentClient({
      baseUrl: emulatorUrl, sdkAppId: ready.sdkAppId, secretKey: new Secret(secret), adminId: ready.adminId,
    });
    await coldPairs('room-name', ready, cold, (id) => JSON.stringify({ query: ROOM_NAME, variables: { id } }),
      (id) => direct.call(srv.getRoomInfo, id), 15, 1);
    await sleep(1100);
    await coldPairs('one-room-members-seats', ready, cold, (id) => JSON.stringify({ query: ONE_ROOM, variables: { id } }),
      async (id) => {
        const room = await direct.call(srv.getRoomInfo, id);
        await Promise.all([direct.call(srv.getRoomMemberList, id, 100, ''), room.isSeatEnabled ? direct.call(mic.getSeatList, id) : []]);
      }, 20, 3);
    await direct.close();
  }

  // 2. Warm: fill the warm gateway's cache (one cold read of each room), check the answers, warm the JIT.
  const roomBodies = roomIds.map((id) => JSON.stringify({ query: ONE_ROOM, variables: { id } }));
  const pages = Array.from({ length: roomIds.length }, (_, i) =>
    Array.from({ length: PAGE }, (_, k) => roomIds[(i + k) % roomIds.length]));
  const pageBodies = pages.map((ids) => JSON.stringify({ query: ROOM_PAGE, variables: { ids } }));
  const typenameBodies = [JSON.stringify({ query: TYPENAME })];
  await resetCalls(emulatorUrl);
  for (const [i, id] of roomIds.entries()) {
    const r = await post(warm, roomBodies[i]);
    if (r.json.errors) throw new Error(`bench: ${JSON.stringify(r.json.errors)}`);
    checkRoom(r.json.data.room, id);
  }
  const fill = await upstreamCalls(emulatorUrl);
  const page = await post(warm, pageBodies[0]);
  if (page.json.errors || page.json.data.rooms.length !== PAGE) throw new Error(`bench: ${JSON.stringify(page.json).slice(0, 500)}`);
  page.json.data.rooms.forEach((r: any, k: number) => checkRoom(r, pages[0][k]));
  console.log(JSON.stringify({ measurement: 'warm:fill', upstreamCalls: fill.Total, expected: roomIds.length * 3 }));

  const scenarios = [
    { name: 'typename', bodies: typenameBodies },
    { name: 'room', bodies: roomBodies },
    { name: 'page20', bodies: pageBodies },
  ].filter((s) => wanted(s.name));
  for (const s of scenarios) await load(warm, s.bodies, Math.min(2, SECONDS)); // JIT warm-up, not reported
  await resetCalls(emulatorUrl);
  const perRound: Record<string, RunResult[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of scenarios) {
      const r = await load(warm, s.bodies, SECONDS);
      (perRound[s.name] ??= []).push(r);
      console.log(JSON.stringify({ measurement: `warm:${s.name}`, round, ...r }));
    }
  }
  const warmCalls = await upstreamCalls(emulatorUrl);
  const rps = (name: string) => median((perRound[name] ?? []).map((r) => r.requestsPerSecond));
  const base = rps('typename');
  const summary: Record<string, unknown> = {};
  for (const s of scenarios) {
    const ratios = perRound.typename ? perRound[s.name].map((r, i) => r.requestsPerSecond / perRound.typename[i].requestsPerSecond) : [];
    const cpu = (name: string) => median((perRound[name] ?? []).map((r) => r.gatewayCpuMicrosPerRequest ?? 0));
    summary[s.name] = {
      medianRequestsPerSecond: rps(s.name),
      ratioToTypename: +median(ratios).toFixed(3),
      ratioPerRound: ratios.map((x) => +x.toFixed(3)),
      gatewayCpuMicrosPerRequest: cpu(s.name),
      // What the req/s ratio would be if the gateway were CPU-bound alone: typename's CPU per request over this one's.
      cpuRatioToTypename: perRound.typename ? +(cpu('typename') / cpu(s.name)).toFixed(3) : undefined,
      errors: (perRound[s.name] ?? []).reduce((a, r) => a + r.errors, 0),
    };
  }
  console.log(JSON.stringify({ measurement: 'warm:summary', typenameRequestsPerSecond: base, ...summary, upstreamCallsDuringWarm: warmCalls.Total }));

  // 3. Soak: memory over a long warm run.
  if (SOAK_SECONDS > 0) {
    const mixed = roomBodies.flatMap((b, i) => [b, pageBodies[i]]);
    const samples: { atSeconds: number; rssMiB: number; heapUsedMiB: number }[] = [];
    const sample = async (at: number) => {
      const m = await ask<{ rss: number; heapUsed: number }>(child, 'memory');
      samples.push({ atSeconds: at, rssMiB: mib(m.rss), heapUsedMiB: mib(m.heapUsed) });
    };
    await sample(0);
    let requests = 0;
    let errors = 0;
    for (let at = 10; at <= SOAK_SECONDS; at += 10) {
      const r = await load(warm, mixed, Math.min(10, SOAK_SECONDS - at + 10));
      requests += r.requests;
      errors += r.errors;
      await sample(at);
    }
    const first = samples[0];
    const last = samples[samples.length - 1];
    console.log(JSON.stringify({
      measurement: 'soak:memory', seconds: SOAK_SECONDS, requests, errors, samples,
      rssGrowthMiB: round1(last.rssMiB - first.rssMiB), heapGrowthMiB: round1(last.heapUsedMiB - first.heapUsedMiB),
    }));
  }

  await warm.pool.close();
  await cold.pool.close();
  child.send({ type: 'close' });
  const code = await exited;
  if (code !== 0) throw new Error(`bench: the gateway process exited ${code}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
