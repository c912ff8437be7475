/**
 * Outbound webhooks (spec §5, §9, §10, D6). Each callback belongs to one product
 * (src/wire/callbacks.ts); once that product's callback configuration exists (`room_config` for
 * Conference, `live_config` for Live), every event it enables is POSTed to its Url with the query
 * `SdkAppid`, `CallbackCommand`, `contenttype=json`, `ClientIP`, `OptPlatform`, plus `Sign` /
 * `RequestTime` when the app has a callback token (D6: the same scheme for both products).
 * `Live.CallbackAfterChangeOwner`'s URL carries neither `ClientIP` nor `OptPlatform` (647/72553).
 *
 * Delivery is fire-and-forget: it never delays or fails the REST answer. One POST per event, 3 s
 * timeout, no retry (D6). Deliveries of one app run one after another, so a receiver sees them in
 * event order. The last 200 outcomes are kept per app for GET /emulator/v1/callbacks.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { callbackSign } from '../wire/callback-sign';
import { LiveCallbacks, type CallbackDecl } from '../wire/callbacks';
import type { Clock } from './clock';
import type { Platform } from './context';
import type { Rec } from './input';
import type { AppState, Delivery } from './state';

const TIMEOUT_MS = 3000;
const LOG_SIZE = 200;

export class CallbackSender {
  private readonly inflight = new Set<http.ClientRequest>();
  private closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly log?: (line: string) => void,
  ) {}

  /** Queues the event for the receiver its product configured, if that configuration enables it. */
  send(state: AppState, callback: CallbackDecl, body: Rec, platform: Platform, eventTime: number): void {
    const command = callback.name;
    const cfg = state.callbackConfigs.get(callback.product);
    if (this.closed || !cfg || !cfg.commands.includes(command)) return;
    const url = cfg.url;
    const shownUrl = ((u) => `${u.origin}${u.pathname}`)(new URL(url)); // no credentials, no query
    const payload = JSON.stringify(body);
    const generation = state.generation;
    const record = (outcome: { status?: number; error?: string }): void => {
      if (state.generation !== generation) return;
      const d: Delivery = { command, url: shownUrl, optPlatform: platform, ...outcome, eventTime };
      state.deliveries.push(d);
      if (state.deliveries.length > LOG_SIZE) state.deliveries.splice(0, state.deliveries.length - LOG_SIZE);
      this.log?.(`callback ${command} -> ${outcome.status ?? outcome.error}`);
    };
    state.deliveryChain = state.deliveryChain
      .then(() => this.post(this.target(state, url, command, platform), payload))
      .then((status) => record({ status }), (e: Error) => record({ error: e.message }));
  }

  /** Aborts deliveries in flight and drops queued ones. */
  close(): void {
    this.closed = true;
    for (const req of this.inflight) req.destroy(new Error('emulator closed'));
    this.inflight.clear();
  }

  private target(state: AppState, url: string, command: string, platform: Platform): URL {
    const u = new URL(url);
    u.searchParams.set('SdkAppid', String(state.sdkAppId));
    u.searchParams.set('CallbackCommand', command);
    u.searchParams.set('contenttype', 'json');
    if (command !== LiveCallbacks.ownerChanged.name) {
      u.searchParams.set('ClientIP', '127.0.0.1');
      u.searchParams.set('OptPlatform', platform);
    }
    const token = state.callbackToken?.reveal();
    if (token) {
      const requestTime = this.clock.wallSeconds(); // the wall clock, not the emulated one
      u.searchParams.set('Sign', callbackSign(token, requestTime));
      u.searchParams.set('RequestTime', String(requestTime));
    }
    return u;
  }

  /** One POST; resolves with the HTTP status, rejects on network error or the 3 s timeout. */
  private post(u: URL, payload: string): Promise<number> {
    if (this.closed) return Promise.reject(new Error('emulator closed'));
    return new Promise((resolve, reject) => {
      const mod = u.protocol === 'https:' ? https : http;
      const req = mod.request(u, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      });
      this.inflight.add(req);
      let settled = false;
      const finish = (settle: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inflight.delete(req);
        settle();
      };
      const timer = setTimeout(() => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => finish(() => resolve(res.statusCode ?? 0)));
        res.on('close', () => finish(() => reject(new Error('connection closed before the answer ended'))));
      });
      req.on('error', (e) => finish(() => reject(e)));
      req.end(payload);
    });
  }
}
