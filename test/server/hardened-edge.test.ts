/**
 * The hardened edge, one row per probe: what an attacker with a valid non-admin token (or none)
 * tried against a local gateway, and what each now gets. Every row asserts the HTTP status, the
 * code, a time bound (generous: speed goals live in bench/; these catch a stall, not a slowdown),
 * that the request log line carries the codes the client got, that no secret appears in the answer,
 * and for writes that nothing reached Tencent.
 */
import { createLogger } from '../../src/server/logger';
import { genUserSig } from '../../src/wire/usersig';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const SECRET = 'hardened-edge+secret/key=%ü-73d1';
const logLines: string[] = [];
const log = createLogger('info', (line) => logLines.push(line));

let t: TestGateway;
let sdkAppId: number;

beforeAll(async () => {
  t = await startTestGateway(
    // No waiting for turns: a user past their share is refused at once. No cache: reads go upstream.
    { ROOMGRAPH_EMULATOR_SECRET: SECRET, ROOMGRAPH_CACHE_TTL_MS: '0', ROOMGRAPH_RATE_LIMIT_WAIT_MS: '0' },
    { log, upstream: { retries: 0 } },
  );
  sdkAppId = t.gw.config.tencent.sdkAppId;
  const r = await t.raw(`mutation { createRoom(input: { id: "edge", ownerId: "olivia" }) { id } }`);
  expect(r.errors).toBeUndefined();
  for (const u of ['olivia', 'mallory']) await t.emulator.enter('edge', u);
});
afterAll(() => t.close());
afterEach(() => t.emulator.clearFaults());

const sig = (identifier: string) => genUserSig({ sdkAppId, secretKey: SECRET, identifier, expireSeconds: 3600 });
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const pct = encodeURIComponent;

interface Answer {
  status: number;
  text: string;
  codes: string[];
}

async function post(body: string, token: string | null, contentType = 'application/json'): Promise<Answer> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body,
  });
  const text = await res.text();
  let codes: string[] = [];
  try {
    codes = (JSON.parse(text).errors ?? []).map((e: any) => e.extensions?.code);
  } catch {
    codes = ['<not json>'];
  }
  return { status: res.status, text, codes };
}

const gql = (query: string, token: string | null = sig('mallory'), variables?: unknown) => post(JSON.stringify({ query, variables }), token);

