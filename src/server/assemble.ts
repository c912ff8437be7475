/**
 * Assembles one gateway: config → upstream client → shared cache → schema → Apollo → HTTP.
 * In emulator mode it first starts the embedded emulator and points the client at it.
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayConfig } from '../config';
import { authenticate } from '../auth/authenticate';
import { createSharedCache } from '../cache/shared-cache';
import { ReadThrough } from '../cache/read-through';
import { ConferenceData } from '../conference/data';
import { createConferenceLoaders } from '../conference/loaders';
import { startEmulator, type RunningEmulator } from '../emulator';
import { createTencentClient, type TencentClientOptions } from '../upstream/client';
import { genUserSig } from '../wire/usersig';
import { roomConfig } from '../commands/callback-config';
import { CALLBACK_PATH, createCallbackReceiver } from '../callbacks/receiver';
import { EVENT_COMMANDS } from '../conference/enums';
import { Secret } from '../secret';
import type { Context } from './context';
import { createErrorFormatter } from './errors';
import { createHttpServer } from './http';
import { limitsRule } from './limits';
import { createLogger, type Logger } from './logger';
import { requestLogging } from './logging';
import { gatewaySchema } from './schema';

export interface GatewayOptions {
  log?: Logger;
  /** Emulator mode: seed the demo rooms (default true). */
  seedDemo?: boolean;
  /** Test hook for client tuning (timeouts, retries); never needed in production. */
  upstream?: Partial<Pick<TencentClientOptions, 'timeoutMs' | 'retries' | 'breaker' | 'rateLimit'>>;
}

export interface Gateway {
  /** `http://host:port/graphql`. */
  readonly url: string;
  /** The configuration in force, with the emulator's base URL filled in. */
  readonly config: GatewayConfig;
  /** The embedded emulator, in emulator mode. */
  readonly emulator: RunningEmulator | undefined;
  /** A bearer token (UserSig) for `userId`, signed with the app's secret key. */
  tokenFor(userId: string, expireSeconds?: number): string;
  close(): Promise<void>;
}

export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? createLogger(config.logLevel);
  const { tencent } = config;
  const seedDemo = options.seedDemo ?? true;
  let emulator: RunningEmulator | undefined;
  let baseUrl = tencent.baseUrl;
  // With the embedded emulator, callbacks are always signed: a fresh token unless one is configured.
  const callbackToken =
    config.callbacks.token ?? (config.mode === 'emulator' ? new Secret(randomUUID()) : undefined);
  if (config.mode === 'emulator') {
    emulator = await startEmulator({
      host: '127.0.0.1',
      port: config.emulatorPort,
      apps: [{
        sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), adminIds: [tencent.adminId],
        callbackToken: callbackToken?.reveal(),
      }],
      seedDemo,
    });
    baseUrl = emulator.url;
  }
  const runtime: GatewayConfig = Object.freeze({
    ...config,
    tencent: Object.freeze({ ...tencent, baseUrl }),
    callbacks: Object.freeze({ token: callbackToken }),
  });

  const client = createTencentClient({
    baseUrl: baseUrl as string,
    sdkAppId: tencent.sdkAppId,
    secretKey: tencent.secretKey,
    adminId: tencent.adminId,
    timeoutMs: config.upstream.timeoutMs,
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
  const closeAll = async () => {
    await client.close().catch(() => undefined);
    await cache.close().catch(() => undefined);
    await emulator?.close().catch(() => undefined);
  };
  try {
    await cache.probe();
  } catch {
    await closeAll();
    throw new Error(`The shared cache at ROOMGRAPH_CACHE_URL cannot be reached`);
  }
  const data = new ConferenceData(client, new ReadThrough(cache, config.cache.ttlMs), tencent.sdkAppId);

  const apollo = new ApolloServer<Context>({
    schema: gatewaySchema(),
    formatError: createErrorFormatter(log),
    includeStacktraceInErrorResponses: false,
    introspection: config.playground,
    validationRules: [limitsRule(config.limits.maxDepth, config.limits.maxAliases)],
    csrfPrevention: true,
    // The CLI owns SIGINT/SIGTERM (close everything, exit 0). Apollo's own handlers would stop it
    // too and then re-raise the signal, which makes the CLI's handler exit 1.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), requestLogging(log)],
  });
  await apollo.start();

  const auth = { sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, admins: config.admins };
  const receiver = createCallbackReceiver({
    sdkAppId: tencent.sdkAppId,
    token: callbackToken,
    apply: async (effect, command) => {
      log.debug('callback', { command, roomId: effect.roomId, invalidated: effect.resources });
      await data.invalidate(effect.roomId, effect.resources);
    },
    onRejected: (reason) => log.info('callback rejected', { reason }),
  });
  if (!callbackToken) log.info('callbacks are accepted unsigned: set ROOMGRAPH_CALLBACK_TOKEN to the console\'s webhook token');
  const http = createHttpServer<Context>({
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    log,
    extraRoutes: async (req, res, path) => {
      if (path !== CALLBACK_PATH) return false;
      await receiver(req, res);
      return true;
    },
    context: async (req) => ({
      viewer: authenticate(req.headers.authorization, auth),
      loaders: createConferenceLoaders(data),
      conference: data,
      requestId: randomUUID(),
    }),
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

  // The demo (npm start) shows client-side changes at once: the emulator calls this gateway back.
  if (emulator && seedDemo) {
    const commands = Object.values(EVENT_COMMANDS).map((c) => c[0]);
    const reachable = ['0.0.0.0', '::'].includes(config.host) ? `http://127.0.0.1:${port}` : origin;
    await client.call(roomConfig.setCallback, { url: `${reachable}${CALLBACK_PATH}`, commands });
  }

  return {
    url: `${origin}/graphql`,
    config: runtime,
    emulator,
    tokenFor: (userId, expireSeconds = 86400) =>
      genUserSig({ sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), identifier: userId, expireSeconds }),
    async close() {
      http.closeIdleConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await closeAll();
    },
  };
}
