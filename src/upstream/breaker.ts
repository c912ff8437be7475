/**
 * Circuit breaker: after `failureThreshold` consecutive outage failures (timeouts, socket errors,
 * non-200 answers, 100001/60008/60014 — see `isOutage`) calls fail fast with
 * `UpstreamCircuitOpenError` instead of queueing onto a dead upstream. After `resetAfterMs` one probe
 * is let through (half-open): its success closes the circuit, its failure opens it for another period.
 *
 * Any answer that proves Tencent is up — success, a business ErrorCode, Tencent's own rate limiting —
 * resets the count. One breaker per client, i.e. per SDKAppID and origin.
 */
import { UpstreamCircuitOpenError, isOutage } from './errors';
import type { Layer } from './layer';

export interface BreakerOptions {
  /** Consecutive outage failures that open the circuit; default 5. */
  failureThreshold?: number;
  /** How long it stays open before a probe; default 5000 ms. */
  resetAfterMs?: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export function withBreaker(o: BreakerOptions & { now: () => number }): Layer {
  const threshold = Math.max(1, o.failureThreshold ?? 5);
  const resetAfterMs = Math.max(0, o.resetAfterMs ?? 5_000);
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;

  return (next) => async (call) => {
    let probe = false;
    if (state === 'open') {
      const wait = openedAt + resetAfterMs - o.now();
      if (wait > 0) throw new UpstreamCircuitOpenError(call.command, wait);
      state = 'half-open';
      probe = true;
    } else if (state === 'half-open') {
      // A probe is in flight; everyone else waits for its verdict.
      throw new UpstreamCircuitOpenError(call.command, 0);
    }

    try {
      const envelope = await next(call);
      failures = 0;
      state = 'closed';
      return envelope;
    } catch (err) {
      if (!isOutage(err)) {
        failures = 0;
        if (probe) state = 'closed';
      } else if (probe || ++failures >= threshold) {
        state = 'open';
        openedAt = o.now();
      }
      throw err;
    }
  };
}
