/**
 * Refuses an operation before it runs when what it can cost is over a limit: upstream calls
 * (ROOMGRAPH_MAX_UPSTREAM_CALLS) or complexity (ROOMGRAPH_MAX_COMPLEXITY), both estimated by
 * graphql/cost.ts from the document and the variables. HTTP answers 400 with QUERY_TOO_EXPENSIVE
 * naming the limit; the WebSocket edge refuses the subscription the same way. During execution,
 * graphql/budget.ts enforces the upstream limit call by call.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../graphql/context';
import { estimateCost, tooExpensive, type CostTable } from '../graphql/cost';

export interface CostLimits {
  maxUpstreamCalls: number;
  maxComplexity: number;
}

export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
) => GraphQLError | undefined;

/** Verdicts kept per document and variables: at most this many variable sets per document. */
const MAX_VERDICTS_PER_DOCUMENT = 64;

export function costCheck(table: CostTable, limits: CostLimits): CostCheck {
  // Apollo hands the same parsed document to every request with the same text, so the verdict for
  // a document, an operation and its variables is computed once (a warm read pays a map lookup).
  const verdicts = new WeakMap<DocumentNode, Map<string, GraphQLError | undefined>>();
  const judge = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined) => {
    const cost = estimateCost(schema, document, operation, variables, table);
    if (cost.upstreamCalls > limits.maxUpstreamCalls) {
      return tooExpensive('upstream', limits.maxUpstreamCalls, cost.upstreamCalls, 'ROOMGRAPH_MAX_UPSTREAM_CALLS');
    }
    if (cost.complexity > limits.maxComplexity) {
      return tooExpensive('complexity', limits.maxComplexity, cost.complexity, 'ROOMGRAPH_MAX_COMPLEXITY');
    }
    return undefined;
  };
  return (schema, document, operation, variables) => {
    let byVariables = verdicts.get(document);
    if (!byVariables) verdicts.set(document, (byVariables = new Map()));
    let key: string;
    try {
      key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    } catch {
      return judge(schema, document, operation, variables); // variables JSON cannot key (never from HTTP)
    }
    if (byVariables.has(key)) return byVariables.get(key);
    const verdict = judge(schema, document, operation, variables);
    if (byVariables.size >= MAX_VERDICTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value as string);
    byVariables.set(key, verdict);
    return verdict;
  };
}

export function costLimit(check: CostCheck): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const refused = operation && check(schema, document, operation, request.variables);
          // Refused before anything ran: the client's request was too big, so 400 (not 200 with errors).
          if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
