import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { Secret } from '../../src/secret';
import { createTencentClient } from '../../src/upstream/client';
import type { TencentClient, TencentClientOptions } from '../../src/upstream/client';
import { command, envelopeOnly } from '../../src/commands/command';
import { roomConfig } from '../../src/commands/callback-config';
import * as rooms from '../../src/commands/conference';
import {
  TencentApiError,
  UpstreamCircuitOpenError,
  UpstreamHttpStatusError,
  UpstreamNetworkError,
  UpstreamProtocolError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  errorClassFor,
} from '../../src/upstream/errors';
import type { CallEvent } from '../../src/upstream/observe';
import { verifyUserSig } from '../../src/wire/usersig';

// ---- a tiny Tencent stand-in on 127.0.0.1:0, answering whatever the current test asks ----

interface Seen {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
  /** Client-side port of the connection that carried it. */
  port: number;
}
type Handler = (req: Seen, res: ServerResponse, raw: IncomingMessage) => void;

const SDKAPPID = 1400000001;
const KEY = 'test-secret-key-3f9a0c1d2e';
const ADMIN = 'administrator';

let server: Server;
let base: string;
let handler: Handler;
let seen: Seen[] = [];
let connectionsOpened = 0;
const sockets = new Set<Socket>();
const clients: TencentClient[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://x'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
        port: req.socket.remotePort ?? 0,
      };
      seen.push(s);
      handler(s, res, req);
    });
  });
  server.on('connection', (s: Socket) => {
    connectionsOpened++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
  handler = (_req, res) => ok(res);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function client(o: Partial<TencentClientOptions> = {}): TencentClient {
  const c = createTencentClient({ baseUrl: base, sdkAppId: SDKAPPID, secretKey: new Secret(KEY), adminId: ADMIN, ...o });
  clients.push(c);
  return c;
}

function json(res: ServerResponse, body: unknown, status = 200): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** An OK answer; by default one that get_room_info can parse (a room record needs a RoomId). */
function ok(res: ServerResponse, response: Record<string, unknown> = { RoomInfo: { RoomId: 'r' } }, requestId = 'Id-ok-O-Seq-1'): void {
  json(res, { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, RequestId: requestId, Response: response });
}

function fail(res: ServerResponse, code: number, info = 'failed', requestId = 'Id-fail-O-Seq-2'): void {
  json(res, { ActionStatus: 'FAIL', ErrorInfo: info, ErrorCode: code, RequestId: requestId });
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

/** A read with a small limit, so rate limiting shows within a second. */
const slowRead = command({
  service: 'room_engine_http_srv', name: 'get_room_info', kind: 'read', perSecond: 5,
  body: () => ({}),
  parse: envelopeOnly,
});

// ---- the wire ----

describe('TencentClient on the wire', () => {
  it('POSTs JSON to /v4/<service>/<command> signed with sdkappid, identifier, usersig, random and contenttype=json', async () => {
    const c = client();
    await c.call(rooms.getRoomInfo, 'room-7');
    await c.call(rooms.getRoomInfo, 'room-8');

    const [a, b] = seen;
    expect(a.method).toBe('POST');
    expect(a.url.pathname).toBe('/v4/room_engine_http_srv/get_room_info');
    expect(a.headers['content-type']).toBe('application/json');
    expect(JSON.parse(a.body)).toEqual({ RoomId: 'room-7' });
    expect([...a.url.searchParams.keys()].sort()).toEqual(['contenttype', 'identifier', 'random', 'sdkappid', 'usersig']);
    expect(a.url.searchParams.get('sdkappid')).toBe(String(SDKAPPID));
    expect(a.url.searchParams.get('identifier')).toBe(ADMIN);
    expect(a.url.searchParams.get('contenttype')).toBe('json');
    const sig = a.url.searchParams.get('usersig') ?? '';
    expect(verifyUserSig(sig, { sdkAppId: SDKAPPID, secretKey: KEY, identifier: ADMIN })).toMatchObject({ ok: true });
    for (const s of [a, b]) {
      const r = s.url.searchParams.get('random') ?? '';
      expect(r).toMatch(/^\d+$/);
      expect(Number(r)).toBeLessThanOrEqual(4294967295);
    }
    expect(a.url.searchParams.get('random')).not.toBe(b.url.searchParams.get('random'));
  });

  it('sends {} as the body of a command without parameters', async () => {
    handler = (_req, res) => ok(res, { Url: 'https://hooks.example/cb', CallbackCommandList: ['Room.CallbackAfterCreateRoom'] });
    const config = await client().call(roomConfig.getCallback);
    expect(seen[0].url.pathname).toBe('/v4/room_config/get_callback');
    expect(seen[0].body).toBe('{}');
    expect(config).toEqual({ url: 'https://hooks.example/cb', commands: ['Room.CallbackAfterCreateRoom'] });
  });

  it('keeps a path prefix of the baseUrl', async () => {
    await client({ baseUrl: `${base}/tencent/` }).call(rooms.destroyRoom, 'room-1');
    expect(seen[0].url.pathname).toBe('/tencent/v4/room_engine_http_srv/destroy_room');
  });

  it('parses a success with the command parser, accepting ErrorCode "0" as a string', async () => {
    handler = (_req, res) =>
      json(res, {
        ActionStatus: 'OK', ErrorInfo: '', ErrorCode: '0', RequestId: 'Id-1',
        Response: { RoomInfo: { RoomId: 'room-7', RoomName: 'Standup', Owner_Account: 42, RoomStatus: 'Running', IsSeatEnabled: 'true' } },
      });
    const room = await client().call(rooms.getRoomInfo, 'room-7');
    expect(room).toMatchObject({ roomId: 'room-7', roomName: 'Standup', ownerId: '42', status: 'RUNNING', isSeatEnabled: true });
  });

  it('keeps a bare-number TinyId account exact, where JSON.parse would round it to another user', async () => {
    handler = (_req, res) =>
      json(res, '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"Id-2","Response":{"Next":"",' +
        '"MemberList":[{"Member_Account":144115233775727695,"Role":"Member"}]}}');
    const page = await client().call(rooms.getRoomMemberList, 'room-7', 100, '');
    expect(page.members[0].userId).toBe('144115233775727695');
  });

  it('rejects a non-zero ErrorCode with TencentApiError carrying ErrorCode, ErrorInfo and RequestId', async () => {
    handler = (_req, res) => fail(res, 100004, 'room not exist', 'Id-abc-O-Seq-9');
    const e = await caught(client().call(rooms.getRoomInfo, 'gone'));
    expect(e).toBeInstanceOf(TencentApiError);
    expect(e).toMatchObject({
      command: 'room_engine_http_srv/get_room_info', errorCode: 100004, errorInfo: 'room not exist', requestId: 'Id-abc-O-Seq-9',
      message: 'room_engine_http_srv/get_room_info failed with ErrorCode 100004: room not exist',
    });
    expect(errorClassFor(e)).toBe('NOT_FOUND');
    expect(seen).toHaveLength(1); // business errors are not retried
  });

  it('rejects a 502 HTML page with UpstreamHttpStatusError and only a short snippet of it', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
    handler = (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(page);
    };
    const e = await caught(client({ retries: 0 }).call(rooms.getRoomInfo, 'r'));
    expect(e).toBeInstanceOf(UpstreamHttpStatusError);
    const err = e as UpstreamHttpStatusError;
    expect(err.status).toBe(502);
    expect(err.bodySnippet.startsWith('502 Bad Gateway')).toBe(true);
    expect(err.bodySnippet.length).toBeLessThanOrEqual(121);
    expect(err.message).not.toContain('<html>');
    expect(errorClassFor(err)).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('rejects malformed JSON, a body without an ErrorCode and an oversized body with UpstreamProtocolError', async () => {
    const c = client({ maxResponseBytes: 1024 });
    const bodies = ['{"ErrorCode":0,', '["not","an","object"]', '{"ActionStatus":"OK"}', JSON.stringify({ ErrorCode: 0, Pad: 'x'.repeat(4096) })];
    for (const body of bodies) {
      handler = (_req, res) => json(res, body);
      const e = await caught(c.call(rooms.getRoomInfo, 'r'));
      expect(e).toBeInstanceOf(UpstreamProtocolError);
      expect(errorClassFor(e)).toBe('UPSTREAM_ERROR');
    }
  });

  it('rejects a reset connection with UpstreamNetworkError carrying the socket error code', async () => {
    handler = (_req, _res, raw) => raw.socket.destroy();
    const e = await caught(client().call(rooms.destroyRoom, 'r'));
    expect(e).toBeInstanceOf(UpstreamNetworkError);
    expect(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']).toContain((e as UpstreamNetworkError).code);
    expect((e as Error).cause).toBeUndefined();
  });

  it('rejects a refused connection with UpstreamNetworkError ECONNREFUSED', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const e = await caught(client({ baseUrl: `http://127.0.0.1:${port}`, retries: 0 }).call(rooms.getRoomInfo, 'r'));
    expect(e).toBeInstanceOf(UpstreamNetworkError);
    expect((e as UpstreamNetworkError).code).toBe('ECONNREFUSED');
    expect(JSON.stringify(e)).not.toContain(String(port));
  });

  it('refuses a baseUrl that is not plain http(s)', () => {
    const o = { sdkAppId: SDKAPPID, secretKey: new Secret(KEY), adminId: ADMIN };
    expect(() => createTencentClient({ ...o, baseUrl: 'ftp://example.com' })).toThrow(TypeError);
    expect(() => createTencentClient({ ...o, baseUrl: `${base}/?usersig=x` })).toThrow(TypeError);
    expect(() => createTencentClient({ ...o, baseUrl: base, sdkAppId: 0 })).toThrow(TypeError);
  });

  it('rejects with UpstreamTimeoutError shortly after timeoutMs when the server does not answer', async () => {
    handler = () => undefined; // never answers; the socket is destroyed in afterAll
    const started = Date.now();
    const e = await caught(client({ timeoutMs: 300 }).call(rooms.getRoomInfo, 'slow'));
    const elapsed = Date.now() - started;
    expect(e).toBeInstanceOf(UpstreamTimeoutError);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(300 + 250);
    expect(seen).toHaveLength(1); // no time left for a retry
  });

  // undici marks a connection free one microtask after its response ends, so a call issued in the
  // same breath as the previous answer may open a second socket; from then on the two alternate.
  it('reuses keep-alive connections for sequential calls', async () => {
    const c = client();
    const before = connectionsOpened;
    for (let i = 0; i < 20; i++) await c.call(rooms.getRoomInfo, `room-${i}`);
    expect(connectionsOpened - before).toBeLessThanOrEqual(2);
    expect(new Set(seen.map((s) => s.port)).size).toBeLessThanOrEqual(2);
  });

  it('keeps the connection after business errors and non-200 answers', async () => {
    const c = client({ retries: 0 });
    const before = connectionsOpened;
    for (let i = 0; i < 4; i++) {
      handler = (_req, res) => fail(res, 100004, 'room not exist');
      await caught(c.call(rooms.getRoomInfo, 'a'));
      handler = (_req, res) => json(res, '<html>bad gateway</html>', 502);
      await caught(c.call(rooms.getRoomInfo, 'b'));
      handler = (_req, res) => ok(res);
      await c.call(rooms.getRoomInfo, 'c');
    }
    expect(connectionsOpened - before).toBeLessThanOrEqual(2);
  });

  it('rejects calls after close', async () => {
    const c = createTencentClient({ baseUrl: base, sdkAppId: SDKAPPID, secretKey: new Secret(KEY), adminId: ADMIN });
    await c.close();
    expect(await caught(c.call(rooms.getRoomInfo, 'r'))).toBeInstanceOf(UpstreamNetworkError);
  });
});

// ---- retries ----

describe('TencentClient retries', () => {
  it('retries a read after 100001 and resolves with the later success, reporting each attempt', async () => {
    let n = 0;
    handler = (_req, res) => (++n < 3 ? fail(res, 100001, 'internal error') : ok(res, { RoomInfo: { RoomId: 'r' } }, 'Id-third'));
    const events: CallEvent[] = [];
    const room = await client({ onCall: (e) => events.push(e) }).call(rooms.getRoomInfo, 'r');
    expect(room.roomId).toBe('r');
    expect(seen).toHaveLength(3);
    expect(events.map((e) => [e.attempt, e.ok, e.errorCode])).toEqual([
      [1, false, 100001],
      [2, false, 100001],
      [3, true, 0],
    ]);
    expect(events[2]).toMatchObject({ command: 'room_engine_http_srv/get_room_info', requestId: 'Id-third' });
    expect(new Set(seen.map((s) => s.url.searchParams.get('random'))).size).toBe(3);
  });

  it('gives up after `retries` extra attempts with the last error', async () => {
    handler = (_req, res) => fail(res, 60018, 'too many requests');
    const e = await caught(client({ retries: 1 }).call(rooms.getRoomInfo, 'r'));
    expect(e).toMatchObject({ errorCode: 60018 });
    expect(seen).toHaveLength(2);
  });

  it('never retries a write, even after a transient error', async () => {
    handler = (_req, res) => fail(res, 100001, 'internal error');
    const e = await caught(client().call(rooms.destroyRoom, 'r'));
    expect(e).toMatchObject({ errorCode: 100001 });
    expect(seen).toHaveLength(1);
  });

  it('retries a read whose connection was reset', async () => {
    let n = 0;
    handler = (_req, res, raw) => (++n === 1 ? raw.socket.destroy() : ok(res));
    await client().call(slowRead);
    expect(seen).toHaveLength(2);
  });
});

// ---- breaker ----

describe('TencentClient circuit breaker', () => {
  function fakeClock() {
    let t = Date.now();
    return { now: () => t, advance: (ms: number) => void (t += ms) };
  }

  it('opens after failureThreshold consecutive outages and then fails fast without sending', async () => {
    handler = (_req, res) => json(res, 'Bad Gateway', 502);
    const c = client({ retries: 0, breaker: { failureThreshold: 3, resetAfterMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect(await caught(c.call(rooms.getRoomInfo, 'r'))).toBeInstanceOf(UpstreamHttpStatusError);
    const e = await caught(c.call(rooms.getRoomInfo, 'r'));
    expect(e).toBeInstanceOf(UpstreamCircuitOpenError);
    expect(errorClassFor(e)).toBe('UPSTREAM_UNAVAILABLE');
    expect(seen).toHaveLength(3);
  });

  it('does not count business errors as outages', async () => {
    let n = 0;
    handler = (_req, res) => (++n % 2 ? json(res, 'Bad Gateway', 502) : fail(res, 100004, 'room not exist'));
    const c = client({ retries: 0, breaker: { failureThreshold: 2 } });
    for (let i = 0; i < 6; i++) await caught(c.call(rooms.getRoomInfo, 'r'));
    expect(seen).toHaveLength(6);
  });

  it('half-opens after resetAfterMs: one probe goes through while others fail fast, and its success closes it', async () => {
    const clock = fakeClock();
    handler = (_req, res) => json(res, 'Bad Gateway', 502);
    const c = client({ retries: 0, now: clock.now, breaker: { failureThreshold: 2, resetAfterMs: 1000 } });
    await caught(c.call(rooms.getRoomInfo, 'r'));
    await caught(c.call(rooms.getRoomInfo, 'r'));
    expect(await caught(c.call(rooms.getRoomInfo, 'r'))).toBeInstanceOf(UpstreamCircuitOpenError);

    clock.advance(1000);
    let release!: () => void;
    const probeHeld = new Promise<void>((r) => (release = r));
    handler = (_req, res) => void probeHeld.then(() => ok(res));
    const probe = c.call(rooms.getRoomInfo, 'probe');
    expect(await caught(c.call(rooms.getRoomInfo, 'meanwhile'))).toBeInstanceOf(UpstreamCircuitOpenError);
    release();
    await probe;

    handler = (_req, res) => ok(res);
    await c.call(rooms.getRoomInfo, 'after');
    expect(seen.map((s) => JSON.parse(s.body).RoomId)).toEqual(['r', 'r', 'probe', 'after']);
  });

  it('opens again for another period when the probe fails', async () => {
    const clock = fakeClock();
    handler = (_req, res) => json(res, 'Bad Gateway', 503);
    const c = client({ retries: 0, now: clock.now, breaker: { failureThreshold: 1, resetAfterMs: 1000 } });
    await caught(c.call(rooms.getRoomInfo, 'r'));
    clock.advance(1000);
    expect(await caught(c.call(rooms.getRoomInfo, 'probe'))).toBeInstanceOf(UpstreamHttpStatusError);
    clock.advance(999);
    expect(await caught(c.call(rooms.getRoomInfo, 'r'))).toBeInstanceOf(UpstreamCircuitOpenError);
    expect(seen).toHaveLength(2);
  });
});

// ---- local rate limit ----

describe('TencentClient local rate limit', () => {
  it("spreads 2 × perSecond calls so that no one-second window holds more than the command's limit", async () => {
    const c = client();
    const started = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => c.call(slowRead)));
    const at = seen.map((s) => s.at - started).sort((a, b) => a - b);
    expect(at).toHaveLength(10);
    expect(at[4]).toBeLessThan(200); // the first five go at once
    expect(at[5]).toBeGreaterThanOrEqual(990); // the sixth waits for the window to move on
    for (let i = 5; i < 10; i++) expect(at[i] - at[i - 5]).toBeGreaterThanOrEqual(990);
  });

  it('fails with UpstreamRateLimitedError when the turn would come after the deadline', async () => {
    const c = client({ timeoutMs: 400 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => c.call(slowRead)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(UpstreamRateLimitedError);
    expect(errorClassFor(rejected?.reason)).toBe('RATE_LIMITED');
    expect(seen).toHaveLength(5);
  });

  it('waits only briefly: past its wait a call fails at once with a hint of when its turn comes', async () => {
    const c = client({ rateLimitWaitMs: 300 });
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: 7 }, () => c.call(slowRead)));
    expect(Date.now() - started).toBeLessThan(900); // nobody waited for the second window
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    expect(rejected).toHaveLength(2);
    for (const e of rejected) {
      expect(e).toBeInstanceOf(UpstreamRateLimitedError);
      expect(e.retryAfterMs).toBeGreaterThan(300);
      expect(e.retryAfterMs).toBeLessThanOrEqual(1050);
    }
    expect(seen).toHaveLength(5);
  });

  it('can be switched off', async () => {
    const c = client({ rateLimit: false });
    await Promise.all(Array.from({ length: 8 }, () => c.call(slowRead)));
    expect(seen).toHaveLength(8);
  });
});

// ---- secrets ----

describe('TencentClient secrecy', () => {
  it('never puts the URL, the usersig or the secret key into errors or events', async () => {
    const events: CallEvent[] = [];
    const errors: unknown[] = [];
    const echo = (req: Seen) => `${req.url.pathname}${req.url.search}`;

    // Upstream text that echoes the whole request URL, in an ErrorInfo and in a 502 page.
    handler = (req, res) => fail(res, 70003, `bad sig for ${echo(req)} ${req.url.searchParams.get('usersig')}`);
    errors.push(await caught(client({ onCall: (e) => events.push(e) }).call(rooms.getRoomInfo, 'r')));
    handler = (req, res) => json(res, `<html><body>upstream ${echo(req)} refused</body></html>`, 502);
    errors.push(await caught(client({ retries: 0, onCall: (e) => events.push(e) }).call(rooms.getRoomInfo, 'r')));
    handler = (_req, res) => json(res, 'nope');
    errors.push(await caught(client().call(rooms.getRoomInfo, 'r')));
    handler = (_req, _res, raw) => raw.socket.destroy();
    errors.push(await caught(client({ onCall: (e) => events.push(e) }).call(rooms.destroyRoom, 'r')));
    handler = () => undefined;
    errors.push(await caught(client({ timeoutMs: 100 }).call(rooms.destroyRoom, 'r')));
    handler = (_req, res) => json(res, 'down', 503);
    const flaky = client({ retries: 0, breaker: { failureThreshold: 1 } });
    await caught(flaky.call(rooms.getRoomInfo, 'r'));
    errors.push(await caught(flaky.call(rooms.getRoomInfo, 'r')));
    handler = (_req, res) => ok(res);
    const limited = client({ timeoutMs: 300 });
    const settled = await Promise.allSettled(Array.from({ length: 6 }, () => limited.call(slowRead)));
    errors.push(settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason);

    const sigs = new Set(seen.map((s) => s.url.searchParams.get('usersig') ?? ''));
    expect(errors.map((e) => (e as Error).name)).toEqual([
      'TencentApiError', 'UpstreamHttpStatusError', 'UpstreamProtocolError', 'UpstreamNetworkError',
      'UpstreamTimeoutError', 'UpstreamCircuitOpenError', 'UpstreamRateLimitedError',
    ]);
    for (const e of errors) {
      const err = e as Error;
      expect(err.cause).toBeUndefined();
      const printed = [
        String(err), err.message, err.stack ?? '', JSON.stringify(err), inspect(err, { showHidden: true, depth: 10 }),
      ].join('\n');
      expect(printed).not.toContain('usersig');
      expect(printed).not.toContain('sdkappid=');
      expect(printed).not.toContain(KEY);
      for (const sig of sigs) expect(printed).not.toContain(sig);
    }
    const printedEvents = JSON.stringify(events);
    expect(events.length).toBeGreaterThan(0);
    expect(printedEvents).not.toContain('usersig');
    for (const sig of sigs) expect(printedEvents).not.toContain(sig);
  });

  it('prints the client without the secret key', () => {
    const c = client();
    expect(inspect(c, { showHidden: true, depth: 10 })).not.toContain(KEY);
  });
});
