/**
 * When Tencent misbehaves (faults injected through the emulator's control API), the client gets a
 * stable code, Tencent's numbers for support, and never Tencent's raw pages or our secrets. Every
 * response body and log line of this suite is kept and checked for secrets at the end.
 */
import { inspect } from 'node:util';
import { GraphQLError } from 'graphql';
import { CreateCallbackConfigDocument, CreateRoomDocument, RoomDetailsDocument } from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createErrorFormatter } from '../../src/server/errors';
import { createLogger } from '../../src/server/logger';
import { UpstreamNetworkError, TencentApiError } from '../../src/upstream/errors';
import { decodeUserSig, genUserSig } from '../../src/wire/usersig';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
const CREATE_ROOM = 'room_engine_http_srv/create_room';
const CALLBACK_TOKEN = 'cb-token-5e0f1d7a2b9c4e83';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const logLines: string[] = [];
const bodies: string[] = [];
const log = createLogger('debug', (line) => logLines.push(line));
const startedAtS = Math.floor(Date.now() / 1000);

/** Retries on (the default 2), no cache (every read reaches the emulator), a breaker that never opens. */
let t: TestGateway;
/** A 300 ms budget per call and no retries, for the deadline test. */
let quick: TestGateway;
const ROOM = `faults-${process.pid}`;

beforeAll(async () => {
  [t, quick] = await Promise.all([
    startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { log, upstream: { breaker: { failureThreshold: 1000 } } }),
    startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { log, upstream: { timeoutMs: 300, retries: 0 } }),
  ]);
  for (const g of [t, quick]) {
    const r = await g.exec(CreateRoomDocument, { input: { id: ROOM, name: 'Faulty' } });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await Promise.all([t?.close(), quick?.close()]);
});
beforeEach(async () => {
  await Promise.all([t.emulator.resetCalls(), quick.emulator.resetCalls()]);
});
afterEach(async () => {
  await Promise.all([t.emulator.clearFaults(), quick.emulator.clearFaults()]);
});

/** Runs RoomDetails through `g`, keeping the body for the secrets check. */
async function readRoom(g: TestGateway = t): Promise<GqlResult<any>> {
  const r = await g.exec(RoomDetailsDocument, { id: ROOM });
  bodies.push(JSON.stringify(r));
  return r;
}

async function callsOf(command: string, g: TestGateway = t): Promise<number> {
  return (await g.emulator.calls())[command] ?? 0;
}

