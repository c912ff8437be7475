/**
 * The gateway's Prometheus metrics, in a registry of its own (never prom-client's global one), so
 * two gateways in one process keep separate counts. Default Node process metrics (CPU, memory,
 * event loop lag, GC, handles) describe the process, not a gateway: they are collected once per
 * process, in a registry of their own, and every gateway's scrape carries them (prom-client starts
 * an event-loop monitor and a GC observer per collection, and cannot stop them). README "Metrics,
 * readiness and tracing" lists every metric and label; recording is per GraphQL request, per
 * upstream attempt and per cache key — never per resolved field.
 *
 * Label values are bounded (labels.ts): operation names and upstream outcomes come from outside.
 * Nothing here ever receives a header, a token, a URL or a secret; only names, codes and timings.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { OPERATION_NAME, boundedLabel } from './labels';

export type BreakerState = 'closed' | 'half-open' | 'open';

/** `roomgraph_upstream_breaker_state`: 0 closed, 1 half-open, 2 open. */
export const BREAKER_STATE_VALUE: Readonly<Record<BreakerState, number>> = Object.freeze({ closed: 0, 'half-open': 1, open: 2 });

/** Most distinct operation names the request metrics keep; later ones count as `other`. */
export const MAX_OPERATION_NAMES = 100;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WAIT_SECONDS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

/** The process's own metrics (`process_*`, `nodejs_*`), made on the first gateway's first need. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

/** Which local limiter made a call wait or refused it. */
export type Limiter = 'command' | 'user';

export interface GatewayMetrics {
  readonly registry: Registry;
  /** The text exposition of every metric, with its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
  /** The label an operation name gets (`anonymous`, `other` past the bound or for a bad name). */
  operationLabel(name: string | null | undefined): string;
  /** A GraphQL request began (in-flight gauge). */
  requestStarted(): void;
  /** A GraphQL request ended; `outcome` is the client-facing code (`OK`, `RATE_LIMITED`, …). */
  requestFinished(operation: string | null | undefined, outcome: string, seconds: number): void;
  /** One upstream attempt: `command` is `service/command`, `outcome` `ok`, an ErrorCode or an error class. */
  upstreamAttempt(command: string, outcome: string, seconds: number): void;
  /** A shared-cache lookup of one key of `resource`. */
  cacheLookup(resource: string, hit: boolean): void;
  /**
   * A call waited for its turn under a local limiter: the command's per-second limit (`command`),
   * or the calling user's share of it (`user`, graphql/budget.ts).
   */
  rateLimitWait(command: string, seconds: number, limiter?: Limiter): void;
  /** A local limiter refused a call (its turn was too far off). */
  rateLimitRefused(command: string, limiter?: Limiter): void;
  breakerState(state: BreakerState): void;
  /** A query was answered with an answer kept from an identical earlier one (server/answer-reuse.ts). */
  answerReused(): void;
  /** An authenticated WebSocket opened (+1) or closed (-1). */
  wsConnection(delta: 1 | -1): void;
  /** An operation over a WebSocket: refused (its code), answered (OK or a code), or a subscription started. */
  wsOperation(operation: string | null | undefined, type: string, outcome: string): void;
  /** A subscription began (+1) or ended (-1). */
  subscriptionActive(delta: 1 | -1): void;
  /** An event delivered on a subscription. */
  subscriptionEvent(operation: string | null | undefined, outcome: string): void;
}

