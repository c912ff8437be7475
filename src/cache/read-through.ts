/**
 * Read-through over the shared cache with two guarantees:
 * - concurrent identical reads in this process share one upstream call (single flight);
 * - a read that started before an invalidation of its key never leaves its (possibly stale)
 *   result in the cache: invalidation marks the reads in flight for that key.
 * Across instances, staleness is bounded by the TTL, and callbacks (callbacks/) invalidate too.
 */
import type { ReadDep, ReadRecord } from './read-record';
import type { SharedCache } from './shared-cache';

/** A map-valued entry: each sub-entry with the time it was written. */
type EntryMap<T> = Record<string, { v: T; t: number }>;

interface Flight {
  promise: Promise<unknown>;
  /** Set when the key was invalidated while the fetch ran: its result must not be cached. */
  invalidated: boolean;
}

/** An error that answers one caller only (graphql/budget.ts marks its refusals `perCaller`). */
const isPerCaller = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { perCaller?: unknown }).perCaller === true;

export class ReadThrough {
  private readonly inflight = new Map<string, Flight>();

  /**
   * @param ttlMs how long a sub-entry of a map-valued key stays valid. Every write of the map
   *   restarts the store's TTL for the whole map, so each entry carries its own write time and
   *   older entries are ignored and pruned: a busy room's first member chunk cannot outlive the TTL
   *   because later chunks keep being added. `0` or undefined: entries live as long as the map.
   * @param now clock in ms.
   * @param onLookup each key looked up: `hit` when the shared cache answered it (metrics). A read
   *   that joins another's flight, or finds its sub-entry stale, is a miss.
   */
  constructor(
    private readonly cache: SharedCache,
    private readonly ttlMs = 0,
    private readonly now: () => number = Date.now,
    private readonly onLookup?: (key: string, hit: boolean) => void,
  ) {}

  /**
   * Resolves every key from the cache, fetching misses with `fetch` (one call per missing key).
   * @param record the reading request's record (answer reuse), if it keeps one.
   */
  async getMany<T>(keys: string[], fetch: (index: number) => Promise<T>, record?: ReadRecord): Promise<(T | Error)[]> {
    const cached = await this.cache.getMany<T>(keys).catch(() => keys.map(() => undefined));
    return Promise.all(
      keys.map((key, i) => {
        const hit = cached[i];
        this.onLookup?.(key, hit !== undefined);
        if (hit !== undefined) {
          record?.read({ key, value: hit });
          return hit;
        }
        record?.elsewhere();
        return this.flight(key, key, () => fetch(i), (v) => this.cache.set(key, v)).catch((e: unknown) =>
          e instanceof Error ? e : new Error(String(e)),
        );
      }),
    );
  }

  /** Reads a sub-entry of a map-valued key (e.g. one chunk of a room's member list). */
  async getEntry<T>(key: string, entry: string, fetch: () => Promise<T>, record?: ReadRecord): Promise<T> {
    const map = await this.cache.get<EntryMap<T>>(key).catch(() => undefined);
    const hit = map?.[entry];
    const fresh = !!hit && this.fresh(hit);
    this.onLookup?.(key, fresh);
    if (hit && fresh) {
      record?.read({ key, value: map, writtenAt: hit.t });
      return hit.v;
    }
    record?.elsewhere();
    return this.flight(`${key}\u0000${entry}`, key, fetch, async (value) => {
      const current = (await this.cache.get<EntryMap<T>>(key).catch(() => undefined)) ?? {};
      const next: EntryMap<T> = {};
      for (const [k, e] of Object.entries(current)) if (this.fresh(e)) next[k] = e;
      next[entry] = { v: value, t: this.now() };
      await this.cache.set(key, next);
    });
  }

  /**
   * Whether the shared cache still holds exactly what a request read (`deps`, its ReadRecord):
   * each key's value the same object (the same stored text: cache/parsed-memo.ts), each sub-entry
   * still fresh. Read in one round trip; counted as lookups (hits) when it does.
   */
  async stillHolds(deps: readonly ReadDep[]): Promise<boolean> {
    if (deps.length === 0) return false;
    const keys = deps.map((d) => d.key);
    const values = await this.cache.getMany<unknown>(keys).catch(() => undefined);
    if (!values) return false;
    for (let i = 0; i < deps.length; i++) {
      const d = deps[i];
      if (values[i] === undefined || values[i] !== d.value) return false;
      if (d.writtenAt !== undefined && !this.fresh({ t: d.writtenAt })) return false;
    }
    if (this.onLookup) for (const key of keys) this.onLookup(key, true);
    return true;
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
    if (running) {
      // A refusal that was the first caller's own (its request's budget or fair share ran out) is
      // not this caller's answer: it reads for itself instead.
      return (running.promise as Promise<T>).catch((e: unknown) => {
        if (isPerCaller(e)) return this.flight(flightKey, cacheKey, fetch, store);
        throw e;
      });
    }
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
