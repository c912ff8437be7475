/**
 * What one GraphQL request read from the shared cache, for answer reuse (server/answer-reuse.ts):
 * every key it was answered from, with the exact value the cache gave, and whether anything it
 * read came from elsewhere (a cache miss, a read that joined another's flight, an upstream call):
 * such a request's answer depends on more than the cache and is never reused.
 *
 * The HTTP edge makes one per request and hands it to the request's context (graphql/product.ts),
 * which reads through a ResourceCache bound to it and marks it at every upstream call. It is carried
 * explicitly, not in an AsyncLocalStorage: on Node 20 a store turns on promise hooks for every
 * promise in the process (their cost, measured: BENCHMARKS.md).
 */

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
