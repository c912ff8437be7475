/**
 * Fair share of Tencent's per-command quotas between the gateway's users: a token bucket per key
 * (graphql/budget.ts uses one per user and command), so one user cannot take a command's whole
 * per-second quota and starve everyone else.
 *
 * The bucket is GCRA (the generic cell rate algorithm): one number per key, the theoretical arrival
 * time (TAT) of the next call. A key may run `perSecond` calls per second, in bursts of up to
 * `perSecond` at once. A call that does not fit now reserves the next free turn and waits for it,
 * when that turn is at most `maxWaitMs` away; otherwise it is refused with the time its turn would
 * have come, and reserves nothing.
 *
 * With a shared cache (Redis) the TAT lives in Redis and is updated by one Lua script (atomic, and
 * on Redis's clock), so every instance draws from the same bucket; without one it lives in this
 * process.
 */
import { createClient } from '@keyv/redis';

export type Reservation = { ok: true; waitMs: number } | { ok: false; retryAfterMs: number };

export interface FairShare {
  /** Reserves one call for `key` at `perSecond`; `waitMs` is how long the caller must wait before it. */
  reserve(key: string, perSecond: number, maxWaitMs: number): Promise<Reservation>;
  close(): Promise<void>;
}

/** The decision, shared by both stores: the new TAT to store, or a refusal. */
export function gcra(tat: number, now: number, perSecond: number, maxWaitMs: number): { tat: number; waitMs: number } | { retryAfterMs: number } {
  const interval = 1000 / perSecond;
  const next = Math.max(tat, now) + interval;
  const waitMs = Math.max(0, next - perSecond * interval - now);
  if (waitMs > maxWaitMs) return { retryAfterMs: Math.ceil(waitMs) };
  return { tat: next, waitMs };
}

export function memoryFairShare(now: () => number = Date.now): FairShare {
  const tats = new Map<string, number>();
  let sweeps = 0;
  return {
    async reserve(key, perSecond, maxWaitMs) {
      const t = now();
      const d = gcra(tats.get(key) ?? 0, t, perSecond, maxWaitMs);
      if ('retryAfterMs' in d) return { ok: false, retryAfterMs: d.retryAfterMs };
      tats.set(key, d.tat);
      // Keys whose TAT has passed hold nothing: drop them now and then, so idle users cost no memory.
      if (++sweeps >= 1024) {
        sweeps = 0;
        for (const [k, v] of tats) if (v <= t) tats.delete(k);
      }
      return { ok: true, waitMs: d.waitMs };
    },
    async close() {
      tats.clear();
    },
  };
}

/** The same decision as `gcra`, in Redis, on Redis's clock. Returns {1, waitMs} or {0, retryAfterMs}. */
const SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local perSecond = tonumber(ARGV[1])
local maxWait = tonumber(ARGV[2])
local interval = 1000 / perSecond
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nextTat = tat + interval
local wait = nextTat - perSecond * interval - now
if wait < 0 then wait = 0 end
if wait > maxWait then return {0, math.ceil(wait)} end
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.ceil(nextTat - now) + 1000)
return {1, math.ceil(wait)}
`;

export async function redisFairShare(o: { url: string; namespace: string; connectTimeoutMs?: number }): Promise<FairShare> {
  let connected = false;
  const client = createClient({
    url: o.url,
    socket: {
      connectTimeout: o.connectTimeoutMs ?? 2_000,
      // As the cache: a failure before the first connection is final (start-up fails); later, back off.
      reconnectStrategy: (retries: number) => (connected ? Math.min(100 * 2 ** retries, 5_000) : false),
    },
  });
  client.on('error', () => undefined); // reserve() rejects, and the caller decides
  client.on('ready', () => (connected = true));
  try {
    await client.connect();
  } catch (e) {
    client.destroy();
    throw e;
  }
  const prefix = `${o.namespace}:fair-share:`;
  return {
    async reserve(key, perSecond, maxWaitMs) {
      const [ok, ms] = (await client.eval(SCRIPT, {
        keys: [prefix + key],
        arguments: [String(perSecond), String(Math.max(0, Math.floor(maxWaitMs)))],
      })) as [number, number];
      return ok === 1 ? { ok: true, waitMs: Number(ms) } : { ok: false, retryAfterMs: Math.max(1, Number(ms)) };
    },
    async close() {
      await client.close().catch(() => client.destroy());
    },
  };
}
