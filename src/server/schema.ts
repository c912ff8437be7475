import 'reflect-metadata';
import { buildSchemaSync } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { conferenceResolvers } from '../conference';
import { AuthRules } from '../auth/rules';

let built: GraphQLSchema | undefined;

/** The gateway schema (code first). Built once per process: type-graphql metadata is global. */
export function gatewaySchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [...conferenceResolvers],
    authChecker: AuthRules,
    validate: false, // inputs are validated explicitly at the edge (conference/validate.ts)
  });
  return built;
}

/** What schema/schema.graphql holds; a test fails when the checked-in copy is stale. */
export function printGatewaySchema(): string {
  return printSchema(gatewaySchema()) + '\n';
}
