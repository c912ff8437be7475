/**
 * Tracing: one OpenTelemetry span per attempt (CLIENT kind), named after the command, with
 * `tencent.command`, `tencent.attempt`, and on the way out `tencent.error_code`,
 * `tencent.request_id` and `roomgraph.upstream.outcome` (observe.ts's `outcomeOf`). A failed
 * attempt's span has status ERROR with the error's class as its message — never an error message,
 * a URL or the sig. Without an OpenTelemetry SDK registered the API is a no-op.
 *
 * The span is a child of whatever span is active when the call starts (the GraphQL operation's,
 * when an SDK's context manager carries it there).
 */
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { TencentApiError } from './errors';
import type { Layer } from './layer';
import { outcomeOf } from './observe';

export function traced(): Layer {
  // A proxy: spans go to whichever tracer provider is registered when they start.
  const tracer = trace.getTracer('roomgraph.upstream');
  return (next) => async (call) => {
    const span = tracer.startSpan(call.command, {
      kind: SpanKind.CLIENT,
      attributes: { 'tencent.command': call.command, 'tencent.attempt': call.attempt },
    });
    try {
      const envelope = await next(call);
      span.setAttributes({ 'tencent.error_code': 0, 'roomgraph.upstream.outcome': 'ok' });
      if (typeof envelope.RequestId === 'string') span.setAttribute('tencent.request_id', envelope.RequestId);
      return envelope;
    } catch (err) {
      const error = err instanceof Error ? err.name : 'unknown';
      const tencent = err instanceof TencentApiError ? err : undefined;
      span.setAttribute('roomgraph.upstream.outcome', outcomeOf({ ok: false, errorCode: tencent?.errorCode, error }));
      if (tencent) {
        span.setAttribute('tencent.error_code', tencent.errorCode);
        if (tencent.requestId) span.setAttribute('tencent.request_id', tencent.requestId);
      }
      span.setStatus({ code: SpanStatusCode.ERROR, message: error });
      throw err;
    } finally {
      span.end();
    }
  };
}
