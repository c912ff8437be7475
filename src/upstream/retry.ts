/**
 * Retries: reads only (`kind: 'read'`), only transient failures (`isRetryable`), at most `retries`
 * more attempts, exponential backoff with jitter, and never past the call's deadline. Writes are
 * never retried: a write that timed out or lost its socket may still have happened.
 */
import { isRetryable } from './errors';
import type { Layer } from './layer';

export interface RetryOptions {
  /** Extra attempts after the first; default 2. */
  retries?: number;
  /** Backoff before retry n is drawn from [base·2^(n-1)/2, base·2^(n-1)]; default 50 ms. */
  baseDelayMs?: number;
  now: () => number;
  random?: () => number;
}

export function retrying(o: RetryOptions): Layer {
  const retries = Math.max(0, o.retries ?? 2);
  const base = Math.max(0, o.baseDelayMs ?? 50);
  const random = o.random ?? Math.random;

  return (next) => async (call) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next({ ...call, attempt });
      } catch (err) {
        if (call.cmd.kind !== 'read' || attempt > retries || !isRetryable(err)) throw err;
        // "Equal jitter": half the exponential step fixed, half random, so retries spread out but
        // never bunch up at zero.
        const step = base * 2 ** (attempt - 1);
        const delay = step / 2 + random() * (step / 2);
        if (o.now() + delay >= call.deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };
}
