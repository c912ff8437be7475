/**
 * The REST front: `POST /v4/<servicename>/<command>?sdkappid&identifier&usersig&random&contenttype=json`.
 *
 * Checks, in the order of spec §11: method and URL (60002; a path that is not /v4/<s>/<c>: 60009)
 * → JSON body, which must be an object (60003) → sdkappid (missing 60012, unknown 60006) → UserSig
 * per D5 (undecodable, missing, identifier or sdkappid mismatch 60004; expired 70001; HMAC mismatch
 * 70003) → administrator (60010) → D4 rate limit (60007) → the command (unknown: 60009). Every
 * answer is HTTP 200 with the envelope; command data sits in `Response`. Commands are routed by
 * their declaration's `service/name` (products.ts lists the handlers).
 *
 * A call is counted (RunningEmulator.calls), logged (GET /emulator/v1/calls?log=1) and matched
 * against injected faults as soon as its path and a configured sdkappid are known, so failed and
 * faulted calls count too. Past a handler's per-second limit the answer is its `limitCode`:
 * 60007, or 100012 for the 1/s gift commands (D4).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { ErrorCodes, failEnvelope, okEnvelope, type Envelope } from '../wire/envelope';
import { verifyUserSig, type UserSigFailure } from '../wire/usersig';
import type { Ctx } from './context';
import { handleControl } from './control';
import { EmuError } from './errors';
import { faultInfo, type Fault } from './faults';
import type { Handler } from './handler';
import { jsonObject, readBody, sendJson, sendRaw } from './http-util';
import type { Rec } from './input';
import { ROUTES } from './products';
import { logCall, type CallLogEntry } from './state';
import { makeCtx, type World } from './world';

const SIG_FAILURES: Record<UserSigFailure, [number, string]> = {
  malformed: [ErrorCodes.BAD_ACCOUNT_OR_SIG, 'usersig cannot be decoded'],
  'bad-identifier': [ErrorCodes.BAD_ACCOUNT_OR_SIG, 'usersig names an invalid identifier'],
  'identifier-mismatch': [ErrorCodes.BAD_ACCOUNT_OR_SIG, 'usersig was not issued for this identifier'],
  'sdkappid-mismatch': [ErrorCodes.BAD_ACCOUNT_OR_SIG, 'usersig was not issued for this sdkappid'],
  expired: [ErrorCodes.USERSIG_EXPIRED, 'usersig has expired'],
  'bad-signature': [ErrorCodes.USERSIG_INVALID, 'usersig signature is invalid'],
};

export function requestListener(world: World): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(world, req, res).catch((e: unknown) => {
      world.log?.(`internal error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, 200, failEnvelope(ErrorCodes.INTERNAL, 'internal server error, please retry'));
    });
  };
}

async function handle(world: World, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://emulator');
  } catch {
    sendJson(res, 200, failEnvelope(ErrorCodes.HTTP_PARSE, 'the request URL cannot be parsed'));
    return;
  }
  if (url.pathname.startsWith('/emulator/')) return handleControl(world, req, res, url, body);
  const started = Date.now();
  const q = url.searchParams;
  const path = /^\/v4\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  const key = path ? `${path[1]}/${path[2]}` : url.pathname;
  const sdkParam = q.get('sdkappid');
  const app = path && sdkParam && /^\d{1,12}$/.test(sdkParam) ? world.apps.get(Number(sdkParam)) : undefined;

  let logged: CallLogEntry | undefined;
  const answer = (env: Envelope): void => {
    if (logged) logged.errorCode = env.ErrorCode;
    sendJson(res, 200, env);
    world.log?.(
      `${req.method} ${key} sdkappid=${sdkParam ?? '-'} identifier=${q.get('identifier') ?? '-'} -> ` +
        `${env.ErrorCode} (${Date.now() - started} ms)`,
    );
  };
  const fail = (code: number, info: string): void => answer(failEnvelope(code, info));

  if (req.method !== 'POST') return fail(ErrorCodes.HTTP_PARSE, `HTTP method ${req.method} is not supported; use POST`);
  if (!path) return fail(ErrorCodes.BAD_RESOURCE, `unknown resource ${url.pathname}; expected /v4/<servicename>/<command>`);

  if (app) {
    app.calls.set(key, (app.calls.get(key) ?? 0) + 1);
    logged = logCall(app, key, world.clock.now());
    const fault = app.faults.take(key);
    if (fault && (await applyFault(world, key, fault, req, res, answer))) return;
  }

  const json = jsonObject(body);
  if (typeof json === 'string') return fail(ErrorCodes.JSON_PARSE, json);
  if (!sdkParam) return fail(ErrorCodes.SDKAPPID_MISSING, 'the URL must carry sdkappid');
  if (!app) return fail(ErrorCodes.INVALID_SDKAPPID, `sdkappid ${sdkParam} is not a valid SDKAppID`);

  const identifier = q.get('identifier');
  const usersig = q.get('usersig');
  if (!identifier) return fail(ErrorCodes.BAD_ACCOUNT_OR_SIG, 'the URL must carry identifier');
  if (!usersig) return fail(ErrorCodes.BAD_ACCOUNT_OR_SIG, 'the URL must carry usersig');
  const check = verifyUserSig(usersig, {
    sdkAppId: app.sdkAppId,
    secretKey: app.secretKey.reveal(),
    identifier,
    now: world.clock.nowSeconds(),
  });
  if (!check.ok) {
    const [code, info] = SIG_FAILURES[check.reason];
    return fail(code, `${info} (identifier '${identifier}')`);
  }
  if (!app.adminIds.has(identifier)) {
    return fail(ErrorCodes.ADMIN_REQUIRED, `identifier '${identifier}' is not an App administrator`);
  }

  const def = ROUTES.get(key); // a Map: `__proto__` and `constructor` are unknown commands
  if (def?.perSecond !== undefined && world.rateLimits && !app.rate.allow(key, def.perSecond, world.clock.now())) {
    return fail(def.limitCode ?? ErrorCodes.RATE_LIMITED, `${key} is limited to ${def.perSecond} calls per second per SDKAppID`);
  }
  if (!def) return fail(ErrorCodes.BAD_RESOURCE, `unknown command ${key}`);
  answer(run(makeCtx(world, app, identifier, 'RESTAPI'), def, json));
}

function run(ctx: Ctx, def: Handler, body: Rec): Envelope {
  try {
    const data = def.run(ctx, body);
    const env = okEnvelope(data);
    // D1: the gift getters' data also at the top level (never over the envelope's own fields).
    return def.topLevel && data ? { ...data, ...env } : env;
  } catch (e) {
    if (e instanceof EmuError) return failEnvelope(e.code, e.info);
    throw e;
  }
}

/** Applies an injected fault; true when it answered (or dropped) the call instead of the command. */
async function applyFault(
  world: World,
  key: string,
  f: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  answer: (env: Envelope) => void,
): Promise<boolean> {
  if (f.delayMs) {
    world.log?.(`fault: delaying ${key} by ${f.delayMs} ms`);
    await world.sleep(f.delayMs);
  }
  if (f.dropConnection) {
    req.socket.destroy();
    world.log?.(`fault: dropped the connection of ${key}`);
    return true;
  }
  if (f.httpStatus !== undefined || f.rawBody !== undefined) {
    const status = f.httpStatus ?? 200;
    const text = STATUS_CODES[status] ?? 'Error';
    sendRaw(res, status, f.rawBody ?? `<html><head><title>${status} ${text}</title></head><body>${status} ${text}</body></html>`);
    world.log?.(`fault: answered ${key} with HTTP ${status}`);
    return true;
  }
  if (f.errorCode !== undefined) {
    answer(failEnvelope(f.errorCode, faultInfo(f)));
    return true;
  }
  return false;
}
