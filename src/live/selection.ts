/**
 * Which fields a query selects on a connection's nodes (`nodes { … }` and `edges { node { … } }`),
 * through fragments and inline fragments. `liveRooms` uses it to decide, once for the page,
 * whether list items are enough or each room's full info must be read.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionNode } from 'graphql';

function fieldsOf(selections: readonly SelectionNode[], info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of selections) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet.selections, info, out);
    else {
      const fragment = info.fragments[s.name.value];
      if (fragment) fieldsOf(fragment.selectionSet.selections, info, out);
    }
  }
  return out;
}

/** The sub-fields named `name` of these fields. */
function children(fields: readonly FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  return fields.flatMap((f) => fieldsOf(f.selectionSet?.selections ?? [], info).filter((c) => c.name.value === name));
}

/** Names of the fields selected on the nodes of the connection this resolver answers. */
export function nodeFieldNames(info: GraphQLResolveInfo): Set<string> {
  const nodes = [
    ...children(info.fieldNodes, 'nodes', info),
    ...children(children(info.fieldNodes, 'edges', info), 'node', info),
  ];
  return new Set(nodes.flatMap((n) => fieldsOf(n.selectionSet?.selections ?? [], info)).map((f) => f.name.value));
}
