/**
 * Read-through over the shared cache with two guarantees:
 * - concurrent identical reads in this process share one upstream call (single flight);
 * - a read that started before an invalidation of its key never leaves its (possibly stale)
 *   result in the cache: invalidation marks the reads in flight for that key.
 * Across instances, staleness is bounded by the TTL, and callbacks (callbacks/) invalidate too.
 */
import type { SharedCache } from './shared-cache';

/** A map-valued entry: each sub-entry with the time it was written. */
type EntryMap<T> = Record<string, { v: T; t: number }>;

interface Flight {
  promise: Promise<unknown>;
  /** Set when the key was invalidated while the fetch ran: its result must not be cached. */
  invalidated: boolean;
}

export class ReadThrough {
  private readonly inflight = new Map<string, Flight>();

  /**
   * @param ttlMs how long a sub-entry of a map-valued key stays valid. Every write of the map
   *   restarts the store's TTL for the whole map, so each entry carries its own write time and
   *   older entries are ignored and pruned: a busy room's first member chunk cannot outlive the TTL
   *   because later chunks keep being added. `0` or undefined: entries live as long as the map.
   * @param now clock in ms.
   */
  constructor(
    private readonly cache: SharedCache,
    private readonly ttlMs = 0,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves every key from the cache, fetching misses with `fetch` (one call per missing key). */
  async getMany<T>(keys: string[], fetch: (index: number) => Promise<T>): Promise<(T | Error)[]> {
    const cached = await this.cache.getMany<T>(keys).catch(() => keys.map(() => undefined));
    return Promise.all(
      keys.map((key, i) => {
        const hit = cached[i];
        if (hit !== undefined) return hit;
        return this.flight(key, key, () => fetch(i), (v) => this.cache.set(key, v)).catch((e: unknown) =>
          e instanceof Error ? e : new Error(String(e)),
        );
      }),
    );
  }

  /** Reads a sub-entry of a map-valued key (e.g. one chunk of a room's member list). */
  async getEntry<T>(key: string, entry: string, fetch: () => Promise<T>): Promise<T> {
    const map = await this.cache.get<EntryMap<T>>(key).catch(() => undefined);
    const hit = map?.[entry];
    if (hit && this.fresh(hit)) return hit.v;
    return this.flight(`${key}\u0000${entry}`, key, fetch, async (value) => {
      const current = (await this.cache.get<EntryMap<T>>(key).catch(() => undefined)) ?? {};
      const next: EntryMap<T> = {};
      for (const [k, e] of Object.entries(current)) if (this.fresh(e)) next[k] = e;
      next[entry] = { v: value, t: this.now() };
      await this.cache.set(key, next);
    });
  }

  private fresh(e: { t: number } | undefined): boolean {
    return !!e && typeof e.t === 'number' && (!this.ttlMs || this.now() - e.t < this.ttlMs);
  }

  async invalidate(keys: string[]): Promise<void> {
    for (const key of keys) {
      for (const [k, f] of this.inflight) {
        if (k === key || k.startsWith(`${key}\u0000`)) {
          f.invalidated = true;
          this.inflight.delete(k);
        }
      }
    }
    await this.cache.delete(keys).catch(() => undefined);
  }

  private flight<T>(flightKey: string, cacheKey: string, fetch: () => Promise<T>, store: (value: T) => Promise<void>): Promise<T> {
    const running = this.inflight.get(flightKey);
    if (running) return running.promise as Promise<T>;
    const flight: Flight = { promise: Promise.resolve(), invalidated: false };
    this.inflight.set(flightKey, flight);
    flight.promise = (async () => {
      try {
        const value = await fetch();
        if (!flight.invalidated) {
          await store(value).catch(() => undefined);
          // An invalidation that ran while the value was being written (a store round trip) must
          // still win: drop what we just wrote.
          if (flight.invalidated) await this.cache.delete([cacheKey]).catch(() => undefined);
        }
        return value;
      } finally {
        if (this.inflight.get(flightKey) === flight) this.inflight.delete(flightKey);
      }
    })();
    return flight.promise as Promise<T>;
  }
}
