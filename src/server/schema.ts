/**
 * The gateway schema: type-graphql builds it from the products' resolvers (code first), and
 * federation/ makes it a Federation 2 subgraph (`_service`, `_entities`, the `@key`s), so one
 * schema serves frontends and supergraph routers alike.
 */
import 'reflect-metadata';
import { buildSchemaSync, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { AuthRules } from '../auth/rules';
import type { Context } from '../graphql/context';
import { isRoomStaff } from './room-staff';
import { ENTITY_RESOLVERS, toSubgraph } from '../federation';
import { PRODUCTS } from './products';

let built: GraphQLSchema | undefined;

/** Who may do what (src/auth/rules.ts), room staff as src/server/room-staff.ts reads them. */
const rules = new AuthRules<Context>(isRoomStaff);

/**
 * type-graphql wants a PubSub once a schema has subscriptions. Ours never subscribe by topic: each
 * subscribes through its connection's event hub (subscriptions/, one per gateway instance, while
 * this schema is one per process), so a topic subscription is a bug.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('subscriptions publish through the event hub (src/subscriptions), not a type-graphql PubSub');
  },
  subscribe() {
    throw new Error('subscriptions subscribe through the event hub (src/subscriptions), not by topic');
  },
};

/** The gateway schema, a subgraph. Built once per process: type-graphql metadata is global. */
export function gatewaySchema(): GraphQLSchema {
  built ??= toSubgraph(
    buildSchemaSync({
      resolvers: PRODUCTS.flatMap((p) => p.resolvers) as [Function, ...Function[]],
      authChecker: (data, roles) => rules.check(data, roles),
      pubSub: NO_TOPICS,
      validate: false, // inputs are validated explicitly at the edge (graphql/validate.ts)
    }),
    ENTITY_RESOLVERS,
  );
  return built;
}

/**
 * What schema/schema.graphql holds — the subgraph SDL, as `_service { sdl }` answers it; a test
 * fails when the checked-in copy is stale.
 */
export function printGatewaySchema(): string {
  return printSubgraphSchema(gatewaySchema()).trimEnd() + '\n';
}
