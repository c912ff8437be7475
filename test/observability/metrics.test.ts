/**
 * /metrics: Prometheus text from the gateway's own registry, counted from real requests through a
 * real gateway against the emulator — request durations by operation and the code the client got,
 * upstream attempts by command and outcome, cache hits and misses, limiter waits, the breaker and
 * requests in flight — with operation names bounded, an optional bearer token, and no secret in it.
 */
import { CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { MAX_OPERATION_NAMES } from '../../src/observability/metrics';
import { createLogger } from '../../src/server/logger';
import { origin, scrape, total, type Sample } from './helpers';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
const GET_GIFT = 'live_engine_http_srv/get_gift';
const DURATION = 'roomgraph_graphql_request_duration_seconds';
const CALLS = 'roomgraph_upstream_calls_total';
const METRICS_TOKEN = 'metrics-tok-6b1e0c9d2a7f4e55';
const CALLBACK_TOKEN = 'cb-tok-metrics-3f9a81c2d4e6b7a0';

let t: TestGateway;
let guarded: TestGateway;
const ROOM = `metrics-${process.pid}`;
const seen: string[] = [];
/** Every log line of the main gateway, at debug (one line per upstream attempt too). */
const logLines: string[] = [];

beforeAll(async () => {
  [t, guarded] = await Promise.all([
    startTestGateway({ ROOMGRAPH_CALLBACK_TOKEN: CALLBACK_TOKEN }, { log: createLogger('debug', (l) => logLines.push(l)) }),
    // No waiting under the local limiter: a call whose turn is not now is refused.
    startTestGateway({ ROOMGRAPH_METRICS_TOKEN: METRICS_TOKEN, ROOMGRAPH_RATE_LIMIT_WAIT_MS: '0' }),
  ]);
  const r = await t.exec(CreateRoomDocument, { input: { id: ROOM, name: 'Metrics' } });
  expect(r.errors).toBeUndefined();
});
afterAll(async () => {
  await Promise.all([t?.close(), guarded?.close()]);
});
afterEach(async () => {
  await t.emulator.clearFaults();
});

const ROOM_QUERY = 'query MetricsRoom($id: ID!) { room(id: $id) { id name } }';

async function metrics(g: TestGateway = t): Promise<Sample[]> {
  const s = await scrape(g, g === guarded ? METRICS_TOKEN : undefined);
  expect(s.status).toBe(200);
  seen.push(s.text);
  return s.samples;
}

describe('/metrics', () => {
  it('answers Prometheus text with every gateway metric and the default process metrics after a request', async () => {
    const r = await t.raw(ROOM_QUERY, { id: ROOM });
    expect(r.errors).toBeUndefined();
    const s = await scrape(t);
    expect(s.status).toBe(200);
    expect(s.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const [name, type] of [
      [DURATION, 'histogram'],
      ['roomgraph_graphql_requests_in_flight', 'gauge'],
      [CALLS, 'counter'],
      ['roomgraph_upstream_call_duration_seconds', 'histogram'],
      ['roomgraph_cache_hits_total', 'counter'],
      ['roomgraph_cache_misses_total', 'counter'],
      ['roomgraph_rate_limit_wait_seconds', 'histogram'],
      ['roomgraph_rate_limit_refusals_total', 'counter'],
      ['roomgraph_upstream_breaker_state', 'gauge'],
      ['roomgraph_answers_reused_total', 'counter'],
      ['process_cpu_user_seconds_total', 'counter'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
      ['nodejs_eventloop_lag_seconds', 'gauge'],
    ]) {
      expect(s.text).toContain(`# TYPE ${name} ${type}\n`);
    }
    expect(total(s.samples, `${DURATION}_count`, { operation: 'MetricsRoom', outcome: 'OK' })).toBe(1);
    expect(total(s.samples, `${CALLS}`, { command: GET_ROOM, outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(total(s.samples, 'roomgraph_upstream_call_duration_seconds_count', { command: GET_ROOM })).toBeGreaterThanOrEqual(1);
    expect(total(s.samples, 'roomgraph_upstream_breaker_state')).toBe(0);
    // This scrape is not a GraphQL request, and the one before it is over.
    expect(total(s.samples, 'roomgraph_graphql_requests_in_flight')).toBe(0);
    seen.push(s.text);
  });

  it('counts a miss and an upstream call for a first read, then a hit and no call for the same read again', async () => {
    // A room nobody has read (createRoom reads its answer through the cache): Tencent's 100004 is
    // an answer, `room` is null, and it is cached like any other.
    const room = `${ROOM}-absent`;
    const before = await metrics();
    await t.emulator.resetCalls();
    const r = await t.raw(ROOM_QUERY, { id: room });
    expect(r.errors).toBeUndefined();
    expect(r.data.room).toBeNull();
    const first = await metrics();
    expect(total(first, 'roomgraph_cache_misses_total', { resource: 'room' }) - total(before, 'roomgraph_cache_misses_total', { resource: 'room' })).toBe(1);
    expect(total(first, 'roomgraph_cache_hits_total', { resource: 'room' })).toBe(total(before, 'roomgraph_cache_hits_total', { resource: 'room' }));
    expect(total(first, CALLS, { command: GET_ROOM, outcome: '100004' }) - total(before, CALLS, { command: GET_ROOM, outcome: '100004' })).toBe(1);

    expect((await t.raw(ROOM_QUERY, { id: room })).errors).toBeUndefined();
    const second = await metrics();
    expect(total(second, 'roomgraph_cache_hits_total', { resource: 'room' }) - total(first, 'roomgraph_cache_hits_total', { resource: 'room' })).toBe(1);
    expect(total(second, 'roomgraph_cache_misses_total', { resource: 'room' })).toBe(total(first, 'roomgraph_cache_misses_total', { resource: 'room' }));
    expect(total(second, CALLS, { command: GET_ROOM })).toBe(total(first, CALLS, { command: GET_ROOM }));
    expect((await t.emulator.calls())[GET_ROOM]).toBe(1);
    expect(total(second, `${DURATION}_count`, { operation: 'MetricsRoom', outcome: 'OK' }) - total(before, `${DURATION}_count`, { operation: 'MetricsRoom', outcome: 'OK' })).toBe(2);
  });

  it('counts each failed attempt under Tencent\'s ErrorCode or the error class, and the request under the client\'s code', async () => {
    const before = await metrics();
    // 100001 on every attempt: the read is tried three times (two retries) and answers UPSTREAM_UNAVAILABLE.
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100001, times: 3 });
    const r = await t.raw(ROOM_QUERY, { id: `${ROOM}-down` });
    expect(r.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    // A dropped connection, then success on the retry.
    await t.emulator.fault({ command: GET_ROOM, dropConnection: true, times: 1 });
    const retried = await t.raw(ROOM_QUERY, { id: `${ROOM}-retry` });
    expect(retried.errors).toBeUndefined();
    expect(retried.data.room).toBeNull();
    const after = await metrics();
    const delta = (labels: Record<string, string>, name = CALLS) => total(after, name, labels) - total(before, name, labels);
    expect(delta({ command: GET_ROOM, outcome: '100001' })).toBe(3);
    expect(delta({ command: GET_ROOM, outcome: 'UpstreamNetworkError' })).toBe(1);
    // The retry reached the emulator, which knows no such room.
    expect(delta({ command: GET_ROOM, outcome: '100004' })).toBe(1);
    expect(delta({ operation: 'MetricsRoom', outcome: 'UPSTREAM_UNAVAILABLE' }, `${DURATION}_count`)).toBe(1);
    expect(delta({ operation: 'MetricsRoom', outcome: 'OK' }, `${DURATION}_count`)).toBe(1);
    // Three consecutive outages do not open the breaker (five do), and the answers since closed the count.
    expect(total(after, 'roomgraph_upstream_breaker_state')).toBe(0);
  });

  it('counts a query answered with a kept answer: the third identical read on, not the cold one or the first warm one', async () => {
    const room = `${ROOM}-reused`;
    const before = await metrics();
    await t.emulator.resetCalls();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await t.raw(ROOM_QUERY, { id: room }));
    for (const a of answers) expect(a).toEqual(answers[0]);
    const after = await metrics();
    // The cold read went upstream (not kept); the second was answered by the cache (kept); the third and fourth reused it.
    expect(total(after, 'roomgraph_answers_reused_total') - total(before, 'roomgraph_answers_reused_total')).toBe(2);
    expect((await t.emulator.calls())[GET_ROOM]).toBe(1);
    expect(total(after, `${DURATION}_count`, { operation: 'MetricsRoom', outcome: 'OK' }) - total(before, `${DURATION}_count`, { operation: 'MetricsRoom', outcome: 'OK' })).toBe(4);
  });

  it('labels requests refused before execution by their client code, and an unnamed operation "anonymous"', async () => {
    const before = await metrics();
    expect((await t.raw('query BadField { room(id: "x") { nope } }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await t.raw('query NoToken { viewer { userId } }', {}, null)).status).toBe(401);
    expect((await t.raw('{ viewer { userId } }')).errors).toBeUndefined();
    const tooBig = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    const after = await metrics();
    const delta = (labels: Record<string, string>) => total(after, `${DURATION}_count`, labels) - total(before, `${DURATION}_count`, labels);
    expect(delta({ operation: 'BadField', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta({ outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta({ operation: 'anonymous', outcome: 'OK' })).toBe(1);
    expect(delta({ operation: 'anonymous', outcome: 'PAYLOAD_TOO_LARGE' })).toBe(1);
  });

  it('shows a request in flight while it waits on Tencent, and none once it has answered', async () => {
    await t.emulator.fault({ command: GET_ROOM, delayMs: 600, times: 1 });
    const slow = t.raw(ROOM_QUERY, { id: `${ROOM}-slow` });
    let during = 0;
    for (let i = 0; i < 50 && during === 0; i++) {
      during = total(await metrics(), 'roomgraph_graphql_requests_in_flight');
      if (during === 0) await new Promise((r) => setTimeout(r, 10));
    }
    expect(during).toBe(1);
    await slow;
    expect(total(await metrics(), 'roomgraph_graphql_requests_in_flight')).toBe(0);
  });

  it('counts waits under a command\'s per-second limit, with the time waited', async () => {
    const before = await metrics();
    // get_gift is limited to 1 call/s: the second of two concurrent reads waits about a second.
    const [a, b] = await Promise.all([
      t.raw('query GiftA { gift(id: "metrics-gift-a") { id } }'),
      t.raw('query GiftB { gift(id: "metrics-gift-b") { id } }'),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const after = await metrics();
    const waits = total(after, 'roomgraph_rate_limit_wait_seconds_count', { command: GET_GIFT }) - total(before, 'roomgraph_rate_limit_wait_seconds_count', { command: GET_GIFT });
    const waited = total(after, 'roomgraph_rate_limit_wait_seconds_sum', { command: GET_GIFT }) - total(before, 'roomgraph_rate_limit_wait_seconds_sum', { command: GET_GIFT });
    expect(waits).toBe(1);
    expect(waited).toBeGreaterThan(0.5);
    expect(waited).toBeLessThan(1.5);
  });

  it('counts a call the local limiter refuses, its attempt, and the request under RATE_LIMITED', async () => {
    const before = await metrics(guarded);
    const answers = await Promise.all([
      guarded.raw('query GiftC { gift(id: "metrics-gift-c") { id } }'),
      guarded.raw('query GiftC { gift(id: "metrics-gift-d") { id } }'),
    ]);
    expect(answers.map((a) => a.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['OK', 'RATE_LIMITED']);
    const after = await metrics(guarded);
    const delta = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    expect(delta('roomgraph_rate_limit_refusals_total', { command: GET_GIFT })).toBe(1);
    expect(delta('roomgraph_rate_limit_wait_seconds_count', { command: GET_GIFT })).toBe(0);
    expect(delta(CALLS, { command: GET_GIFT, outcome: 'UpstreamRateLimitedError' })).toBe(1);
    expect(delta(`${DURATION}_count`, { operation: 'GiftC', outcome: 'RATE_LIMITED' })).toBe(1);
    expect(delta(`${DURATION}_count`, { operation: 'GiftC', outcome: 'OK' })).toBe(1);
  });

  it(`keeps at most ${MAX_OPERATION_NAMES} operation names and counts the rest as "other"`, async () => {
    // A gateway of its own, so the names before it do not count.
    const g = await startTestGateway();
    try {
      const extra = 15;
      for (let i = 0; i < MAX_OPERATION_NAMES + extra; i++) {
        expect((await g.raw(`query Op${i} { viewer { userId } }`)).errors).toBeUndefined();
      }
      // A client-chosen name that is no GraphQL name (the document does not parse) is "other" too.
      await fetch(g.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${g.adminToken}` },
        body: JSON.stringify({ query: '{', operationName: 'x y"}\n' }),
      });
      const s = (await scrape(g)).samples.filter((x) => x.name === `${DURATION}_count`);
      const names = new Set(s.map((x) => x.labels.operation));
      expect([...names].filter((n) => /^Op\d+$/.test(n))).toHaveLength(MAX_OPERATION_NAMES);
      expect(total(s, `${DURATION}_count`, { operation: 'other', outcome: 'OK' })).toBe(extra);
      expect(total(s, `${DURATION}_count`, { operation: 'other', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
      expect(names.size).toBe(MAX_OPERATION_NAMES + 1);
    } finally {
      await g.close();
    }
  });

  it('needs the bearer token when ROOMGRAPH_METRICS_TOKEN is set, and never shows it', async () => {
    const base = origin(guarded);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await wrong.text()).not.toContain(METRICS_TOKEN);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Basic ${METRICS_TOKEN}` } })).status).toBe(401);
    const ok = await scrape(guarded, METRICS_TOKEN);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('# TYPE roomgraph_graphql_request_duration_seconds histogram');
    expect(ok.text).not.toContain(METRICS_TOKEN);
    // The unguarded gateway answers anyone.
    expect((await scrape(t)).status).toBe(200);
  });

  it('keeps a registry per gateway: one gateway\'s requests do not show in another\'s metrics', async () => {
    const before = total(await metrics(guarded), `${DURATION}_count`, { operation: 'MetricsRoom' });
    expect((await t.raw(ROOM_QUERY, { id: ROOM })).errors).toBeUndefined();
    expect(total(await metrics(guarded), `${DURATION}_count`, { operation: 'MetricsRoom' })).toBe(before);
  });

  it("shows the process's own metrics once in every gateway's scrape (they are the process's, collected once)", async () => {
    for (const g of [t, guarded]) {
      const text = (await scrape(g, g === guarded ? METRICS_TOKEN : undefined)).text;
      for (const type of ['# TYPE nodejs_eventloop_lag_seconds gauge\n', '# TYPE process_cpu_user_seconds_total counter\n']) {
        expect(text.split(type)).toHaveLength(2);
      }
    }
  });

  it('logged JSON lines with time, level and msg, one per request and per upstream attempt', () => {
    const lines = logLines.map((l) => JSON.parse(l));
    for (const l of lines) {
      expect(l.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(['info', 'error', 'debug']).toContain(l.level);
      expect(typeof l.msg).toBe('string');
      expect(l).not.toHaveProperty('pid');
      expect(l).not.toHaveProperty('hostname');
    }
    expect(lines.filter((l) => l.msg === 'graphql' && l.operation === 'MetricsRoom').length).toBeGreaterThan(3);
    expect(lines.find((l) => l.msg === 'upstream call' && l.errorCode === 100001)).toMatchObject({ level: 'debug', command: GET_ROOM, ok: false });
  });

  it('never put a token, the secret key, the callback token or a usersig in any scrape or log line', () => {
    const secrets = [
      t.adminToken, t.userToken('bob'), t.gw.config.tencent.secretKey.reveal(), CALLBACK_TOKEN, METRICS_TOKEN,
      guarded.adminToken, guarded.gw.config.tencent.secretKey.reveal(),
    ];
    expect(seen.length).toBeGreaterThan(5);
    for (const text of [...seen, ...logLines]) {
      for (const s of secrets) expect(text).not.toContain(s);
      expect(text.toLowerCase()).not.toContain('usersig');
      expect(text).not.toMatch(/Bearer /);
    }
  });
});