describe('reads', () => {
  it('retries a read after one 100001 and succeeds on the second attempt', async () => {
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100001 });
    const r = await readRoom();
    expect(r.errors).toBeUndefined();
    expect(r.data!.room).toMatchObject({ id: ROOM, name: 'Faulty' });
    expect(await callsOf(GET_ROOM)).toBe(2);
  });

  it('answers UPSTREAM_UNAVAILABLE with errorCode 100001 and the requestId when 100001 persists through the retries', async () => {
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100001, times: 100 });
    const e = onlyError(await readRoom());
    expect(e.path).toEqual(['room']);
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', tencent: { errorCode: 100001 } });
    expect(e.extensions!.tencent.requestId).toMatch(/^Id-\S+/);
    expect(await callsOf(GET_ROOM)).toBe(3);
  });

  it('answers UPSTREAM_UNAVAILABLE for a proxy 502 page, with no HTML in the message', async () => {
    await t.emulator.fault({
      command: GET_ROOM, httpStatus: 502, times: 100,
      rawBody: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
    });
    const e = onlyError(await readRoom());
    expect(e.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(e.message).toBe('Tencent did not answer usefully in time; try again');
    expect(JSON.stringify(e)).not.toMatch(/<|nginx|Bad Gateway/);
    expect(await callsOf(GET_ROOM)).toBe(3);
  });

  it('answers UPSTREAM_UNAVAILABLE when Tencent drops the connection', async () => {
    await t.emulator.fault({ command: GET_ROOM, dropConnection: true, times: 100 });
    const e = onlyError(await readRoom());
    expect(e.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(await callsOf(GET_ROOM)).toBe(3);
  });

  it('answers UPSTREAM_ERROR, without retrying, for a 200 whose body is not JSON', async () => {
    await t.emulator.fault({ command: GET_ROOM, rawBody: '{"ActionStatus":"OK","ErrorCode":0,' });
    const e = onlyError(await readRoom());
    expect(e.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    expect(e.message).toBe('Tencent rejected the request the gateway sent');
    expect(await callsOf(GET_ROOM)).toBe(1);
  });

  it('answers UPSTREAM_UNAVAILABLE when Tencent answers after the call deadline', async () => {
    await quick.emulator.fault({ command: GET_ROOM, delayMs: 3000 });
    const started = Date.now();
    const e = onlyError(await readRoom(quick));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(e.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(await callsOf(GET_ROOM, quick)).toBe(1);
  });
});

describe('writes', () => {
  it('does not retry a write after 100001: one create_room call, UPSTREAM_UNAVAILABLE', async () => {
    await t.emulator.fault({ command: CREATE_ROOM, errorCode: 100001 });
    const r = await t.exec(CreateRoomDocument, { input: { id: `${ROOM}-write` } });
    bodies.push(JSON.stringify(r));
    const e = onlyError(r);
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', tencent: { errorCode: 100001 } });
    expect(await callsOf(CREATE_ROOM)).toBe(1);
  });
});

describe('what the client is told', () => {
  it("answers UPSTREAM_AUTH for 60010 with the gateway's own message, not Tencent's text", async () => {
    const info = "identifier 'administrator' is not an App administrator (tencent-text-3a7c)";
    await t.emulator.fault({ command: GET_ROOM, errorCode: 60010, errorInfo: info });
    const e = onlyError(await readRoom());
    expect(e.extensions).toMatchObject({ code: 'UPSTREAM_AUTH', tencent: { errorCode: 60010 } });
    expect(e.message).toMatch(/credentials were rejected.*TRTC_SECRET_KEY/);
    expect(e.message).not.toContain('tencent-text-3a7c');
    expect(await callsOf(GET_ROOM)).toBe(1);
  });

  it("scrubs a request URL echoed in Tencent's ErrorInfo from the message and the extensions", async () => {
    const echoed = `${t.emulator.url}/v4/room_engine_http_srv/get_room_info?sdkappid=1&identifier=x&usersig=eJyrVkrOz-sig`;
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100002, errorInfo: `bad request to ${echoed}` });
    const e = onlyError(await readRoom());
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
    expect(JSON.stringify(e)).not.toMatch(/usersig|eJyrVkrOz-sig|\/v4\//);
    expect(e.message).toBe('bad request to [redacted]');
  });

  it('masks an error that is not an upstream error as INTERNAL_SERVER_ERROR with an errorId that is in the log', async () => {
    // A well-formed answer whose MaxMemberCount does not fit GraphQL's 32-bit Int: the serializer
    // throws, which is our bug to handle, not the client's to read.
    await t.emulator.fault({
      command: GET_ROOM,
      rawBody: JSON.stringify({
        ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', RequestId: 'Id-int-overflow',
        Response: { RoomInfo: { RoomId: ROOM, RoomName: 'Faulty', MaxMemberCount: 4294967295 } },
      }),
    });
    const r = await readRoom();
    const e = onlyError(r);
    expect(e.path).toEqual(['room', 'maxMemberCount']);
    expect(e.message).toBe('Internal server error');
    expect(e.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(UUID) });
    expect(r.data!.room).toMatchObject({ id: ROOM, maxMemberCount: null });
    const line = logLines.map((l) => JSON.parse(l)).find((l) => l.errorId === e.extensions!.errorId);
    expect(line).toMatchObject({ level: 'error', msg: 'internal error', error: expect.stringMatching(/Int cannot represent/) });
  });
});

