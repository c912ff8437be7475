/**
 * Environment → frozen, validated configuration. Secrets are wrapped in `Secret` so a config that
 * is logged or serialised shows `[redacted]`. Every variable is documented in the README.
 */
import { randomBytes } from 'node:crypto';
import { Secret } from './secret';

/** Tencent's REST hosts per region (spec §2.1). */
export const REGION_HOSTS: Readonly<Record<string, string>> = Object.freeze({
  china: 'https://console.tim.qq.com',
  singapore: 'https://adminapisgp.im.qcloud.com',
  usa: 'https://adminapiusa.im.qcloud.com',
  jakarta: 'https://adminapiidn.im.qcloud.com',
  korea: 'https://adminapikr.im.qcloud.com',
});

export interface TencentConfig {
  sdkAppId: number;
  secretKey: Secret;
  adminId: string;
  /** `undefined` in emulator mode until the emulator has a port. */
  baseUrl: string | undefined;
}

export interface GatewayConfig {
  /** `emulator`: start the embedded emulator and point at it; `tencent`: talk to Tencent. */
  mode: 'emulator' | 'tencent';
  tencent: TencentConfig;
  host: string;
  port: number;
  /** Port of the embedded emulator (emulator mode); 0 = any free port. */
  emulatorPort: number;
  /** User ids that may run mutations; always contains the Tencent admin id. */
  admins: readonly string[];
  cache: {
    /** `redis://…` for a cache shared across instances; undefined = in-process memory. */
    url: string | undefined;
    ttlMs: number;
    namespace: string;
  };
  upstream: {
    timeoutMs: number;
    connections: number;
    retries: number;
    rateLimitWaitMs: number;
    /** The percentage of each command's calls per second one (non-admin) user may use. */
    userSharePercent: number;
  };
  limits: {
    maxBodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    /** Most lexical tokens a GraphQL document may have: parsing stops past them. */
    maxTokens: number;
    /** Most upstream calls one request may cause (estimated before, counted during execution). */
    maxUpstreamCalls: number;
    /** Most fields one operation may resolve, lists multiplied out (estimated before execution). */
    maxComplexity: number;
  };
  callbacks: {
    /**
     * The console's webhook authentication token: callbacks to /callbacks/tencent must carry a
     * valid Sign. Unset: callbacks are refused, unless `allowUnsigned`.
     */
    token: Secret | undefined;
    /** Accept unsigned callbacks when no token is set (they can wipe cache entries and trigger events at will). */
    allowUnsigned: boolean;
  };
  /** GraphQL subscriptions over WebSocket (graphql-ws): limits per connection and per user (per instance). */
  subscriptions: { maxPerConnection: number; maxConnectionsPerUser: number };
  /** Serve the GraphiQL page (a browser's GET of /graphql) and allow introspection. */
  playground: boolean;
  /** Which browser origins may call /graphql from pages of another origin (CORS). */
  cors: CorsConfig;
  logLevel: 'silent' | 'info' | 'debug';
  /**
   * Who may read a room (ROOMGRAPH_READ_POLICY): `all` verified users, or only its `members`
   * (members, owner, room admins) and global admins (src/auth/read-policy.ts).
   */
  readPolicy: 'all' | 'members';
  /** `/metrics`: when a token is set, scrapes must send it as `Authorization: Bearer <token>`. */
  metrics: { token: Secret | undefined };
}

