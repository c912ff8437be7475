/**
 * Tencent's per-second quotas (spec §16, D4), measured at the emulator: whatever a burst of
 * GraphQL requests asks for, the gateway sends the 1 call/s gift commands at most once a second,
 * so Tencent never answers 100012 because of it; identical reads share one call; and what cannot
 * get a turn within the wait answers RATE_LIMITED with a retry hint.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;

interface LoggedCall {
  command: string;
  atMs: number;
  errorCode: number;
}

async function callLog(command: string): Promise<LoggedCall[]> {
  const res = await fetch(`${t.emulator.url}/emulator/v1/calls?log=1`);
  const json = (await res.json()) as { Log: LoggedCall[] };
  return json.Log.filter((c) => c.command === command);
}

/** The most calls of one command any one-second window saw. */
function mostPerSecond(calls: LoggedCall[]): number {
  const at = calls.map((c) => c.atMs).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < at.length; i++) {
    let j = i;
    while (j < at.length && at[j] - at[i] < 1000) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

const createGift = (id: string) =>
  t.raw(`mutation($id: ID!, $name: String!) { createGift(input: { id: $id, name: $name, coins: 10 }) { id } }`, { id, name: id });

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
  // One after another, each waits for its turn: four gifts take about three seconds.
  for (const id of ['q-1', 'q-2', 'q-3', 'q-4']) expect((await createGift(id)).errors).toBeUndefined();
}, 20_000);
afterAll(() => t.close());

describe('the 1 call/s gift commands', () => {
  it('pace a burst of writes at one call a second, and answer the rest RATE_LIMITED with retryAfterMs', async () => {
    const results = await Promise.all(['b-1', 'b-2', 'b-3', 'b-4', 'b-5'].map(createGift));
    const ok = results.filter((r) => !r.errors);
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(ok.length + limited.length).toBe(5);
    expect(limited.length).toBeGreaterThanOrEqual(2);
    for (const r of limited) {
      expect(r.errors![0].extensions!.retryAfterMs).toBeGreaterThan(0);
      expect(r.errors![0].extensions!.retryAfterMs).toBeLessThanOrEqual(5000);
    }
    const sent = await callLog('live_engine_http_srv/add_gift');
    expect(sent).toHaveLength(4 + ok.length); // what got a turn was sent; nothing else
    expect(mostPerSecond(sent)).toBe(1);
    expect(sent.filter((c) => c.errorCode !== 0)).toEqual([]); // never 100012 (or 60007)
  }, 20_000);

  it('answer a burst of identical reads with one upstream call', async () => {
    await t.emulator.resetCalls();
    const results = await Promise.all(Array.from({ length: 20 }, () => t.raw(`{ gift(id: "q-1") { id coins } }`)));
    for (const r of results) expect(r.data).toEqual({ gift: { id: 'q-1', coins: 10 } });
    expect((await t.emulator.calls())['live_engine_http_srv/get_gift']).toBe(1);
  });

  it('pace a burst of distinct reads too, never drawing 100012', async () => {
    const results = await Promise.all(['q-2', 'q-3', 'q-4'].map((id) => t.raw(`{ gift(id: "${id}") { id } }`)));
    const ok = results.filter((r) => !r.errors);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions!.code).toBe('RATE_LIMITED');
    const sent = await callLog('live_engine_http_srv/get_gift');
    expect(mostPerSecond(sent)).toBe(1);
    expect(sent.filter((c) => c.errorCode !== 0)).toEqual([]);
  }, 20_000);
});

describe('the 10 call/s room list', () => {
  it('answers a burst of dashboards listing live rooms with one upstream call', async () => {
    await t.emulator.resetCalls();
    const pages = await Promise.all(Array.from({ length: 15 }, (_, i) => t.raw(`{ liveRooms(first: ${i + 1}) { nodes { id name } } }`)));
    for (const p of pages) expect(p.errors).toBeUndefined();
    expect((await t.emulator.calls())['live_engine_http_srv/get_room_list']).toBe(1);
  });
});
