/**
 * Deadline: each attempt may use only what is left of the call's budget (`timeoutMs`, counted from
 * `call()` across all retries and waits). The REST backend gives up after 3 s (spec §2.2), so the
 * default 5 s budget lets one slow answer arrive rather than cutting it off.
 *
 * The HTTP exchange is aborted through `call.signal`; the race makes the deadline hold even if the
 * layer below ignored the signal.
 */
import type { Envelope } from '../wire/envelope';
import { UpstreamTimeoutError } from './errors';
import type { Layer } from './layer';

export function withDeadline(o: { now: () => number }): Layer {
  return (next) => async (call) => {
    const budget = call.deadline - call.startedAt;
    const remaining = call.deadline - o.now();
    if (remaining <= 0) throw new UpstreamTimeoutError(call.command, budget);

    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new UpstreamTimeoutError(call.command, budget));
      }, remaining);
    });
    try {
      return await Promise.race<Envelope>([next({ ...call, signal: controller.signal }), expired]);
    } catch (err) {
      // Whatever the abort surfaced as below (undici's AbortError, a socket error), it was our deadline.
      if (controller.signal.aborted) throw new UpstreamTimeoutError(call.command, budget);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };
}
