/**
 * Federation 2: this gateway as a subgraph of a supergraph. `Room` and `LiveRoom` are entities
 * keyed by `id` (their `@key`s sit on their classes); `User` is a new one, keyed by the Tencent
 * user id, that `Member.user` and `LiveMember.user` point to, for other subgraphs to add profiles
 * to. server/schema.ts turns the built schema into the subgraph (subgraph.ts) with the entities'
 * reference resolvers (entities.ts). It has no loaders of its own: rooms resolve through the
 * products' loaders.
 */
import { lengthOf } from '../graphql/cost';
import type { ProductModule } from '../graphql/product';
import { LiveMemberUserResolver, MemberUserResolver } from './user-links.resolver';

export { ENTITY_RESOLVERS, type EntityResolvers, type Representation } from './entities';
export { FEDERATION_URL, toSubgraph } from './subgraph';
export { User } from './user.type';

export const federationModule: ProductModule = {
  name: 'federation',
  resolvers: [MemberUserResolver, LiveMemberUserResolver],
  // A router's `_entities` resolves each representation through the products' loaders: one room
  // read each (a User costs none, but is counted as one: an upper bound).
  costs: { Query: { _entities: { rooms: lengthOf('representations'), reads: { room: 1 } }, _service: {} } },
};