/** `ROOMGRAPH_CORS_ORIGINS`, parsed. An origin none of these allows gets no CORS headers. */
export interface CorsConfig {
  /** Exact origins (`scheme://host[:port]`, as browsers send them in `Origin`). */
  origins: readonly string[];
  /** Any `http://localhost`, `http://127.0.0.1` or `http://[::1]` origin, whatever the port. */
  localhost: boolean;
  /** Any origin at all (only when `*` is given explicitly). */
  any: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function baseUrlFrom(env: Env): string {
  if (env.TRTC_BASE_URL) {
    let u: URL;
    try {
      u = new URL(env.TRTC_BASE_URL);
    } catch {
      throw new ConfigError('TRTC_BASE_URL must be an absolute http(s) URL');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ConfigError('TRTC_BASE_URL must be http(s)');
    return u.origin + u.pathname.replace(/\/+$/, '');
  }
  const region = (env.TRTC_REGION ?? 'singapore').toLowerCase();
  const host = REGION_HOSTS[region];
  if (!host) throw new ConfigError(`TRTC_REGION must be one of ${Object.keys(REGION_HOSTS).join(', ')}, got "${region}"`);
  return host;
}

const CORS_HELP =
  'ROOMGRAPH_CORS_ORIGINS must be a comma-separated list of origins such as https://app.example.com ' +
  '(scheme, host and optional port; no path), or *, localhost or none';

/**
 * `ROOMGRAPH_CORS_ORIGINS`: exact origins, `localhost` (any port on localhost, 127.0.0.1, [::1]),
 * `*` (any origin, only when said explicitly) or `none`. Unset: localhost with the emulator, none
 * against Tencent.
 */
function corsFrom(env: Env, mode: GatewayConfig['mode']): CorsConfig {
  const raw = env.ROOMGRAPH_CORS_ORIGINS;
  if (raw === undefined || raw.trim() === '') return { origins: [], localhost: mode === 'emulator', any: false };
  const entries = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const cors = { origins: [] as string[], localhost: false, any: false };
  for (const entry of entries) {
    if (entry === '*') cors.any = true;
    else if (entry.toLowerCase() === 'localhost') cors.localhost = true;
    else if (entry.toLowerCase() === 'none') {
      if (entries.length > 1) throw new ConfigError(`${CORS_HELP}; "none" cannot be combined with other entries`);
    } else cors.origins.push(originOf(entry));
  }
  cors.origins = Array.from(new Set(cors.origins));
  return cors;
}

/** `https://App.example.com:443/` → `https://app.example.com`; anything with a path, query or credentials is refused. */
function originOf(entry: string): string {
  let u: URL;
  try {
    u = new URL(entry);
  } catch {
    throw new ConfigError(`${CORS_HELP}; got "${entry}"`);
  }
  const bare = (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash && !u.username && !u.password;
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !bare || !/^https?:\/\/[^/]+\/?$/i.test(entry)) {
    throw new ConfigError(`${CORS_HELP}; got "${entry}"`);
  }
  return u.origin;
}

/**
 * Reads the configuration. With TRTC_SDKAPPID, TRTC_SECRET_KEY and TRTC_ADMIN_ID set it targets
 * Tencent; with none of them it runs the embedded emulator, with ROOMGRAPH_EMULATOR_SECRET or a
 * fresh random secret.
 */
export function loadConfig(env: Env = process.env): GatewayConfig {
  const given = ['TRTC_SDKAPPID', 'TRTC_SECRET_KEY', 'TRTC_ADMIN_ID'].filter((k) => env[k]);
  if (given.length > 0 && given.length < 3) {
    const missing = ['TRTC_SDKAPPID', 'TRTC_SECRET_KEY', 'TRTC_ADMIN_ID'].filter((k) => !env[k]);
    throw new ConfigError(`Set all of TRTC_SDKAPPID, TRTC_SECRET_KEY and TRTC_ADMIN_ID to target Tencent; missing ${missing.join(', ')}`);
  }
  // Where to reach Tencent means nothing without the identity to call it with: rather than
  // silently starting the emulator, say so.
  const upstreamOnly = ['TRTC_BASE_URL', 'TRTC_REGION'].filter((k) => env[k]);
  if (given.length === 0 && upstreamOnly.length > 0) {
    throw new ConfigError(
      `${upstreamOnly.join(' and ')} ${upstreamOnly.length > 1 ? 'are' : 'is'} set but TRTC_SDKAPPID, TRTC_SECRET_KEY and ` +
        `TRTC_ADMIN_ID are not: set all three to target Tencent, or unset ${upstreamOnly.join(' and ')} to run the embedded emulator`,
    );
  }
  const mode = given.length === 3 ? 'tencent' : 'emulator';
  const tencent: TencentConfig =
    mode === 'tencent'
      ? {
          sdkAppId: int(env, 'TRTC_SDKAPPID', 0, 1, 4294967295),
          secretKey: new Secret(env.TRTC_SECRET_KEY as string),
          adminId: (env.TRTC_ADMIN_ID as string).trim(),
          baseUrl: baseUrlFrom(env),
        }
      : {
          sdkAppId: int(env, 'ROOMGRAPH_EMULATOR_SDKAPPID', 1400000001, 1, 4294967295),
          secretKey: new Secret(env.ROOMGRAPH_EMULATOR_SECRET || randomBytes(32).toString('hex')),
          adminId: env.ROOMGRAPH_EMULATOR_ADMIN || 'administrator',
          baseUrl: undefined,
        };
  const admins = Array.from(
    new Set([tencent.adminId, ...(env.ROOMGRAPH_ADMINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)]),
  );
  const logLevel = (env.ROOMGRAPH_LOG_LEVEL ?? 'info') as GatewayConfig['logLevel'];
  if (!['silent', 'info', 'debug'].includes(logLevel)) throw new ConfigError('ROOMGRAPH_LOG_LEVEL must be silent, info or debug');
  const readPolicy = (env.ROOMGRAPH_READ_POLICY || 'all') as GatewayConfig['readPolicy'];
  if (!['all', 'members'].includes(readPolicy)) throw new ConfigError('ROOMGRAPH_READ_POLICY must be all or members');
  const cfg: GatewayConfig = {
    mode,
    tencent,
    host: env.ROOMGRAPH_HOST || '127.0.0.1',
    port: int(env, 'ROOMGRAPH_PORT', 4000, 0, 65535),
    emulatorPort: int(env, 'ROOMGRAPH_EMULATOR_PORT', 0, 0, 65535),
    admins,
    cache: {
      url: env.ROOMGRAPH_CACHE_URL || undefined,
      ttlMs: int(env, 'ROOMGRAPH_CACHE_TTL_MS', 5000, 0, 3_600_000),
      namespace: env.ROOMGRAPH_CACHE_NAMESPACE || 'roomgraph',
    },
    upstream: {
      timeoutMs: int(env, 'ROOMGRAPH_UPSTREAM_TIMEOUT_MS', 5000, 3001, 60_000),
      connections: int(env, 'ROOMGRAPH_UPSTREAM_CONNECTIONS', 16, 1, 1024),
      retries: int(env, 'ROOMGRAPH_UPSTREAM_RETRIES', 2, 0, 5),
      rateLimitWaitMs: int(env, 'ROOMGRAPH_RATE_LIMIT_WAIT_MS', 2000, 0, 60_000),
      userSharePercent: int(env, 'ROOMGRAPH_USER_UPSTREAM_SHARE_PERCENT', 25, 1, 100),
    },
    limits: {
      maxBodyBytes: int(env, 'ROOMGRAPH_MAX_BODY_BYTES', 1_048_576, 1024, 64 * 1_048_576),
      maxDepth: int(env, 'ROOMGRAPH_MAX_DEPTH', 10, 2, 100),
      maxAliases: int(env, 'ROOMGRAPH_MAX_ALIASES', 30, 1, 1000),
      maxTokens: int(env, 'ROOMGRAPH_MAX_TOKENS', 5000, 100, 1_000_000),
      // A 100-room dashboard: each room's info, members and seats (Conference), or info, audience,
      // seats, stats and metadata (Live): at most 5 calls a room.
      maxUpstreamCalls: int(env, 'ROOMGRAPH_MAX_UPSTREAM_CALLS', 500, 1, 100_000),
      maxComplexity: int(env, 'ROOMGRAPH_MAX_COMPLEXITY', 50_000, 10, 10_000_000),
    },
    callbacks: {
      token: env.ROOMGRAPH_CALLBACK_TOKEN ? new Secret(env.ROOMGRAPH_CALLBACK_TOKEN) : undefined,
      allowUnsigned: bool(env, 'ROOMGRAPH_CALLBACKS_ALLOW_UNSIGNED', false),
    },
    subscriptions: {
      maxPerConnection: int(env, 'ROOMGRAPH_WS_MAX_SUBSCRIPTIONS', 20, 1, 1000),
      maxConnectionsPerUser: int(env, 'ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER', 10, 1, 10_000),
    },
    playground: bool(env, 'ROOMGRAPH_PLAYGROUND', mode === 'emulator'),
    cors: corsFrom(env, mode),
    logLevel,
    readPolicy,
    metrics: { token: env.ROOMGRAPH_METRICS_TOKEN ? new Secret(env.ROOMGRAPH_METRICS_TOKEN) : undefined },
  };
  if (cfg.cache.url && !/^rediss?:\/\//.test(cfg.cache.url)) throw new ConfigError('ROOMGRAPH_CACHE_URL must be a redis:// or rediss:// URL');
  return deepFreeze(cfg);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !(o instanceof Secret)) {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
