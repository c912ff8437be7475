/**
 * The endpoint Tencent delivers Conference callbacks to (`POST /callbacks/tencent`). It checks the
 * SDKAppID and, when a callback token is configured, the signature and its age; then invalidates
 * the cache entries the event changed, so clients' own changes (members entering, taking seats)
 * show up at once instead of after the TTL. It answers Tencent's expected `{"ActionStatus":"OK"…}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Secret } from '../secret';
import { callbackNamed, type CallbackDecl } from '../wire/callbacks';
import { parseJsonKeepingBigIds } from '../wire/json';
import { effectOf, type CallbackEffect } from './events';
import { checkSign } from './signature';

export const CALLBACK_PATH = '/callbacks/tencent';
const MAX_BODY = 64 * 1024;

export interface ReceiverOptions {
  sdkAppId: number;
  /** The console's webhook authentication token; without it callbacks are refused unless `allowUnsigned`. */
  token: Secret | undefined;
  /** Accept unsigned callbacks when there is no token (explicitly configured only). */
  allowUnsigned?: boolean;
  /** The callbacks of the products served; any other command is refused (400). */
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

/**
 * The docs spell the query parameters two ways (spec §10: `SdkAppid`/`CallbackCommand` on every
 * callback page, `SdkAppId`/`WebhookCommand` in the 64412 table), and every body repeats
 * `CallbackCommand` (spec §5.1): accept them all; when two are given they must agree.
 */
function commandOf(q: URLSearchParams, body: Record<string, unknown>): { command: string } | { problem: string } {
  const named = [q.get('CallbackCommand'), q.get('WebhookCommand'), typeof body.CallbackCommand === 'string' ? body.CallbackCommand : null]
    .filter((c): c is string => c !== null && c !== '');
  if (named.length === 0) return { problem: 'the callback names no command (CallbackCommand)' };
  if (new Set(named).size > 1) return { problem: 'the callback names two different commands' };
  return { command: named[0] };
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
    if ((q.get('SdkAppid') ?? q.get('SdkAppId')) !== String(o.sdkAppId)) return reject(res, 403, 'SdkAppid is not this gateway\'s');
    if (o.token) {
      const check = checkSign(o.token.reveal(), q.get('Sign'), q.get('RequestTime'), Math.floor(now() / 1000));
      if (!check.ok) return reject(res, 401, check.reason);
    } else if (!o.allowUnsigned) {
      // Unsigned, anyone who can reach this URL could wipe cache entries and fake events at will.
      return reject(res, 401, 'unsigned callbacks are refused: set ROOMGRAPH_CALLBACK_TOKEN (or ROOMGRAPH_CALLBACKS_ALLOW_UNSIGNED=true)');
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
    const named = commandOf(q, body as Record<string, unknown>);
    if ('problem' in named) return reject(res, 400, named.problem);
    const decl = callbackNamed(named.command);
    if (!decl || !accepted.has(decl)) return reject(res, 400, 'unknown callback command');
    const effect = effectOf(accepted, named.command, body as Record<string, unknown>);
    if (!effect) return reject(res, 400, `${decl.name} names no room`);
    await o.apply(effect);
    reply(res, 200, 0, '');
  };
}
