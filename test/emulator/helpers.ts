/**
 * Local helpers for the emulator suites: start an emulator on a free port, sign and POST REST
 * calls with a real UserSig, drive the control API, and receive callbacks on a real HTTP server.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';
import { genUserSig } from '../../src/wire/usersig';

export const APP = { sdkAppId: 1400000001, secretKey: 'emulator-test-secret', adminIds: ['administrator'] };
export const ADMIN = 'administrator';

export type Json = Record<string, any>;

export function start(o: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  return startEmulator({ apps: [APP], ...o });
}

/** A frozen, steppable base clock (ms). */
export function manualClock(startMs = Date.UTC(2025, 0, 6, 9, 0, 0)): { now: () => number; set(ms: number): void } {
  let t = startMs;
  return { now: () => t, set: (ms) => (t = ms) };
}

export interface CallOptions {
  sdkAppId?: number;
  identifier?: string;
  usersig?: string;
  /** The key to sign with (default: APP's). */
  secretKey?: string;
  /** Extra or replacement query parameters; `null` removes one. */
  query?: Record<string, string | null>;
  /** A raw body instead of JSON.stringify(body). */
  rawBody?: string;
  method?: string;
  /** Unix seconds the usersig is issued at (defaults to now). */
  sigTime?: number;
}

export function restUrl(emu: RunningEmulator, path: string, o: CallOptions = {}): string {
  const sdkAppId = o.sdkAppId ?? APP.sdkAppId;
  const identifier = o.identifier ?? ADMIN;
  const usersig = o.usersig ?? genUserSig({ sdkAppId, secretKey: o.secretKey ?? APP.secretKey, identifier, now: o.sigTime });
  const q = new URLSearchParams({
    sdkappid: String(sdkAppId), identifier, usersig, random: String(Math.floor(Math.random() * 2 ** 32)), contenttype: 'json',
  });
  for (const [k, v] of Object.entries(o.query ?? {})) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  return `${emu.url}${path}?${q}`;
}

/** One REST call: `POST /v4/<service>/<command>`, answering the parsed envelope. */
export async function rest(emu: RunningEmulator, cmd: string, body: unknown = {}, o: CallOptions = {}): Promise<Json> {
  const res = await fetch(restUrl(emu, `/v4/${cmd}`, o), {
    method: o.method ?? 'POST',
    headers: { 'content-type': 'application/json' },
    body: o.method === 'GET' ? undefined : (o.rawBody ?? JSON.stringify(body)),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/** Expects an OK envelope and returns its `Response` (or {}). */
export async function ok(emu: RunningEmulator, cmd: string, body: unknown = {}, o: CallOptions = {}): Promise<Json> {
  const env = await rest(emu, cmd, body, o);
  expect({ code: env.ErrorCode, info: env.ErrorInfo }).toEqual({ code: 0, info: '' });
  expect(env.ActionStatus).toBe('OK');
  return (env.Response ?? {}) as Json;
}

/** Expects a FAIL envelope with `code`; returns it. */
export async function fails(emu: RunningEmulator, cmd: string, body: unknown, code: number, o: CallOptions = {}): Promise<Json> {
  const env = await rest(emu, cmd, body, o);
  expect({ code: env.ErrorCode, status: env.ActionStatus }).toEqual({ code, status: 'FAIL' });
  expect(typeof env.ErrorInfo).toBe('string');
  expect(env.ErrorInfo.length).toBeGreaterThan(0);
  expect(env.RequestId).toMatch(/^Id-[0-9a-f]{32}-O-Seq-\d+$/);
  return env;
}

/** A control-API call; answers status and parsed body. */
export async function control(
  emu: RunningEmulator, method: string, path: string, body?: unknown, sdkAppId?: number,
): Promise<Json> {
  const q = sdkAppId === undefined ? '' : `?sdkappid=${sdkAppId}`;
  const res = await fetch(`${emu.url}/emulator/v1/${path}${q}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { httpStatus: res.status, ...((await res.json()) as Json) };
}

export const enter = (emu: RunningEmulator, roomId: string, userId: string, extra: Json = {}): Promise<Json> =>
  control(emu, 'POST', `rooms/${encodeURIComponent(roomId)}/members`, { userId, ...extra });

export async function createRoom(emu: RunningEmulator, roomId: string, info: Json = {}, extra: Json = {}): Promise<void> {
  await ok(emu, 'room_engine_http_srv/create_room', { RoomInfo: { RoomId: roomId, RoomType: 'Conference', ...info }, ...extra });
}

export interface Received {
  query: URLSearchParams;
  body: Json;
  path: string;
}

/**
 * A callback receiver: `next()` resolves with the next request (queued if it came earlier).
 * `hang: true` never answers, to show deliveries do not hold up the REST answer.
 */
export async function receiver(o: { hang?: boolean } = {}): Promise<{
  url: string;
  next(): Promise<Received>;
  close(): Promise<void>;
}> {
  const queue: Received[] = [];
  const waiters: ((r: Received) => void)[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const r = { query: u.searchParams, path: u.pathname, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json };
      const w = waiters.shift();
      if (w) w(r);
      else queue.push(r);
      if (!o.hang) {
        res.setHeader('content-type', 'application/json');
        res.end('{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    next: () => {
      const r = queue.shift();
      return r ? Promise.resolve(r) : new Promise<Received>((resolve) => waiters.push(resolve));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
