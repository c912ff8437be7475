/**
 * Query-shape limits, enforced at validation (before any resolver runs): selection depth and the
 * number of aliases. A query past them is GRAPHQL_VALIDATION_FAILED with a message that says which
 * limit and what it is. Depth and aliases count through fragments (a fragment spread twice counts
 * its aliases twice); introspection meta fields (`__schema`, `__type`) are bounded by the schema
 * itself and not counted for depth.
 *
 * The cost is linear in the document: each fragment's depth and alias count is computed once and
 * memoised, so a chain of fragments that each spread the next twice does not blow up. A fragment
 * cycle is not followed (graphql's NoFragmentCycles rule reports it); here it just counts as 0.
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

interface Shape { depth: number; aliases: number }

export function limitsRule(maxDepth: number, maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

    // Alias counts saturate just past the limit, so repeated spreads cannot overflow.
    const cap = maxAliases + 1;
    const memo = new Map<string, Shape>();
    const inProgress = new Set<string>();

    const fragmentShape = (name: string): Shape => {
      const known = memo.get(name);
      if (known) return known;
      const f = fragments.get(name);
      if (!f || inProgress.has(name)) return { depth: 0, aliases: 0 }; // unknown or cyclic: validation reports it
      inProgress.add(name);
      const shape = shapeOf(f.selectionSet);
      inProgress.delete(name);
      memo.set(name, shape);
      return shape;
    };

    // Recursion follows the document's own nesting (bounded by graphql-js's parser); fragments, the
    // amplifier, are memoised above.
    function shapeOf(set: SelectionSetNode | undefined): Shape {
      if (!set) return { depth: 0, aliases: 0 };
      let depth = 0;
      let aliases = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.alias) aliases++;
          const inner = shapeOf(s.selectionSet);
          aliases += inner.aliases;
          // Introspection meta fields count for aliases but not for depth.
          if (!s.name.value.startsWith('__')) depth = Math.max(depth, s.selectionSet ? 1 + inner.depth : 1);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          const inner = shapeOf(s.selectionSet);
          depth = Math.max(depth, inner.depth);
          aliases += inner.aliases;
        } else {
          const inner = fragmentShape(s.name.value);
          depth = Math.max(depth, inner.depth);
          aliases += inner.aliases;
        }
        if (aliases > cap) aliases = cap;
      }
      return { depth, aliases };
    }

    return {
      OperationDefinition(node) {
        const shape = shapeOf(node.selectionSet);
        if (shape.depth > maxDepth) {
          context.reportError(new GraphQLError(`Query is deeper than the limit of ${maxDepth} levels`, { nodes: [node] }));
        }
        if (shape.aliases > maxAliases) {
          context.reportError(new GraphQLError(`Query uses more than ${maxAliases} aliases`, { nodes: [node] }));
        }
      },
    };
  };
}
