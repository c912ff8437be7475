/**
 * A product module: what one product (Conference, Live) or shared part (seats, callback
 * configuration) adds to the gateway. The server wires a list of them (server/products.ts); nothing
 * else needs to know which products exist.
 */
import type { ResourceCache } from '../cache/resource-cache';
import type { TencentClient } from '../upstream/client';
import type { CallbackDecl } from '../wire/callbacks';
import type { Resource } from '../wire/resources';
import type { Loaders } from './context';

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
