/**
 * Integration-test harness: a real gateway over HTTP, in emulator mode, against the embedded
 * emulator over HTTP. Operations are the typed documents generated from schema/operations.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway';
import { loadConfig } from '../../src/config';

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestGateway {
  gw: Gateway;
  url: string;
  adminToken: string;
  userToken(userId: string): string;
  /** Runs a typed operation as the admin unless `token` says otherwise (`null`: no header). */
  exec<T, V>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string | null): Promise<GqlResult<T>>;
  /** Runs raw GraphQL text. */
  raw<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  emulator: EmulatorControl;
  close(): Promise<void>;
}

export interface EmulatorControl {
  url: string;
  enter(roomId: string, userId: string, extra?: { nameCard?: string; customInfo?: string }): Promise<any>;
  leave(roomId: string, userId: string): Promise<any>;
  takeSeat(roomId: string, index: number, userId: string): Promise<any>;
  leaveSeat(roomId: string, index: number): Promise<any>;
  calls(): Promise<Record<string, number>>;
  resetCalls(): Promise<void>;
  fault(f: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  advanceClock(seconds: number): Promise<void>;
  setCallbackToken(token: string | null): Promise<void>;
}

/** A call of the emulator's control API that must succeed (ErrorCode 0). */
export async function control(base: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${base}/emulator/v1${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: any = await res.json();
  if (json.ErrorCode !== 0) throw new Error(`emulator control ${method} ${path}: ${json.ErrorCode} ${json.ErrorInfo}`);
  return json;
}

export function emulatorControl(base: string): EmulatorControl {
  const enc = encodeURIComponent;
  return {
    url: base,
    enter: (roomId, userId, extra = {}) => control(base, 'POST', `/rooms/${enc(roomId)}/members`, { userId, ...extra }),
    leave: (roomId, userId) => control(base, 'DELETE', `/rooms/${enc(roomId)}/members/${enc(userId)}`),
    takeSeat: (roomId, index, userId) => control(base, 'POST', `/rooms/${enc(roomId)}/seats/${index}`, { userId }),
    leaveSeat: (roomId, index) => control(base, 'DELETE', `/rooms/${enc(roomId)}/seats/${index}`),
    calls: async () => (await control(base, 'GET', '/calls')).Calls,
    resetCalls: async () => void (await control(base, 'DELETE', '/calls')),
    fault: async (f) => void (await control(base, 'POST', '/faults', f)),
    clearFaults: async () => void (await control(base, 'DELETE', '/faults')),
    advanceClock: async (seconds) => void (await control(base, 'POST', '/clock', { advanceSeconds: seconds })),
    setCallbackToken: async (token) => void (await control(base, 'PUT', '/callback-token', { token })),
  };
}

export async function startTestGateway(
  env: Record<string, string> = {},
  options: GatewayOptions = {},
): Promise<TestGateway> {
  const config = loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env });
  const gw = await createGateway(config, { seedDemo: false, ...options });
  const adminToken = gw.tokenFor(config.tencent.adminId);
  const post = async <T>(query: string, variables: unknown, token: string | null | undefined): Promise<GqlResult<T>> => {
    const t = token === undefined ? adminToken : token;
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(t === null ? {} : { authorization: `Bearer ${t}` }) },
      body: JSON.stringify({ query, variables }),
    });
    const json: any = await res.json();
    return { status: res.status, data: json.data, errors: json.errors };
  };
  return {
    gw,
    url: gw.url,
    adminToken,
    userToken: (userId) => gw.tokenFor(userId),
    exec: (doc, variables, token) => post(print(doc), variables, token),
    raw: (query, variables, token) => post(query, variables, token),
    emulator: emulatorControl(gw.emulator!.url),
    close: () => gw.close(),
  };
}

/** The one error of a result, asserting there is exactly one. */
export function onlyError(r: GqlResult<unknown>) {
  if (!r.errors || r.errors.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(r.errors ?? r.data)}`);
  return r.errors[0];
}
