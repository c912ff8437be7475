/**
 * Assembles one gateway over an upstream it is given: config → upstream client → shared cache →
 * the list of products (schema, loaders, callbacks) → Apollo → HTTP. It knows nothing of the
 * embedded emulator; src/gateway.ts starts that in front of it.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import type { GatewayConfig } from '../config';
import { authenticate } from '../auth/authenticate';
import { createSharedCache } from '../cache/shared-cache';
import { ReadThrough } from '../cache/read-through';
import { ResourceCache } from '../cache/resource-cache';
import type { Context } from '../graphql/context';
import { contextFactory } from '../graphql/product';
import { createTencentClient, type TencentClientOptions } from '../upstream/client';
import { genUserSig } from '../wire/usersig';
import { CALLBACK_PATH, createCallbackReceiver } from '../callbacks/receiver';
import { createEventHub, createWsEdge, type EventHub } from '../subscriptions';
import { createCors } from './cors';
import { createErrorFormatter } from './errors';
import { createPlayground, type PlaygroundOptions } from './graphiql';
import { createHttpServer } from './http';
import { limitsRule } from './limits';
import { createLogger, type Logger } from './logger';
import { requestLogging } from './logging';
import { PRODUCTS } from './products';
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

  const client = createTencentClient({
    baseUrl,
    sdkAppId: tencent.sdkAppId,
    secretKey: tencent.secretKey,
    adminId: tencent.adminId,
    timeoutMs: config.upstream.timeoutMs,
    rateLimitWaitMs: config.upstream.rateLimitWaitMs,
    connections: config.upstream.connections,
    retries: config.upstream.retries,
    onCall: (e) => log.debug('upstream call', { ...e }),
    ...options.upstream,
  });
  const cache = createSharedCache({
    url: config.cache.url,
    namespace: config.cache.namespace,
    ttlMs: config.cache.ttlMs,
    onError: (err) => log.error('cache error', { error: err.message }),
  });
  let hub: EventHub | undefined;
  const closeAll = async () => {
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
  let playground;
  try {
    // Reads GraphiQL's bundles now, so a broken install fails the start rather than the browser.
    playground = config.playground ? createPlayground(edge.playground) : undefined;
  } catch (e) {
    await closeAll();
    throw e;
  }
  const resources = new ResourceCache(new ReadThrough(cache, config.cache.ttlMs), tencent.sdkAppId);
  const newContext = contextFactory(PRODUCTS, { client, cache: resources });

  const schema = gatewaySchema();
  const formatError = createErrorFormatter(log);
  const validationRules = [limitsRule(config.limits.maxDepth, config.limits.maxAliases)];
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.playground,
    validationRules,
    csrfPrevention: true,
    // The CLI owns SIGINT/SIGTERM (close everything, exit 0). Apollo's own handlers would stop it
    // too and then re-raise the signal, which makes the CLI's handler exit 1.
    stopOnTerminationSignals: false,
    // The schema is a subgraph: traces (ftv1, errors masked) for a router that asks. Installed here,
    // or Apollo installs it itself and logs a line that is not JSON.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTrace(), requestLogging(log)],
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
    maxSubscriptions: config.subscriptions.maxPerConnection,
    maxConnectionsPerUser: config.subscriptions.maxConnectionsPerUser,
    maxPayloadBytes: config.limits.maxBodyBytes,
    introspection: config.playground,
    formatError,
    log,
  });
  const http = createHttpServer<Context>({
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    log,
    cors: createCors(config.cors),
    playground,
    extraRoutes: async (req, res, path) => {
      if (path !== CALLBACK_PATH) return false;
      await receiver(req, res);
      return true;
    },
    context: async (req) => newContext(authenticate(req.headers.authorization, auth)),
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
