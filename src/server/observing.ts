/**
 * Metrics and tracing of GraphQL requests over HTTP, per request and never per field:
 * - `around` wraps one request at the HTTP edge (http.ts): the in-flight gauge, the duration, and a
 *   SERVER span made the active span while the request runs, so upstream spans (upstream/trace.ts)
 *   are its children when an OpenTelemetry SDK carries context;
 * - `plugin` tells it, from inside Apollo, the operation's name and type and the outcome: the code
 *   the client got for the first error (`clientCodeOf`, as the request log reads it), or `OK`.
 * A request that fails before Apollo's pipeline (body too large, not JSON, CSRF refusal), or whose
 * context could not be made (a bad token: 401), is labelled by its HTTP status.
 *
 * `wsOperation` spans an operation over a WebSocket (subscriptions/ws-server.ts runs its execution
 * inside the span); its metrics are the WebSocket edge's own.
 *
 * The edge tells the plugin which request is which by handing over Apollo's HTTPGraphQLRequest
 * (`watch`), not through an AsyncLocalStorage: on Node 20 a store turns on promise hooks for every
 * promise in the process (BENCHMARKS.md).
 */
import { SpanKind, SpanStatusCode, context, trace, type Span } from '@opentelemetry/api';
import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../graphql/context';
import type { GatewayMetrics } from '../observability/metrics';
import { OPERATION_NAME } from '../observability/labels';
import { clientCodeOf } from './errors';

interface Operation {
  readonly started: bigint;
  readonly span: Span;
  name?: string | null;
  type?: string;
  /** Set by the plugin; undefined when Apollo's pipeline never ran. */
  outcome?: string;
}

/** One operation over a WebSocket, as a span (ws-server.ts's WsObserver.span). */
export interface ObservedWsOperation {
  /** Runs `fn` with the operation's span active, so the upstream calls it makes are its children. */
  run<T>(fn: () => T): T;
  /** Ends the span once, with the code the client got (`OK` when none). */
  end(outcome: string): void;
}

export interface GraphQLObserver {
  /**
   * Runs one GraphQL HTTP request under observation: `run` answers Apollo's response, and calls
   * `watch` with the HTTPGraphQLRequest it gives Apollo so the plugin knows the request as this one.
   */
  around<T extends { status?: number }>(run: (watch: (request: HTTPGraphQLRequest) => void) => Promise<T>): Promise<T>;
  plugin: ApolloServerPlugin<Context>;
  /**
   * A span for an operation over a WebSocket: a query or mutation from its start to its answer, a
   * subscription from its start until it streams or is refused (its events are not spanned).
   */
  wsOperation(name: string | null | undefined, type: string): ObservedWsOperation;
}

/** What a request that never reached Apollo's pipeline, or left it without errors, answered. */
function outcomeOfStatus(status: number | undefined): string {
  if (status === undefined || status < 400) return 'OK';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  return status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

function outcomeOfThrown(e: unknown): string {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}

/** The name of a document's only operation: a request that failed validation was never resolved. */
function onlyOperationName(document: DocumentNode): string | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return ops.length === 1 ? ops[0].name?.value : undefined;
}

export function observeGraphQL(metrics: GatewayMetrics): GraphQLObserver {
  // Each HTTP request's operation, by the request Apollo is given (and passes to plugins as `request.http`).
  const watched = new WeakMap<HTTPGraphQLRequest, Operation>();
  const tracer = trace.getTracer('roomgraph.graphql');

  const begin = (): Operation => {
    metrics.requestStarted();
    return { started: process.hrtime.bigint(), span: tracer.startSpan('graphql', { kind: SpanKind.SERVER }) };
  };

  /** Names the span after the operation (bounded), with its type and outcome, and ends it. */
  const endSpan = (span: Span, opName: string | null | undefined, type: string | undefined, outcome: string): void => {
    const name = !opName ? 'anonymous' : OPERATION_NAME.test(opName) ? opName : 'other';
    span.updateName(name);
    span.setAttribute('graphql.operation.name', name);
    if (type) span.setAttribute('graphql.operation.type', type);
    span.setAttribute('roomgraph.outcome', outcome);
    if (outcome !== 'OK') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
    span.end();
  };

  const finish = (op: Operation, fallback: string): void => {
    const outcome = op.outcome ?? fallback;
    const seconds = Number(process.hrtime.bigint() - op.started) / 1e9;
    metrics.requestFinished(op.name, outcome, seconds);
    endSpan(op.span, op.name, op.type, outcome);
  };

  return {
    async around(run) {
      const op = begin();
      const watch = (request: HTTPGraphQLRequest) => void watched.set(request, op);
      let result;
      try {
        result = await context.with(trace.setSpan(context.active(), op.span), run, undefined, watch);
      } catch (e) {
        finish(op, outcomeOfThrown(e));
        throw e;
      }
      finish(op, outcomeOfStatus(result.status));
      return result;
    },
    wsOperation(name, type) {
      const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'roomgraph.transport': 'websocket' } });
      const active = trace.setSpan(context.active(), span);
      let ended = false;
      return {
        run: (fn) => context.with(active, fn),
        end(outcome) {
          if (ended) return;
          ended = true;
          endSpan(span, name, type, outcome);
        },
      };
    },
    plugin: {
      async requestDidStart({ request }) {
        // Outside the HTTP edge (a direct executeOperation) the plugin observes the request itself.
        const edge = request.http && watched.get(request.http);
        const op = edge ?? begin();
        return {
          async didResolveOperation({ operation, operationName }) {
            if (operation) op.type = operation.operation;
            op.name = operationName;
          },
          async willSendResponse({ operationName, request, document, errors }) {
            op.name = operationName ?? request.operationName ?? op.name ?? (document && onlyOperationName(document));
            op.outcome = errors?.length ? clientCodeOf(errors[0]) : 'OK';
            if (!edge) finish(op, op.outcome);
          },
        };
      },
    },
  };
}
