/**
 * The endpoint Tencent delivers Conference callbacks to (`POST /callbacks/tencent`). It checks the
 * SDKAppID and, when a callback token is configured, the signature and its age; then invalidates
 * the cache entries the event changed, so clients' own changes (members entering, taking seats)
 * show up at once instead of after the TTL. It answers Tencent's expected `{"ActionStatus":"OK"…}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Secret } from '../secret';
import type { CallbackDecl } from '../wire/callbacks';
import { parseJsonKeepingBigIds } from '../wire/json';
import { effectOf, type CallbackEffect } from './events';
import { checkSign } from './signature';

export const CALLBACK_PATH = '/callbacks/tencent';
const MAX_BODY = 64 * 1024;

export interface ReceiverOptions {
  sdkAppId: number;
  /** The console's webhook authentication token; without it unsigned callbacks are accepted. */
  token: Secret | undefined;
  /** The callbacks of the products served; others are answered OK and ignored. */
  callbacks: readonly CallbackDecl[];
  apply: (effect: CallbackEffect) => Promise<void>;
  now?: () => number;
  onRejected?: (reason: string) => void;
}

function reply(res: ServerResponse, status: number, errorCode: number, errorInfo: string): void {
  const body = JSON.stringify({ ActionStatus: errorCode === 0 ? 'OK' : 'FAIL', ErrorInfo: errorInfo, ErrorCode: errorCode });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function createCallbackReceiver(o: ReceiverOptions) {
  const now = o.now ?? Date.now;
  const accepted: ReadonlySet<CallbackDecl> = new Set(o.callbacks);
  const reject = (res: ServerResponse, status: number, reason: string) => {
    o.onRejected?.(reason);
    reply(res, status, 1, reason);
  };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return reject(res, 405, 'callbacks are POSTed');
    const q = new URL(req.url ?? '/', 'http://localhost').searchParams;
    if (q.get('SdkAppid') !== String(o.sdkAppId)) return reject(res, 403, 'SdkAppid is not this gateway\'s');
    const command = q.get('CallbackCommand') ?? '';
    if (o.token) {
      const check = checkSign(o.token.reveal(), q.get('Sign'), q.get('RequestTime'), Math.floor(now() / 1000));
      if (!check.ok) return reject(res, 401, check.reason);
    }
    let text = '';
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return reject(res, 413, 'callback body too large');
      text += chunk;
    }
    let body: unknown;
    try {
      body = parseJsonKeepingBigIds(text);
    } catch {
      return reject(res, 400, 'callback body is not JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return reject(res, 400, 'callback body is not a JSON object');
    const effect = effectOf(accepted, command, body as Record<string, unknown>);
    if (effect) await o.apply(effect);
    reply(res, 200, 0, '');
  };
}
