/**
 * Observation: one event per attempt, for logs and metrics. Events carry the command, timing and
 * Tencent's ErrorCode / RequestId (what support asks for) — never the URL or the sig.
 */
import type { Envelope } from '../wire/envelope';
import { TencentApiError } from './errors';
import type { Layer } from './layer';

export interface CallEvent {
  /** `'<servicename>/<command>'`. */
  command: string;
  durationMs: number;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  ok: boolean;
  errorCode?: number;
  requestId?: string;
  /** The error's class name when `ok` is false, e.g. `UpstreamTimeoutError`. */
  error?: string;
}

/**
 * One word for how an attempt ended, the same in metrics and traces: `ok`, Tencent's ErrorCode
 * (`100004`), or the error's class (`UpstreamTimeoutError`, `UpstreamCircuitOpenError`, …).
 */
export function outcomeOf(e: Pick<CallEvent, 'ok' | 'errorCode' | 'error'>): string {
  if (e.ok) return 'ok';
  return e.errorCode !== undefined ? String(e.errorCode) : (e.error ?? 'unknown');
}

export function observed(o: { now: () => number; onCall?: (e: CallEvent) => void }): Layer {
  const onCall = o.onCall;
  if (!onCall) return (next) => next;
  const emit = (e: CallEvent): void => {
    try {
      onCall(e);
    } catch {
      // A broken logger must not fail the call.
    }
  };

  return (next) => async (call) => {
    const started = o.now();
    let envelope: Envelope;
    try {
      envelope = await next(call);
    } catch (err) {
      const e: CallEvent = { command: call.command, durationMs: o.now() - started, attempt: call.attempt, ok: false };
      if (err instanceof TencentApiError) {
        e.errorCode = err.errorCode;
        e.requestId = err.requestId;
      }
      e.error = err instanceof Error ? err.name : 'unknown';
      emit(e);
      throw err;
    }
    emit({
      command: call.command, durationMs: o.now() - started, attempt: call.attempt, ok: true,
      errorCode: 0, requestId: envelope.RequestId,
    });
    return envelope;
  };
}
