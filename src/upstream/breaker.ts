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
  /**
   * The state changed (metrics, readiness). `probeAt` (the `now` clock) is when an open circuit lets
   * its next probe through; the state stays `open` until a call arrives after it.
   */
  onStateChange?: (state: BreakerState, probeAt?: number) => void;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

export function withBreaker(o: BreakerOptions & { now: () => number }): Layer {
  const threshold = Math.max(1, o.failureThreshold ?? 5);
  const resetAfterMs = Math.max(0, o.resetAfterMs ?? 5_000);
  let state: BreakerState = 'closed';
  let failures = 0;
  let openedAt = 0;
  const onStateChange = o.onStateChange;
  /** `renewed`: an open circuit opened again (a call that started before it opened failed too). */
  const become = (next: BreakerState, renewed = false): void => {
    if (next === state && !renewed) return;
    state = next;
    try {
      onStateChange?.(state, state === 'open' ? openedAt + resetAfterMs : undefined);
    } catch {
      // A broken hook must not fail the call.
    }
  };

  return (next) => async (call) => {
    let probe = false;
    if (state === 'open') {
      const wait = openedAt + resetAfterMs - o.now();
      if (wait > 0) throw new UpstreamCircuitOpenError(call.command, wait);
      become('half-open');
      probe = true;
    } else if (state === 'half-open') {
      // A probe is in flight; everyone else waits for its verdict.
      throw new UpstreamCircuitOpenError(call.command, 0);
    }

    try {
      const envelope = await next(call);
      failures = 0;
      become('closed');
      return envelope;
    } catch (err) {
      if (!isOutage(err)) {
        failures = 0;
        if (probe) become('closed');
      } else if (probe || ++failures >= threshold) {
        openedAt = o.now();
        become('open', true);
      }
      throw err;
    }
  };
}
