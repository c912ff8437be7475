/**
 * The Tencent REST client: `call(command, ...args)` runs one declared command
 * (src/commands) against Tencent or the emulator and resolves with its parsed answer, or rejects
 * with an `UpstreamError` (errors.ts).
 *
 * Every cross-cutting concern is its own small layer around `send` (transport.ts), listed below in
 * one place. The order, outermost first:
 *
 *   retrying     reads only, transient failures, backoff with jitter, within the deadline
 *   traced       one OpenTelemetry span per attempt (a no-op without an SDK)
 *   observed     one onCall event per attempt
 *   rateLimited  each attempt waits for its turn under the command's per-second limit
 *   withBreaker  fail fast while the upstream is down; half-open probes
 *   withDeadline abort the HTTP exchange when the call's budget runs out
 *   send         sign, POST over the undici Pool, check the envelope
 *
 * DESIGN.md sketches `rateLimited(retrying(…))`. Here the limiter sits inside the retries because
 * Tencent counts every attempt against the per-second limit, retries included; with the limiter
 * outside, a burst of retries after 100001/60018 would go out unmetered exactly when the backend
 * is struggling. The deadline is set once per call, so queueing, backoff and attempts share it.
 */
import type { Secret } from '../secret';
import { createAdminSig } from './admin-sig';
import { withBreaker, type BreakerState } from './breaker';
import { commandPath, type AnyCommand, type Command } from '../commands/command';
import { withDeadline } from './deadline';
import { UpstreamProtocolError } from './errors';
import { compose } from './layer';
import { observed } from './observe';
import type { CallEvent } from './observe';
import { rateLimited } from './rate-limit';
import { retrying } from './retry';
import { traced } from './trace';
import { createTransport } from './transport';

export interface TencentClientOptions {
  /** `https://adminapisgp.im.qcloud.com`, or the emulator's `http://127.0.0.1:<port>`; a path prefix is kept. */
  baseUrl: string;
  sdkAppId: number;
  secretKey: Secret;
  /** An App administrator account (60010 otherwise). */
  adminId: string;
  /** Budget per call across all attempts; default 5000 — above Tencent's 3 s backend timeout (spec §2.2). */
  timeoutMs?: number;
  /** undici Pool size (keep-alive connections); default 16. */
  connections?: number;
  /** Extra attempts for reads on transient failures; default 2. Writes are never retried. */
  retries?: number;
  /** Consecutive outage failures that open the circuit (default 5) and how long it stays open (default 5000 ms). */
  breaker?: { failureThreshold?: number; resetAfterMs?: number };
  /** Local per-command limit at the command's `perSecond`; default true. */
  rateLimit?: boolean;
  /** How long a call may wait for its turn under that limit before it fails as rate limited; default 2000 ms. */
  rateLimitWaitMs?: number;
  /** One event per attempt, for logging/metrics; never carries the URL or the sig. */
  onCall?: (e: CallEvent) => void;
  /** A call waits `waitMs` for its turn under the command's per-second limit (metrics). */
  onRateLimitWait?: (command: string, waitMs: number) => void;
  /** A call is refused by the local limiter (`RATE_LIMITED`) (metrics). */
  onRateLimitRefused?: (command: string) => void;
  /** The circuit breaker changed state; `probeAt` (the `now` clock) is when an open circuit lets a probe through. */
  onBreakerState?: (state: BreakerState, probeAt?: number) => void;
  /** Clock in ms since the epoch; default `Date.now`. */
  now?: () => number;
  /** Larger success bodies are a protocol error; default 4 MiB. */
  maxResponseBytes?: number;
}

export interface TencentClient {
  call<A extends unknown[], R>(cmd: Command<A, R>, ...args: A): Promise<R>;
  /** Waits for calls in flight, then closes the connections; later calls fail. */
  close(): Promise<void>;
}

export function createTencentClient(options: TencentClientOptions): TencentClient {
  const o = validated(options);
  const now = o.now ?? Date.now;
  const timeoutMs = o.timeoutMs ?? 5_000;

  const transport = createTransport({
    baseUrl: o.baseUrl,
    sdkAppId: o.sdkAppId,
    adminId: o.adminId,
    adminSig: createAdminSig({ sdkAppId: o.sdkAppId, secretKey: o.secretKey, identifier: o.adminId, now }),
    secretKey: o.secretKey,
    connections: o.connections ?? 16,
    timeoutMs,
    maxResponseBytes: o.maxResponseBytes ?? 4 * 1024 * 1024,
  });

  const pipeline = compose(
    [
      retrying({ retries: o.retries ?? 2, now }),
      traced(),
      observed({ now, onCall: o.onCall }),
      rateLimited({
        now, enabled: o.rateLimit !== false, maxWaitMs: o.rateLimitWaitMs ?? 2_000,
        onWait: o.onRateLimitWait, onRefused: o.onRateLimitRefused,
      }),
      withBreaker({ ...o.breaker, now, onStateChange: o.onBreakerState }),
      withDeadline({ now }),
    ],
    transport.send,
  );

  return {
    async call<A extends unknown[], R>(cmd: Command<A, R>, ...args: A): Promise<R> {
      const command = commandPath(cmd);
      const startedAt = now();
      const envelope = await pipeline({
        cmd: cmd as unknown as AnyCommand,
        command,
        body: cmd.body(...args),
        startedAt,
        deadline: startedAt + timeoutMs,
        attempt: 1,
      });
      try {
        return cmd.parse(envelope);
      } catch {
        throw new UpstreamProtocolError(command, 'Response does not have the documented shape');
      }
    },
    close: () => transport.close(),
  };
}

function validated(o: TencentClientOptions): TencentClientOptions {
  const bad = (what: string): never => {
    throw new TypeError(`createTencentClient: ${what}`);
  };
  if (!Number.isSafeInteger(o.sdkAppId) || o.sdkAppId <= 0) bad('sdkAppId must be a positive integer');
  if (typeof o.adminId !== 'string' || o.adminId === '') bad('adminId must be a non-empty string');
  if (!o.secretKey || typeof o.secretKey.reveal !== 'function' || o.secretKey.reveal() === '') {
    bad('secretKey must be a non-empty Secret');
  }
  if (o.timeoutMs !== undefined && !(o.timeoutMs > 0)) bad('timeoutMs must be positive');
  if (o.connections !== undefined && !(Number.isInteger(o.connections) && o.connections >= 1)) {
    bad('connections must be an integer ≥ 1');
  }
  if (o.retries !== undefined && !(Number.isInteger(o.retries) && o.retries >= 0)) bad('retries must be an integer ≥ 0');
  return o;
}