describe('createErrorFormatter', () => {
  const lines: string[] = [];
  const format = createErrorFormatter(createLogger('info', (l) => lines.push(l)));
  /** What graphql-js makes of an error a resolver throws: located at a path, the original kept. */
  const asResolverError = (e: Error) => new GraphQLError(e.message, { originalError: e, path: ['room'] });
  const formatted = (e: GraphQLError) => ({ message: e.message, path: ['room'], extensions: e.extensions as Record<string, unknown> });

  it('masks a plain Error thrown by a resolver, keeping the message and stack in the log only', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const wrapped = asResolverError(bug);
    const out = format(formatted(wrapped), wrapped);
    expect(out).toEqual({
      message: 'Internal server error', path: ['room'], locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(UUID) },
    });
    const logged = JSON.parse(lines.at(-1)!);
    expect(logged).toMatchObject({ msg: 'internal error', errorId: out.extensions!.errorId, error: `TypeError: ${bug.message}` });
    expect(logged.stack).toContain('TypeError');
  });

  it('passes our own coded errors through without a stacktrace', () => {
    const e = new GraphQLError('input.id must be at most 48 bytes', { extensions: { code: 'BAD_USER_INPUT', field: 'input.id', stacktrace: ['x'] } });
    expect(format({ message: e.message, extensions: e.extensions }, e)).toEqual({
      message: e.message, extensions: { code: 'BAD_USER_INPUT', field: 'input.id' }, locations: undefined, path: undefined,
    });
  });

  it('gives an upstream transport error its code and a fixed message', () => {
    const err = new UpstreamNetworkError(GET_ROOM, 'ECONNRESET');
    const wrapped = asResolverError(err);
    expect(format(formatted(wrapped), wrapped)).toMatchObject({ message: 'Tencent did not answer usefully in time; try again', extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it("keeps Tencent's ErrorInfo for a business error and falls back to the code when it is empty", () => {
    const withInfo = new TencentApiError(GET_ROOM, 100004, 'room not exist', 'Id-1');
    expect(format(formatted(asResolverError(withInfo)), asResolverError(withInfo))).toMatchObject({
      message: 'room not exist', extensions: { code: 'NOT_FOUND', tencent: { errorCode: 100004, requestId: 'Id-1' } },
    });
    const empty = new TencentApiError(GET_ROOM, 123456, '', 'Id-2');
    expect(format(formatted(asResolverError(empty)), asResolverError(empty)).message).toBe('Tencent rejected the request the gateway sent');
  });
});

describe('secrets', () => {
  it('shows the config with its secret key as [redacted] when serialised or inspected', () => {
    const secret = t.gw.config.tencent.secretKey.reveal();
    for (const text of [JSON.stringify(t.gw.config), inspect(t.gw.config, { depth: 10 }), String(t.gw.config.tencent.secretKey)]) {
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(secret);
    }
  });

  it('lets the emulator deliver token-signed callbacks to the gateway without the token reaching any answer or log line', async () => {
    await t.emulator.setCallbackToken(CALLBACK_TOKEN);
    const cb = await t.exec(CreateCallbackConfigDocument, {
      input: { url: new URL('/callbacks?from=emulator', t.url).href, events: ['ROOM_CREATED', 'ROOM_INFO_UPDATED'] },
    });
    bodies.push(JSON.stringify(cb));
    expect(cb.errors).toBeUndefined();
    const created = await t.exec(CreateRoomDocument, { input: { id: `${ROOM}-cb` } });
    bodies.push(JSON.stringify(created));
    expect(created.errors).toBeUndefined();
    // Delivery is asynchronous and the control API has nothing to await: poll its delivery log.
    let deliveries: { command: string; status?: number }[] = [];
    for (let i = 0; i < 100 && deliveries.length === 0; i++) {
      const res = await fetch(`${t.emulator.url}/emulator/v1/callbacks`);
      deliveries = ((await res.json()) as { Deliveries: typeof deliveries }).Deliveries;
      if (deliveries.length === 0) await new Promise((r) => setTimeout(r, 20));
    }
    // The gateway has no callback receiver yet, so it answers 404; what matters is it saw the call.
    expect(deliveries[0]).toMatchObject({ command: 'Room.CallbackAfterCreateRoom', status: 404 });
  });

  it('never put the admin usersig, the secret key, a callback token or "usersig=" in any response body or log line', () => {
    const secretKey = t.gw.config.tencent.secretKey.reveal();
    const adminId = t.gw.config.tencent.adminId;
    const sdkAppId = t.gw.config.tencent.sdkAppId;
    // The sigs the upstream client may have signed its calls with during this suite.
    const adminSigs: string[] = [];
    for (let s = startedAtS - 1; s <= Math.floor(Date.now() / 1000); s++) {
      adminSigs.push(genUserSig({ sdkAppId, secretKey, identifier: adminId, expireSeconds: 86400, now: s }));
    }
    const texts = [...bodies, ...logLines];
    expect(bodies.length).toBeGreaterThan(8);
    expect(logLines.some((l) => l.includes('upstream call'))).toBe(true);
    for (const text of texts) {
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain(CALLBACK_TOKEN);
      expect(text.toLowerCase()).not.toContain('usersig=');
      for (const sig of adminSigs) expect(text).not.toContain(sig);
      // Any UserSig at all, whenever it was signed, that names the admin.
      for (const word of text.match(/[A-Za-z0-9*\-_]{40,}/g) ?? []) {
        expect(decodeUserSig(word)?.identifier).not.toBe(adminId);
      }
    }
  });
});
