/**
 * What every resolver gets: who is calling, this request's loaders, the upstream client, and the
 * one way to say "this changed". Built per request from the list of product modules (product.ts).
 */
import type { Viewer } from '../auth/viewer';
import type { TencentClient } from '../upstream/client';
import type { Resource } from '../wire/resources';

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