/** `count` fragments on Room, each aliasing a field and spreading the next twice. */
function doublingChain(count: number): string {
  const frags = Array.from({ length: count }, (_, i) =>
    i === count - 1 ? `fragment F${i} on Room { a${i}: id }` : `fragment F${i} on Room { a${i}: id ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { room(id: "edge") { ...F0 } }\n${frags.join('\n')}`;
}

/** About 1 MB (just under the body limit): 80 layers of 200 fragments, each spreading three of the next layer. */
function layeredMegabyte(): string {
  const frags: string[] = [];
  for (let l = 0; l < 80; l++) {
    for (let w = 0; w < 200; w++) {
      const next = l === 79 ? '' : [0, 1, 2].map((k) => ` ...L${l + 1}_${(w + k) % 200}`).join('');
      frags.push(`fragment L${l}_${w} on Room { id${next} }`);
    }
  }
  return `query { room(id: "edge") { ...L0_0 } }\n${frags.join('\n')}`;
}

/** A single chain of `n` fragments: deep enough to overflow a recursive walk. */
function longChain(n: number): string {
  const frags = Array.from({ length: n }, (_, i) => (i === n - 1 ? `fragment C${i} on Room { id }` : `fragment C${i} on Room { ...C${i + 1} }`));
  return `query { room(id: "edge") { ...C0 } }\n${frags.join('\n')}`;
}

// Built once, outside the timed part of a row.
const MEGABYTE = layeredMegabyte();
const CHAIN = longChain(20_000);

const CREATE = 'room_engine_http_srv/create_room';
const KICK = 'room_engine_http_srv/kick_user_out';
const GET_ROOM = 'room_engine_http_srv/get_room_info';
const createRoom = `mutation { createRoom(input: { id: "stolen", ownerId: "mallory" }) { id } }`;

interface Row {
  probe: string;
  setup?: () => Promise<void>;
  send: () => Promise<Answer>;
  status: number;
  /** The codes of the answer's errors, in order; or a check of them (for a row whose count depends on the clock). */
  codes: string[] | ((codes: string[], ms: number) => Promise<void>);
  withinMs: number;
  /** Upstream commands that must not have been called (writes a refused request must not reach). */
  notSent?: string[];
  /** Whether the request reached GraphQL, so its log line must carry the same codes. */
  logged?: boolean;
}

const ROWS: Row[] = [
  {
    probe: 'validation: 22 fragments each spreading the next twice (aliases through 2^22 paths)',
    send: () => gql(doublingChain(22)), status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'], withinMs: 2000, logged: true,
  },
  {
    probe: 'validation: a ~1 MB document of nested fragment spreads',
    send: () => gql(MEGABYTE),
    status: 400, codes: ['GRAPHQL_PARSE_FAILED'], withinMs: 2000, logged: true,
  },
  {
    probe: 'validation: one chain of 20,000 fragments (a recursive walk overflows the stack)',
    send: () => gql(CHAIN), status: 400, codes: ['GRAPHQL_PARSE_FAILED'], withinMs: 2000, logged: true,
  },
  {
    probe: 'fan-out: 30 aliased rooms(ids:) fields of 100 unknown ids each',
    send: () => gql(`{ ${Array.from({ length: 30 }, (_, a) => `a${a}: rooms(ids: ${JSON.stringify(Array.from({ length: 100 }, (_, i) => `u${a}-${i}`))}) { id }`).join(' ')} }`),
    status: 400, codes: ['QUERY_TOO_EXPENSIVE'], withinMs: 2000, notSent: [GET_ROOM], logged: true,
  },
  {
    probe: 'fair share: one user asks for 100 unknown rooms at once (get_room_info: 200/s, a user\'s share 50/s)',
    send: () => gql(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, sig('mallory'), { ids: Array.from({ length: 100 }, (_, i) => `fs-${i}`) }),
    // The bucket holds 50 calls and refills one every 20 ms, so the burst gets 50 plus what refilled
    // while it ran (unknown rooms are nulls, no error); the rest are refused at once and never sent.
    status: 200,
    codes: async (codes, ms) => {
      const refused = codes.length;
      expect(codes).toEqual(Array(refused).fill('RATE_LIMITED'));
      const refilled = Math.ceil((ms / 1000) * 50) + 1;
      expect(refused).toBeGreaterThanOrEqual(50 - refilled);
      expect(refused).toBeLessThanOrEqual(50);
      expect((await t.emulator.calls())[GET_ROOM] ?? 0).toBe(100 - refused);
    },
    withinMs: 3000, logged: true,
  },
  {
    probe: 'fair share: another user right after, and the breaker stayed closed',
    send: () => gql(`{ room(id: "edge") { id memberCount } }`, sig('olivia')), status: 200, codes: [], withinMs: 2000, logged: true,
  },
  {
    probe: 'tokens: a valid UserSig with AAAA appended',
    send: () => gql(createRoom, `${sig('administrator')}AAAA`), status: 401, codes: ['UNAUTHENTICATED'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  {
    probe: 'tokens: a valid UserSig without its padding',
    setup: async () => undefined,
    send: async () => {
      // A sig whose canonical encoding ends in padding ('_'), sent without it.
      for (let i = 0; i < 200; i++) {
        const s = sig(`padded-${i}`);
        if (s.endsWith('_')) return gql(createRoom, s.replace(/_+$/, ''));
      }
      throw new Error('no padded sig found');
    },
    status: 401, codes: ['UNAUTHENTICATED'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  {
    probe: 'tokens: a signed token with an empty user id',
    send: () => gql(createRoom, sig('')), status: 401, codes: ['UNAUTHENTICATED'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  {
    probe: 'tokens: a signed token whose user id has control characters',
    send: () => gql(createRoom, sig('administrator\u0000\u001b[2J')), status: 401, codes: ['UNAUTHENTICATED'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  ...([
    ['percent-encoded', pct(SECRET)],
    ['double-encoded', pct(pct(SECRET))],
    ['in base64', b64(SECRET)],
  ] as const).map(([how, echo]): Row => ({
    probe: `secrets: an upstream error text echoing the secret key ${how}`,
    setup: () => t.emulator.fault({ command: GET_ROOM, errorCode: 100002, errorInfo: `bad request to /v4/x?key=${echo}&x=1` }),
    send: () => gql(`{ room(id: "edge") { id } }`), status: 200, codes: ['BAD_USER_INPUT'], withinMs: 2000, logged: true,
  })),
  {
    probe: 'malformed answers: a 200 whose RoomInfo is a string',
    setup: () => t.emulator.fault({ command: GET_ROOM, rawBody: JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', RequestId: 'r', Response: { RoomInfo: 'not a room' } }), times: 5 }),
    send: () => gql(`{ room(id: "edge") { id } }`), status: 200, codes: ['UPSTREAM_ERROR'], withinMs: 2000, logged: true,
  },
  {
    probe: 'authorization: a member who is not staff kicks the owner',
    send: () => gql(`mutation { kickMembers(input: { roomId: "edge", userIds: ["olivia"], reason: "mine now" }) { id } }`, sig('mallory')),
    status: 200, codes: ['FORBIDDEN'], withinMs: 2000, notSent: [KICK], logged: true,
  },
  {
    probe: 'bad input: an argument past its documented limit',
    send: () => gql(`mutation { createRoom(input: { id: "${'x'.repeat(100)}" }) { id } }`, t.adminToken), status: 200, codes: ['BAD_USER_INPUT'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  {
    probe: 'bad input: malformed GraphQL',
    send: () => gql(`mutation { createRoom(input: { id: "x" }) { id }`, t.adminToken), status: 400, codes: ['GRAPHQL_PARSE_FAILED'], withinMs: 2000, notSent: [CREATE], logged: true,
  },
  {
    probe: 'bad input: a body that is not JSON',
    send: () => post('{"query": "mutation {', t.adminToken), status: 400, codes: ['BAD_REQUEST'], withinMs: 2000, notSent: [CREATE],
  },
  {
    probe: 'bad input: a body over ROOMGRAPH_MAX_BODY_BYTES',
    send: () => post(JSON.stringify({ query: createRoom, pad: 'x'.repeat(1_100_000) }), t.adminToken), status: 413, codes: ['PAYLOAD_TOO_LARGE'], withinMs: 2000, notSent: [CREATE],
  },
  {
    probe: 'emulator control: advanceSeconds 1e308',
    send: async () => {
      const res = await fetch(`${t.emulator.url}/emulator/v1/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 1e308 }) });
      const json: any = await res.json();
      const clock: any = await (await fetch(`${t.emulator.url}/emulator/v1/clock`)).json();
      if (typeof clock.NowMs !== 'number') throw new Error(`the clock is ${clock.NowMs}`);
      return { status: res.status, text: JSON.stringify(json), codes: json.ErrorCode ? [String(json.ErrorCode)] : [] };
    },
    status: 200, codes: ['100002'], withinMs: 2000,
  },
];

describe('the hardened edge', () => {
  it('probes with a document of about 1 MB', () => {
    expect(MEGABYTE.length).toBeGreaterThan(950_000);
  });

  it.each(ROWS.map((r) => [r.probe, r] as const))('%s', async (_probe, row) => {
    await row.setup?.();
    await t.emulator.resetCalls();
    const linesBefore = logLines.length;
    const started = performance.now();
    const a = await row.send();
    const ms = performance.now() - started;

    if (typeof row.codes === 'function') {
      expect(a.status).toBe(row.status);
      await row.codes(a.codes, ms);
    } else {
      expect({ status: a.status, codes: a.codes }).toEqual({ status: row.status, codes: row.codes });
    }
    expect(ms).toBeLessThan(row.withinMs);
    // Nothing secret in the answer, in any form.
    for (const form of [SECRET, pct(SECRET), pct(pct(SECRET)), b64(SECRET)]) expect(a.text).not.toContain(form);
    if (row.notSent) {
      const calls = await t.emulator.calls();
      for (const c of row.notSent) expect({ [c]: calls[c] ?? 0 }).toEqual({ [c]: 0 });
    }
    if (row.logged) {
      const line = logLines.slice(linesBefore).map((l) => JSON.parse(l)).find((l) => l.msg === 'graphql');
      expect(line).toBeDefined();
      expect(line.errors ?? []).toEqual(a.codes);
    }
    for (const l of logLines.slice(linesBefore)) expect(l).not.toContain(SECRET);
    // The process stayed responsive throughout.
    const health = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
  });
});
