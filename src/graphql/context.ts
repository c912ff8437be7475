/**
 * What every resolver gets: who is calling, this request's loaders, the upstream client, and the
 * one way to say "this changed". Built per request from the list of product modules.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/viewer';
import type { TencentClient } from '../upstream/client';
import type { Resource } from '../wire/resources';
import type { DataSources, ProductModule } from './product';

/**
 * This request's loaders, by name. Empty here: each product module adds its own with
 * `declare module '../graphql/context' { interface Loaders { … } }` next to the loader.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

export interface Context {
  viewer: Viewer;
  requestId: string;
  loaders: Loaders;
  client: TencentClient;
  /**
   * After a successful write: drop the shared-cache entries of these resources of the room, and
   * this request's loader entries for them, so what the mutation answers is read fresh.
   */
  changed(roomId: string, resources: readonly Resource[]): Promise<void>;
}

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
