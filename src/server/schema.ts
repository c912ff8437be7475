/**
 * The gateway schema: type-graphql builds it from the products' resolvers (code first), and
 * federation/ makes it a Federation 2 subgraph (`_service`, `_entities`, the `@key`s), so one
 * schema serves frontends and supergraph routers alike.
 */
import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { AuthRules } from '../auth/rules';
import { ENTITY_RESOLVERS, toSubgraph } from '../federation';
import { PRODUCTS } from './products';

let built: GraphQLSchema | undefined;

/** The gateway schema, a subgraph. Built once per process: type-graphql metadata is global. */
export function gatewaySchema(): GraphQLSchema {
  built ??= toSubgraph(
    buildSchemaSync({
      resolvers: PRODUCTS.flatMap((p) => p.resolvers) as [Function, ...Function[]],
      authChecker: AuthRules,
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
