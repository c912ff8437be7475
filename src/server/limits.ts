/**
 * Query-shape limits, enforced at validation (before any resolver runs): selection depth and the
 * number of aliases. A query past them is GRAPHQL_VALIDATION_FAILED with a message that says which
 * limit and what it is. Depth counts through fragments;
 * introspection meta fields (`__schema`, `__type`) are bounded by the schema itself and not counted.
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

export function limitsRule(maxDepth: number, maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value.startsWith('__')) continue; // introspection meta fields
          max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(s.selectionSet, seen));
        } else {
          const f = fragments.get(s.name.value);
          if (f && !seen.has(f.name.value)) max = Math.max(max, depthOf(f.selectionSet, new Set(seen).add(f.name.value)));
        }
        if (max > maxDepth) return max; // enough to reject
      }
      return max;
    };

    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(new GraphQLError(`Query uses more than ${maxAliases} aliases`, { nodes: [node] }));
        }
      },
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`Query is deeper than the limit of ${maxDepth} levels`, { nodes: [node] }));
        }
      },
    };
  };
}
