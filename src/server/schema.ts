import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { AuthRules } from '../auth/rules';
import { PRODUCTS } from './products';

let built: GraphQLSchema | undefined;

/** The gateway schema (code first). Built once per process: type-graphql metadata is global. */
export function gatewaySchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: PRODUCTS.flatMap((p) => p.resolvers) as [Function, ...Function[]],
    authChecker: AuthRules,
    validate: false, // inputs are validated explicitly at the edge (graphql/validate.ts)
  });
  return built;
}

/** What schema/schema.graphql holds; a test fails when the checked-in copy is stale. */
export function printGatewaySchema(): string {
  return printSchema(gatewaySchema()) + '\n';
}
