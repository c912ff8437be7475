/**
 * Turns the type-graphql schema into a Federation 2 subgraph. type-graphql builds the schema as
 * ever (auth checker, middlewares, scalars and all); its SDL, with the `@key`s that `@Directive`
 * keeps on the types' AST nodes, goes through @apollo/subgraph's `buildSubgraphSchema`, which adds
 * `_service`, `_entities` and `_Entity`; then every resolver of the built schema (field resolvers
 * with their auth and error wrapping, scalars, enum values, type resolvers) is moved onto it with
 * type-graphql's own `createResolversMap`, beside the entities' reference resolvers.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  Kind, isInterfaceType, isObjectType, parse, printSchema,
  type ConstDirectiveNode, type DefinitionNode, type DocumentNode, type GraphQLSchema,
} from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { EntityResolvers } from './entities';

/** The Federation 2 version this subgraph links, and the one directive it uses. */
export const FEDERATION_URL = 'https://specs.apollo.dev/federation/v2.3';
const LINK = parse(`extend schema @link(url: "${FEDERATION_URL}", import: ["@key"])`);

type Named = { readonly astNode?: { readonly directives?: readonly ConstDirectiveNode[] } | null };
const directivesOf = (x: Named | undefined | null) => x?.astNode?.directives ?? [];

/**
 * graphql-js prints only its own directives: put back those type-graphql recorded from
 * `@Directive(…)` on object and interface types and their fields — the federation ones (`@key`).
 */
function withDirectives(schema: GraphQLSchema, doc: DocumentNode): DocumentNode {
  const definitions = doc.definitions.map((def): DefinitionNode => {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) return def;
    const type = schema.getType(def.name.value);
    if (!isObjectType(type) && !isInterfaceType(type)) return def;
    const fields = type.getFields();
    return {
      ...def,
      directives: [...(def.directives ?? []), ...directivesOf(type)],
      fields: def.fields?.map((f) => ({ ...f, directives: [...(f.directives ?? []), ...directivesOf(fields[f.name.value])] })),
    };
  });
  return { ...doc, definitions };
}

/** The subgraph of `schema`, whose entities resolve by reference through `entities`. */
export function toSubgraph(schema: GraphQLSchema, entities: EntityResolvers): GraphQLSchema {
  const typeDefs = withDirectives(schema, parse(printSchema(schema)));
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(entities)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({ typeDefs: [LINK, typeDefs], resolvers } as Parameters<typeof buildSubgraphSchema>[0]);
}
