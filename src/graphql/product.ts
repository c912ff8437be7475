/**
 * A product module: what one product (Conference, Live) or shared part (seats, callback
 * configuration) adds to the gateway. The server wires a list of them (server/products.ts); nothing
 * else needs to know which products exist.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { ResourceCache } from '../cache/resource-cache';
import type { TencentClient } from '../upstream/client';
import type { CallbackDecl } from '../wire/callbacks';
import type { Resource } from '../wire/resources';
import type { Context, Loaders } from './context';

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
}

/** Builds each request's context: every product's loaders, and `changed` forgetting across all of them. */
export type ContextFactory = (viewer: Viewer) => Context;

export function contextFactory(products: readonly ProductModule[], data: DataSources): ContextFactory {
  const forget = new Map<Resource, ((l: Loaders, roomId: string) => void)[]>();
  for (const p of products) {
    for (const [r, f] of Object.entries(p.forget ?? {}) as [Resource, (l: Loaders, roomId: string) => void][]) {
      forget.set(r, [...(forget.get(r) ?? []), f]);
    }
  }
  return (viewer) => {
    const loaders = Object.assign({}, ...products.map((p) => p.loaders?.(data) ?? {})) as Loaders;
    return {
      viewer,
      requestId: randomUUID(),
      loaders,
      client: data.client,
      async changed(roomId, resources) {
        await data.cache.invalidate(roomId, resources);
        for (const r of resources) for (const f of forget.get(r) ?? []) f(loaders, roomId);
      },
    };
  };
}
