/**
 * Assembles one gateway over an upstream it is given: config → upstream client → shared cache →
 * the list of products (schema, loaders, callbacks) → Apollo → HTTP. It knows nothing of the
 * embedded emulator; src/gateway.ts starts that in front of it.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GatewayConfig } from '../config';
import { authenticate } from '../auth/authenticate';
import { createSharedCache } from '../cache/shared-cache';
import { ReadThrough } from '../cache/read-through';
import { ResourceCache, resourceOfKey } from '../cache/resource-cache';
import { memoryFairShare, redisFairShare, type FairShare } from '../cache/fair-share';
import type { RequestLimits } from '../graphql/budget';
import { mergeCostTables } from '../graphql/cost';
import type { Context } from '../graphql/context';
import { contextFactory } from '../graphql/product';
import { createTencentClient, type TencentClientOptions } from '../upstream/client';
import type { BreakerState } from '../upstream/breaker';
import { outcomeOf } from '../upstream/observe';
import { createMetrics } from '../observability/metrics';
import { genUserSig } from '../wire/usersig';
import { CALLBACK_PATH, createCallbackReceiver } from '../callbacks/receiver';
import { createEventHub, createWsEdge, type EventHub } from '../subscriptions';
import { createCors } from './cors';
import { createErrorFormatter } from './errors';
import { createPlayground, type PlaygroundOptions } from './graphiql';
import { createHttpServer } from './http';
import { noStore } from './no-store';
import { answerReuse } from './answer-reuse';
import { limitsRule } from './limits';
import { costCheck, costLimit } from './cost-limit';
import { createLogger, type Logger } from './logger';
import { requestLogging } from './logging';
import { observeGraphQL } from './observing';
import { boundedProbe, createOpsRoutes } from './ops-routes';
import { PRODUCTS } from './products';
import { readRuleFor } from './room-readers';
import { gatewaySchema } from './schema';

export interface AssembleOptions {
  log?: Logger;
  /** Test hook for client tuning (timeouts, retries); never needed in production. */
  upstream?: Partial<Pick<TencentClientOptions, 'timeoutMs' | 'retries' | 'breaker' | 'rateLimit' | 'rateLimitWaitMs'>>;
  /** Test hook: the number of subscribers listening to a room's events on this instance changed. */
  onListeners?: (roomId: string, count: number) => void;
}

export interface AssembledGateway {
  /** `http://host:port/graphql`. */
  readonly url: string;
  /** Where this process can reach its own callback receiver (loopback when listening on all interfaces). */
  readonly callbackUrl: string;
  /** A bearer token (UserSig) for `userId`, signed with the app's secret key. */
  tokenFor(userId: string, expireSeconds?: number): string;
  close(): Promise<void>;
}

/** What the top level (src/gateway.ts) decides about the edge, and a library caller does not. */
export interface EdgeOptions {
  /** The GraphiQL page's example operation and prefilled headers (used only when `config.playground`). */
  playground?: PlaygroundOptions;
}

/** How long /readyz waits for the shared cache to answer. */
const READY_PROBE_TIMEOUT_MS = 1000;