export function createMetrics(o: { prefix?: string } = {}): GatewayMetrics {
  const p = o.prefix ?? 'roomgraph_';
  const registry = new Registry();
  const processes = processMetrics();
  const registers = [registry];

  const requestDuration = new Histogram({
    name: `${p}graphql_request_duration_seconds`,
    help: 'GraphQL requests over HTTP, from the request to the answer, by operation name and the code the client got (OK when no error)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: SECONDS,
    registers,
  });
  const reused = new Counter({
    name: `${p}answers_reused_total`,
    help: 'Queries answered with the answer of an identical earlier query (same caller, document and variables) while every shared-cache entry it came from still held',
    registers,
  });
  const wsConnections = new Gauge({
    name: `${p}websocket_connections`,
    help: 'Authenticated GraphQL WebSocket connections open now',
    registers,
  });
  const wsOperations = new Counter({
    name: `${p}graphql_ws_operations_total`,
    help: 'Operations sent over WebSockets, by operation name, type and outcome: the code the client got when refused or answered with an error, OK otherwise (a subscription counts once, when it starts)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers,
  });
  const subscriptionsActive = new Gauge({
    name: `${p}subscriptions_active`,
    help: 'GraphQL subscriptions streaming now',
    registers,
  });
  const subscriptionEvents = new Counter({
    name: `${p}subscription_events_total`,
    help: 'Events delivered on subscriptions, by operation name and outcome (OK, or the code of the event\'s first error)',
    labelNames: ['operation', 'outcome'] as const,
    registers,
  });
  const inFlight = new Gauge({
    name: `${p}graphql_requests_in_flight`,
    help: 'GraphQL requests over HTTP being processed now',
    registers,
  });
  const upstreamCalls = new Counter({
    name: `${p}upstream_calls_total`,
    help: 'Attempts of Tencent REST calls (a retry is another attempt), by service/command and outcome: ok, Tencent\'s ErrorCode, or the error class',
    labelNames: ['command', 'outcome'] as const,
    registers,
  });
  const upstreamDuration = new Histogram({
    name: `${p}upstream_call_duration_seconds`,
    help: 'Latency of Tencent REST call attempts (rate-limit waits included), by service/command',
    labelNames: ['command'] as const,
    buckets: SECONDS,
    registers,
  });
  const cacheHits = new Counter({
    name: `${p}cache_hits_total`,
    help: 'Shared-cache lookups answered by the cache, by resource (room, members, seats, …)',
    labelNames: ['resource'] as const,
    registers,
  });
  const cacheMisses = new Counter({
    name: `${p}cache_misses_total`,
    help: 'Shared-cache lookups the cache could not answer (read from Tencent, or joined a read in flight), by resource',
    labelNames: ['resource'] as const,
    registers,
  });
  const rateLimitWait = new Histogram({
    name: `${p}rate_limit_wait_seconds`,
    help: 'Waits for a turn under a local limiter (the _count is the number of waits, the _sum the time spent), by service/command and limiter: command (its per-second limit) or user (the caller\'s share of it)',
    labelNames: ['command', 'limiter'] as const,
    buckets: WAIT_SECONDS,
    registers,
  });
  const rateLimitRefused = new Counter({
    name: `${p}rate_limit_refusals_total`,
    help: 'Calls a local limiter refused (RATE_LIMITED) because their turn was too far off, by service/command and limiter: command or user',
    labelNames: ['command', 'limiter'] as const,
    registers,
  });
  const breaker = new Gauge({
    name: `${p}upstream_breaker_state`,
    help: 'The upstream circuit breaker: 0 closed, 1 half-open (a probe in flight), 2 open (calls fail fast)',
    registers,
  });
  breaker.set(BREAKER_STATE_VALUE.closed);

  const operationLabel = boundedLabel({ max: MAX_OPERATION_NAMES, pattern: OPERATION_NAME, none: 'anonymous' });
  // Codes are ours or Tencent's; bounded anyway, since an upstream can answer any number.
  const outcomeLabel = boundedLabel({ max: 100, pattern: /^[A-Za-z0-9_-]{1,64}$/, none: 'unknown' });
  const commandLabel = boundedLabel({ max: 500, pattern: /^[a-z0-9_]{1,64}\/[a-z0-9_]{1,64}$/, none: 'unknown' });
  const resourceLabel = boundedLabel({ max: 100, pattern: /^[A-Za-z]{1,32}$/, none: 'unknown' });
  // Cache lookups are the most frequent observation (one per key): keep each resource's children
  // rather than hashing a label object on every increment.
  const lookups = new Map<string, { hit: { inc(): void }; miss: { inc(): void } }>();
  const lookupsOf = (resource: string) => {
    let c = lookups.get(resource);
    if (!c) {
      const label = resourceLabel(resource);
      lookups.set(resource, (c = { hit: cacheHits.labels(label), miss: cacheMisses.labels(label) }));
    }
    return c;
  };

  return {
    registry,
    async scrape() {
      const [own, proc] = await Promise.all([registry.metrics(), processes.metrics()]);
      return { contentType: registry.contentType, body: `${own}\n${proc}` };
    },
    operationLabel,
    requestStarted: () => inFlight.inc(),
    requestFinished(operation, outcome, seconds) {
      inFlight.dec();
      requestDuration.observe({ operation: operationLabel(operation), outcome: outcomeLabel(outcome) }, seconds);
    },
    upstreamAttempt(command, outcome, seconds) {
      const c = commandLabel(command);
      upstreamCalls.inc({ command: c, outcome: outcomeLabel(outcome) });
      upstreamDuration.observe({ command: c }, seconds);
    },
    cacheLookup(resource, hit) {
      const c = lookupsOf(resource);
      (hit ? c.hit : c.miss).inc();
    },
    rateLimitWait: (command, seconds, limiter = 'command') => rateLimitWait.observe({ command: commandLabel(command), limiter }, seconds),
    rateLimitRefused: (command, limiter = 'command') => rateLimitRefused.inc({ command: commandLabel(command), limiter }),
    breakerState: (state) => breaker.set(BREAKER_STATE_VALUE[state]),
    answerReused: () => reused.inc(),
    wsConnection: (delta) => wsConnections.inc(delta),
    wsOperation(operation, type, outcome) {
      wsOperations.inc({ operation: operationLabel(operation), type: OPERATION_TYPES.has(type) ? type : 'unknown', outcome: outcomeLabel(outcome) });
    },
    subscriptionActive: (delta) => subscriptionsActive.inc(delta),
    subscriptionEvent(operation, outcome) {
      subscriptionEvents.inc({ operation: operationLabel(operation), outcome: outcomeLabel(outcome) });
    },
  };
}
