/**
 * A product module: what one product (Conference, Live) or shared part (seats, callback
 * configuration) adds to the gateway. The server wires a list of them (server/products.ts); nothing
 * else needs to know which products exist.
 */
import { randomUUID } from 'node:crypto';
import { ReadRule } from '../auth/read-policy';
import type { Viewer } from '../auth/viewer';
import type { ReadRecord } from '../cache/read-record';
import type { ResourceCache } from '../cache/resource-cache';
import type { TencentClient } from '../upstream/client';
import type { CallbackDecl } from '../wire/callbacks';
import type { Resource } from '../wire/resources';
import { requestClient, type RequestLimits } from './budget';
import type { Context, Loaders } from './context';
import type { CostTable } from './cost';

/** What a product's loaders read through. */
export interface DataSources {
  client: TencentClient;
  cache: ResourceCache;
}

export interface ProductModule {
  readonly name: string;
  /** type-graphql resolver classes. */
  readonly resolvers: readonly Function[];
  /** This request's loaders (DataLoader's own cache must never outlive one request). */
  loaders?(data: DataSources): Partial<Loaders>;
  /** Which of its loaders hold each resource: their entries for the room go when it changes. */
  readonly forget?: Partial<Record<Resource, (loaders: Loaders, roomId: string) => void>>;
  /** The callbacks it owns: the receiver accepts them and invalidates what each one `changes`. */
  readonly callbacks?: readonly CallbackDecl[];
  /** What its fields can cost upstream and in complexity (graphql/cost.ts), by type and field. */
  readonly costs?: CostTable;
}

/**
 * Builds each request's context: every product's loaders, and `changed` forgetting across all of
 * them. With `record` (an HTTP query's, for answer reuse) the request's cache reads and upstream
 * calls are recorded in it.
 */
export type ContextFactory = (viewer: Viewer, record?: ReadRecord) => Context;

/** Every room readable by every viewer: ROOMGRAPH_READ_POLICY=all, for callers that pass no rule. */
const READ_ALL = new ReadRule<Context>('all', async () => true);

/**
 * @param limits each request's upstream budget and the viewer's fair share (budget.ts); without
 *   them the request calls the shared client directly (tests of one product, tools).
 * @param readRule who may read which room (ROOMGRAPH_READ_POLICY, auth/read-policy.ts), as each
 *   context's `reads`; without it every room is readable (policy `all`).
 */
export function contextFactory(
  products: readonly ProductModule[],
  data: DataSources,
  limits?: RequestLimits,
  readRule: ReadRule<Context> = READ_ALL,
): ContextFactory {
  const forget = new Map<Resource, ((l: Loaders, roomId: string) => void)[]>();
  for (const p of products) {
    for (const [r, f] of Object.entries(p.forget ?? {}) as [Resource, (l: Loaders, roomId: string) => void][]) {
      forget.set(r, [...(forget.get(r) ?? []), f]);
    }
  }
  return (viewer, record) => {
    const client = limits ? requestClient(data.client, viewer, limits) : undefined;
    const calls = client ?? data.client;
    const mine: DataSources = {
      // An upstream call means the answer depends on more than the shared cache (answer-reuse.ts).
      client: record ? { call: (cmd, ...args) => (record.elsewhere(), calls.call(cmd, ...args)), close: () => calls.close() } : calls,
      cache: record ? data.cache.recording(record) : data.cache,
    };
    const loaders = Object.assign({}, ...products.map((p) => p.loaders?.(mine) ?? {})) as Loaders;
    const ctx: Context = {
      viewer,
      requestId: randomUUID(),
      loaders,
      client: mine.client,
      budget: client,
      readRecord: record,
      async changed(roomId, resources) {
        await data.cache.invalidate(roomId, resources);
        for (const r of resources) for (const f of forget.get(r) ?? []) f(loaders, roomId);
      },
      reads: {
        restricted: readRule.restricts(viewer),
        canRead: (roomId, product, known) => readRule.canRead(ctx, roomId, product, known),
      },
    };
    return ctx;
  };
}
