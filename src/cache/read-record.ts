/**
 * What one GraphQL request read from the shared cache, for answer reuse (server/answer-reuse.ts):
 * every key it was answered from, with the exact value the cache gave, and whether anything it
 * read came from elsewhere (a cache miss, a read that joined another's flight, an upstream call):
 * such a request's answer depends on more than the cache and is never reused.
 *
 * The record follows the request through its promises (AsyncLocalStorage), so the cache layer
 * (read-through.ts) and the upstream client's hook add to it without any API carrying it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ReadDep {
  /** A shared-cache key. */
  readonly key: string;
  /** The value the cache answered for it: the same (frozen, cache/parsed-memo.ts) object while the stored text is unchanged. */
  readonly value: unknown;
  /** For a sub-entry of a map-valued key (a member chunk): when it was written; it stops being fresh TTL after. */
  readonly writtenAt?: number;
}

export class ReadRecord {
  readonly deps: ReadDep[] = [];
  /** Something the answer depends on did not come from the cache. */
  outside = false;

  read(dep: ReadDep): void {
    this.deps.push(dep);
  }

  /** A read the cache did not answer (a miss, another request's flight, an upstream call). */
  elsewhere(): void {
    this.outside = true;
  }
}

const storage = new AsyncLocalStorage<ReadRecord>();

/** Runs `fn` (one request) with a fresh record of its cache reads. */
export function recordingReads<T>(fn: () => T): T {
  return storage.run(new ReadRecord(), fn);
}

/** The current request's record; undefined outside `recordingReads` (WebSocket operations, tools). */
export function currentReads(): ReadRecord | undefined {
  return storage.getStore();
}
