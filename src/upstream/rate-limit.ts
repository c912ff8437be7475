/**
 * Local rate limit per command, at the command's documented calls per second (spec §16; the
 * emulator answers 60007 beyond it, or 100012 for the 1/s gift commands, D4), so the gateway is
 * never the reason Tencent refuses a call. Over the limit a call waits for its turn if that turn
 * comes within `maxWaitMs` and before the call's deadline; otherwise it fails at once with
 * `UpstreamRateLimitedError`, whose `retryAfterMs` says when its turn would have come. A burst of
 * requests for a 1/s command thus costs a second or two of waiting, not a queue that grows without
 * end.
 *
 * A sliding window rather than a token bucket: a bucket holding a full second of tokens can let
 * 2 × perSecond calls through within one second (a full burst, then the refill), which a server
 * counting over any one-second window would refuse. Here the n-th call after any call starts at
 * least 1000 ms after it, so no one-second window — fixed or sliding — ever sees more than perSecond.
 * Turns are handed out in arrival order; each waiting call holds only its reserved start time.
 *
 * Tencent counts per SDKAppID across all callers; this limiter sees one process only.
 */
import { UpstreamRateLimitedError } from './errors';
import type { Layer } from './layer';

/**
 * One second plus headroom for transit: calls are paced here when they are sent, but Tencent counts
 * them when they arrive, and concurrent requests on different sockets arrive reordered by a few
 * milliseconds. Measured with `npm run bench` (room-details-no-cache): with an exact 1000 ms window
 * about 1 call in 100 still drew 60007 from the emulator; with 50 ms of headroom none did.
 */
const WINDOW_MS = 1_050;

export interface RateLimitHooks {
  /** A call waits `waitMs` for its turn (metrics); never called for a call that goes at once. */
  onWait?: (command: string, waitMs: number) => void;
  /** A call is refused: its turn would come after its deadline or past `maxWaitMs`. */
  onRefused?: (command: string) => void;
}

export function rateLimited(o: { now: () => number; enabled?: boolean; maxWaitMs?: number } & RateLimitHooks): Layer {
  const maxWaitMs = Math.max(0, o.maxWaitMs ?? Infinity);
  if (o.enabled === false) return (next) => next;
  /** Per command: start times of its last `perSecond` calls (some may lie in the future), ascending. */
  const recent = new Map<string, number[]>();

  return (next) => async (call) => {
    const limit = call.cmd.perSecond;
    if (limit === undefined || !(limit > 0)) return next(call);
    let starts = recent.get(call.command);
    if (!starts) recent.set(call.command, (starts = []));

    const now = o.now();
    const slot = starts.length < limit ? now : Math.max(now, starts[starts.length - limit] + WINDOW_MS);
    if (slot >= call.deadline || slot - now > maxWaitMs) {
      notify(o.onRefused, call.command);
      throw new UpstreamRateLimitedError(call.command, limit, slot - now);
    }
    starts.push(slot);
    if (starts.length > limit) starts.splice(0, starts.length - limit);

    if (slot > now) {
      notify(o.onWait, call.command, slot - now);
      await new Promise((resolve) => setTimeout(resolve, slot - now));
    }
    return next(call);
  };
}

/** Runs a metrics hook; a broken hook must not fail the call. */
function notify<A extends unknown[]>(hook: ((...args: A) => void) | undefined, ...args: A): void {
  try {
    hook?.(...args);
  } catch {
    // ignored
  }
}
