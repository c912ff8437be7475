/**
 * Reuses the data of a query's answer while everything it was computed from is unchanged in the
 * shared cache. GraphQL execution of a warm page of 20 rooms (about 1,500 fields) costs several
 * times a whole `{ __typename }` request even with no resolver overhead at all (BENCHMARKS.md), so
 * a warm read can only come near an empty query's cost by not executing again what it already did.
 *
 * An answer is kept only when it is a query's, has no errors and no extensions, and every read it
 * made was answered by the shared cache (cache/read-record.ts: no miss, no joined flight, no
 * upstream call). It is kept under the caller's user id and admin flag, the operation (Apollo's
 * hash of its text, and its name) and the variables as sent, so it is never served to another
 * user: authorization, the read policy included, reads through the same cache entries.
 *
 * Before each reuse the shared cache is read again for every key the answer came from, in one
 * round trip (ReadThrough.stillHolds): each must still hold the very value read (the same stored
 * text), and member chunks must still be fresh. A write, an invalidation by a callback or by
 * another instance (Redis), an expiry: the answer is dropped and the query executes as ever. So
 * a reused answer is exactly what executing the query against the cache at that moment would
 * answer, never staler than the cache itself, and a cold read costs what it did (nothing is kept
 * until the cache holds every entry). Entries live at most the cache TTL, and are bounded in count
 * and in size (the length of their data as JSON).
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { deepFreeze } from '../cache/parsed-memo';
import type { ReadDep } from '../cache/read-record';
import type { ReadThrough } from '../cache/read-through';
import type { Context } from '../graphql/context';

export interface AnswerReuseOptions {
  readThrough: ReadThrough;
  /** The cache TTL: an answer is never kept longer. 0 turns reuse off. */
  ttlMs: number;
  /** Most answers kept; default 1000. */
  maxEntries?: number;
  /** Most characters of answer data (as JSON) kept; default 32 Mi. */
  maxChars?: number;
  now?: () => number;
  /** Each query answered with a kept answer (metrics). */
  onReuse?: () => void;
}

interface Kept {
  readonly data: Record<string, unknown>;
  readonly deps: readonly ReadDep[];
  readonly expiresAt: number;
  readonly chars: number;
}

/** The answer's key: who asks, which operation, with which variables. */
function keyOf(rc: GraphQLRequestContext<Context>): string | undefined {
  const viewer = rc.contextValue.viewer;
  if (!viewer || !rc.queryHash) return undefined;
  return `${viewer.userId}\u0000${viewer.isAdmin ? 1 : 0}\u0000${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
}

export function answerReuse(o: AnswerReuseOptions): ApolloServerPlugin<Context> {
  const now = o.now ?? Date.now;
  const maxEntries = o.maxEntries ?? 1000;
  const maxChars = o.maxChars ?? 32 * 1024 * 1024;
  const kept = new Map<string, Kept>();
  let chars = 0;
  const drop = (key: string, k: Kept) => {
    if (kept.get(key) === k) {
      kept.delete(key);
      chars -= k.chars;
    }
  };
  if (!(o.ttlMs > 0)) return {};

  return {
    async requestDidStart() {
      let reused = false;
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          const record = rc.contextValue.readRecord;
          if (!record) return null;
          // Only queries; a router's trace (ftv1) is made by executing.
          if (rc.operation?.operation !== 'query' || rc.request.http?.headers.get('apollo-federation-include-trace')) {
            record.elsewhere();
            return null;
          }
          key = keyOf(rc);
          const k = key === undefined ? undefined : kept.get(key);
          if (!key || !k) return null;
          if (now() >= k.expiresAt || !(await o.readThrough.stillHolds(k.deps))) {
            drop(key, k);
            return null;
          }
          // Most recently used last: eviction takes the least recently used.
          kept.delete(key);
          kept.set(key, k);
          reused = true;
          o.onReuse?.();
          return { body: { kind: 'single', singleResult: { data: k.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
        async willSendResponse(rc) {
          const record = rc.contextValue.readRecord;
          if (reused || !key || !record || record.outside || record.deps.length === 0) return;
          const body = rc.response.body;
          if (body.kind !== 'single') return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || errors?.length || (extensions && Object.keys(extensions).length)) return;
          let expiresAt = now() + o.ttlMs;
          const seen = new Set<string>();
          const deps: ReadDep[] = [];
          for (const d of record.deps) {
            if (d.writtenAt !== undefined) expiresAt = Math.min(expiresAt, d.writtenAt + o.ttlMs);
            const id = `${d.key}\u0000${d.writtenAt ?? ''}`;
            if (!seen.has(id)) {
              seen.add(id);
              deps.push(d);
            }
          }
          const size = JSON.stringify(data).length;
          if (size > maxChars / 16 || !deepFreeze(data)) return;
          const previous = kept.get(key);
          if (previous) drop(key, previous);
          kept.set(key, { data, deps, expiresAt, chars: size });
          chars += size;
          for (const [k, v] of kept) {
            if (kept.size <= maxEntries && chars <= maxChars) break;
            drop(k, v);
          }
        },
      };
    },
  };
}