/** `config.tencent.baseUrl` must be set: Tencent's host, or an emulator's URL. */
export async function assembleGateway(
  config: GatewayConfig,
  options: AssembleOptions = {},
  edge: EdgeOptions = {},
): Promise<AssembledGateway> {
  const log = options.log ?? createLogger(config.logLevel);
  const { tencent } = config;
  const baseUrl = tencent.baseUrl;
  if (!baseUrl) throw new TypeError('assembleGateway: config.tencent.baseUrl is not set');
  const callbackToken = config.callbacks.token;
  // Metrics and readiness (README "Metrics, readiness and tracing"): a registry per gateway.
  const metrics = createMetrics();
  let breaker: { state: BreakerState; probeAt?: number } = { state: 'closed' };

  const client = createTencentClient({
    baseUrl,
    sdkAppId: tencent.sdkAppId,
    secretKey: tencent.secretKey,
    adminId: tencent.adminId,
    timeoutMs: config.upstream.timeoutMs,
    rateLimitWaitMs: config.upstream.rateLimitWaitMs,
    connections: config.upstream.connections,
    retries: config.upstream.retries,
    onCall: (e) => {
      metrics.upstreamAttempt(e.command, outcomeOf(e), e.durationMs / 1000);
      log.debug('upstream call', { ...e });
    },
    onRateLimitWait: (command, waitMs) => metrics.rateLimitWait(command, waitMs / 1000),
    onRateLimitRefused: (command) => metrics.rateLimitRefused(command),
    onBreakerState: (state, probeAt) => {
      breaker = { state, probeAt };
      metrics.breakerState(state);
    },
    ...options.upstream,
  });
  const cache = createSharedCache({
    url: config.cache.url,
    namespace: config.cache.namespace,
    ttlMs: config.cache.ttlMs,
    onError: (err) => log.error('cache error', { error: err.message }),
  });
  let hub: EventHub | undefined;
  let fairShare: FairShare | undefined;
  const closeAll = async () => {
    await fairShare?.close().catch(() => undefined);
    await hub?.close().catch(() => undefined);
    await client.close().catch(() => undefined);
    await cache.close().catch(() => undefined);
  };
  try {
    await cache.probe();
  } catch {
    await closeAll();
    throw new Error(`The shared cache at ROOMGRAPH_CACHE_URL cannot be reached`);
  }
  try {
    // Subscriptions' events: over Redis pub/sub beside the shared cache, else in process.
    hub = await createEventHub({
      redisUrl: config.cache.url, namespace: config.cache.namespace, sdkAppId: tencent.sdkAppId, log,
      onListeners: options.onListeners,
    });
  } catch {
    await closeAll();
    throw new Error(`The event bus at ROOMGRAPH_CACHE_URL cannot be reached`);
  }
  const events = hub;
  try {
    // Each user's share of every command's calls per second: in Redis beside the shared cache, so
    // every instance draws from one bucket per user; else in this process.
    fairShare = config.cache.url
      ? await redisFairShare({ url: config.cache.url, namespace: `${config.cache.namespace}:${tencent.sdkAppId}` })
      : memoryFairShare();
  } catch {
    await closeAll();
    throw new Error(`The shared cache at ROOMGRAPH_CACHE_URL cannot be reached (fair-share buckets)`);
  }
  let playground;
  try {
    // Reads GraphiQL's bundles now, so a broken install fails the start rather than the browser.
    playground = config.playground ? createPlayground(edge.playground) : undefined;
  } catch (e) {
    await closeAll();
    throw e;
  }
  const readThrough = new ReadThrough(cache, config.cache.ttlMs, Date.now, (key, hit) => metrics.cacheLookup(resourceOfKey(key), hit));
  const resources = new ResourceCache(readThrough, tencent.sdkAppId);
  // Each request's upstream budget and the viewer's fair share (graphql/budget.ts).
  const requestLimits: RequestLimits = {
    maxCalls: config.limits.maxUpstreamCalls,
    fairShare,
    share: config.upstream.userSharePercent / 100,
    maxWaitMs: config.upstream.rateLimitWaitMs,
    onShareWait: (command, ms) => metrics.rateLimitWait(command, ms / 1000, 'user'),
    onShareRefused: (command) => metrics.rateLimitRefused(command, 'user'),
  };
  // Who may read which room (ROOMGRAPH_READ_POLICY) is each request's `reads`.
  const newContext = contextFactory(PRODUCTS, { client, cache: resources }, requestLimits, readRuleFor(config.readPolicy));

  const schema = gatewaySchema();
  const formatError = createErrorFormatter(log);
  const validationRules = [limitsRule(config.limits.maxDepth, config.limits.maxAliases)];
  const observer = observeGraphQL(metrics);
  const checkCost = costCheck(mergeCostTables(PRODUCTS.map((p) => p.costs)), config.limits);
  // Parsing stops at the token limit, so a huge document costs microseconds per token, never more.
  const parseOptions = { maxTokens: config.limits.maxTokens };
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.playground,
    validationRules,
    parseOptions,
    csrfPrevention: true,
    // The CLI owns SIGINT/SIGTERM (close everything, exit 0). Apollo's own handlers would stop it
    // too and then re-raise the signal, which makes the CLI's handler exit 1.
    stopOnTerminationSignals: false,
    // The schema is a subgraph: traces (ftv1, errors masked) for a router that asks. Installed here,
    // or Apollo installs it itself and logs a line that is not JSON. No cache-control plugin: it
    // hooked every field of every request for a policy that was always no-store (no-store.ts).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore(),
      ApolloServerPluginInlineTrace(),
      requestLogging(log),
      costLimit(checkCost),
      observer.plugin,
      answerReuse({ readThrough, ttlMs: config.cache.ttlMs, onReuse: () => metrics.answerReused() }),
    ],
  });
  await apollo.start();

  const auth = { sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, admins: config.admins };
  const receiver = createCallbackReceiver({
    sdkAppId: tencent.sdkAppId,
    token: callbackToken,
    allowUnsigned: config.callbacks.allowUnsigned,
    callbacks: PRODUCTS.flatMap((p) => p.callbacks ?? []),
    apply: async (effect) => {
      log.debug('callback', { command: effect.command, roomIds: effect.roomIds, invalidated: effect.resources });
      await Promise.all(effect.roomIds.map((roomId) => resources.invalidate(roomId, effect.resources)));
      // After the invalidation: a subscriber that re-queries on the event reads fresh data.
      await events.publish(effect);
    },
    onRejected: (reason) => log.info('callback rejected', { reason }),
  });
  if (!callbackToken) {
    log.info(
      config.callbacks.allowUnsigned
        ? 'callbacks are accepted unsigned (ROOMGRAPH_CALLBACKS_ALLOW_UNSIGNED): set ROOMGRAPH_CALLBACK_TOKEN to the console\'s webhook token'
        : 'callbacks are refused until ROOMGRAPH_CALLBACK_TOKEN is set to the console\'s webhook token',
    );
  }
  const ws = createWsEdge({
    schema,
    auth,
    newContext,
    hub: events,
    validationRules,
    parseOptions,
    checkCost,
    maxSubscriptions: config.subscriptions.maxPerConnection,
    maxConnectionsPerUser: config.subscriptions.maxConnectionsPerUser,
    maxPayloadBytes: config.limits.maxBodyBytes,
    introspection: config.playground,
    formatError,
    log,
    observe: {
      connection: (delta) => metrics.wsConnection(delta),
      operation: (name, type, outcome) => metrics.wsOperation(name, type, outcome),
      subscription: (delta) => metrics.subscriptionActive(delta),
      event: (name, outcome) => metrics.subscriptionEvent(name, outcome),
      span: (name, type) => observer.wsOperation(name, type),
    },
  });
  const opsRoutes = createOpsRoutes({
    metrics,
    metricsToken: config.metrics.token,
    checks: {
      // The cache answers a write and a delete within a second.
      cache: boundedProbe(() => cache.probe(), READY_PROBE_TIMEOUT_MS),
      // Open until its probe time: an instance out of rotation turns ready again when a probe may go.
      upstream: async () => (breaker.state === 'open' && Date.now() < (breaker.probeAt ?? 0) ? 'circuit open' : 'ok'),
    },
  });
  const http = createHttpServer<Context>({
    observe: observer.around,
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    log,
    cors: createCors(config.cors),
    playground,
    extraRoutes: async (req, res, path) => {
      if (await opsRoutes(req, res, path)) return true;
      if (path !== CALLBACK_PATH) return false;
      await receiver(req, res);
      return true;
    },
    context: async (req, record) => newContext(authenticate(req.headers.authorization, auth), record),
    upgrade: ws.handleUpgrade,
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  }).catch(async (e) => {
    await apollo.stop();
    await closeAll();
    throw e;
  });
  const { port } = http.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const origin = `http://${host}:${port}`;
  const reachable = ['0.0.0.0', '::'].includes(config.host) ? `http://127.0.0.1:${port}` : origin;

  return {
    url: `${origin}/graphql`,
    callbackUrl: `${reachable}${CALLBACK_PATH}`,
    tokenFor: (userId, expireSeconds = 86400) =>
      genUserSig({ sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), identifier: userId, expireSeconds }),
    async close() {
      // Sockets first (1001): an upgraded socket would keep the HTTP server from closing.
      await ws.close();
      http.closeIdleConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await closeAll();
    },
  };
}
