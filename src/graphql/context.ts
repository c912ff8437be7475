/**
 * What every resolver gets: who is calling, this request's loaders, the upstream client, and the
 * one way to say "this changed". Built per request from the list of product modules (product.ts).
 */
import type { KnownRoom, RoomProduct } from '../auth/read-policy';
import type { Viewer } from '../auth/viewer';
import type { ReadRecord } from '../cache/read-record';
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
  /** The upstream client behind this request's budget and the viewer's fair share (budget.ts). */
  client: TencentClient;
  /** This request's upstream budget: calls made so far; `reset` starts a subscription event's own. */
  budget?: { readonly used: number; reset(): void };
  /**
   * After a successful write: drop the shared-cache entries of these resources of the room, and
   * this request's loader entries for them, so what the mutation answers is read fresh.
   */
  changed(roomId: string, resources: readonly Resource[]): Promise<void>;
  /** Which rooms the viewer may read (ROOMGRAPH_READ_POLICY): every root read of a room asks (read-access.ts). */
  reads: RoomReads;
  /** What this request read from the shared cache (an HTTP request's, for answer reuse: server/answer-reuse.ts). */
  readRecord?: ReadRecord;
}

/** The read policy, for this request's viewer (src/auth/read-policy.ts). */
export interface RoomReads {
  /** False when every room is readable (policy `all`, or a global admin): no check costs anything then. */
  readonly restricted: boolean;
  /** Whether the viewer may read room `roomId`, through this request's loaders. */
  canRead(roomId: string, product: RoomProduct, known?: KnownRoom): Promise<boolean>;
}
