/**
 * The cache shared across gateway instances: keyv over Redis when ROOMGRAPH_CACHE_URL is set, or
 * an in-process Map otherwise. The cache is an optimisation: a failing store degrades to upstream
 * reads (keyv answers `undefined` and emits `error`), it never fails a GraphQL request.
 */
import Keyv from 'keyv';
import KeyvRedis, { defaultReconnectStrategy } from '@keyv/redis';
import { ParsedMemo } from './parsed-memo';

export interface SharedCacheOptions {
  /** `redis://…`; undefined = in-process memory. */
  url?: string;
  namespace: string;
  ttlMs: number;
  onError?: (err: Error) => void;
}

export interface SharedCache {
  readonly kind: 'redis' | 'memory';
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set<T>(key: string, value: T): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /** Fails when the store cannot be reached; used at start-up so a wrong URL is loud. */
  probe(): Promise<void>;
  close(): Promise<void>;
}

export function createSharedCache(o: SharedCacheOptions): SharedCache {
  let connected = false;
  const store = o.url
    ? new KeyvRedis(
        {
          url: o.url,
          socket: {
            // Until the first connection a failure is final, so a wrong URL fails start-up at once
            // and leaves no retry timer running after close(); later, reconnect with keyv's backoff.
            reconnectStrategy: (retries: number) => (connected ? defaultReconnectStrategy(retries) : false),
            // node-redis's own connect timeout (keyv's `connectionTimeout` leaves its timer running).
            connectTimeout: 2000,
          },
        },
        { throwOnConnectError: true },
      )
    : undefined;
  store?.client.on('ready', () => (connected = true));
  const keyv = new Keyv<unknown>({ store: store ?? new Map(), namespace: o.namespace, ttl: o.ttlMs || undefined });
  keyv.on('error', (err: Error) => o.onError?.(err));
  // Each read parses the stored text; the same text parses once (parsed-memo.ts), frozen.
  const memo = new ParsedMemo(keyv.deserialize as (text: string) => unknown);
  keyv.deserialize = memo.deserialize as typeof keyv.deserialize;
  const ttl = o.ttlMs;
  return {
    kind: store ? 'redis' : 'memory',
    async get<T>(key: string) {
      if (ttl === 0) return undefined;
      return (await keyv.get(key)) as T | undefined;
    },
    async getMany<T>(keys: string[]) {
      if (ttl === 0 || keys.length === 0) return keys.map(() => undefined);
      return (await keyv.getMany(keys)) as (T | undefined)[];
    },
    async set<T>(key: string, value: T) {
      if (ttl === 0) return;
      await keyv.set(key, value, ttl);
    },
    async delete(keys: string[]) {
      if (keys.length === 0) return;
      await keyv.deleteMany(keys);
    },
    async probe() {
      if (!store) return;
      const k = `probe:${process.pid}:${Date.now()}`;
      // Keyv swallows store errors, so probe the adapter directly.
      await store.set(`${o.namespace}:${k}`, '1', 1000);
      await store.delete(`${o.namespace}:${k}`);
    },
    async close() {
      if (store) await store.disconnect().catch(() => undefined);
    },
  };
}
