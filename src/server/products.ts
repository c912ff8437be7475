/**
 * The products this gateway serves, in one list: the schema, the per-request loaders, what a
 * write forgets and which callbacks the receiver takes all come from it.
 */
// Import order is schema order: type-graphql registers fields as their classes load.
import { viewerModule } from '../graphql/viewer';
import { conferenceModule } from '../conference';
import { seatsModule } from '../seats';
import { liveModule } from '../live';
import { conferenceCallbackConfig, liveCallbackConfig } from '../callback-config';
import { federationModule } from '../federation';
import { subscriptionsModule } from '../subscriptions';
import type { ProductModule } from '../graphql/product';

export const PRODUCTS: readonly ProductModule[] = Object.freeze([
  viewerModule, conferenceModule, seatsModule, liveModule, conferenceCallbackConfig, liveCallbackConfig, federationModule,
  subscriptionsModule,
]);
