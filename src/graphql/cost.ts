/**
 * What an operation can cost, estimated from the document, the variables and the schema before
 * anything runs: the most upstream calls it can cause on a cold cache, and its complexity (the
 * number of fields it can resolve, lists multiplied out). server/cost-limit.ts refuses an operation
 * over either limit; during execution the per-request client (budget.ts) enforces the same upstream
 * budget call by call, so an estimate that is too low can never let a request exceed it.
 *
 * The estimate is an upper bound, and its facts are per field, declared by the product that owns
 * the field (`ProductModule.costs`):
 *
 * - `rooms`: the field answers rooms (`room(id)` one, `rooms(ids)` one per id). Each room is a scope:
 *   the reads its fields need are counted once per room, whichever fields need them, because the
 *   loaders read each of a room's resources once per request (`owner`, `members` and `Seat.member`
 *   share one member list).
 * - `reads`: the room resources answering the field reads (in the nearest enclosing room), with
 *   how many calls each can take (a member page of 250 is three chunks of 100).
 * - `calls`: calls not tied to a room's resources (a write, an app-wide read, a per-argument read).
 * - `items`: how many items a list field answers, for complexity (default: its `first` argument, or
 *   `DEFAULT_LIST_ITEMS`).
 *
 * Aliases and fragments count every time they are spread (aliases of one room count twice: an
 * upper bound), `@skip`/`@include` are not evaluated (an upper bound again). The cost is linear in
 * the document: each fragment's cost is computed once and memoised, as in server/limits.ts.
 */
import {
  GraphQLError, Kind, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import type { Resource } from '../wire/resources';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-args';

type Args = Record<string, unknown>;
type PerArgs = number | ((args: Args) => number);

export interface FieldCost {
  /** The field answers rooms, each a scope whose reads count once: how many. */
  rooms?: PerArgs;
  /** Room resources the field reads (of its own rooms when `rooms` is set, else of the enclosing room), and calls per resource. */
  reads?: Partial<Record<Resource, PerArgs>>;
  /** Upstream calls outside any room's resources, per resolution of the field. */
  calls?: PerArgs;
  /** Items of the list the field answers (for complexity); default its `first` argument or `DEFAULT_LIST_ITEMS`. */
  items?: PerArgs;
}

/** Per type name, per field name. `'*'` applies to every field of the type that has no entry of its own. */
export type CostTable = Readonly<Record<string, Readonly<Record<string, FieldCost>>>>;

export interface OperationCost {
  /** The most upstream calls the operation can cause on a cold cache. */
  upstreamCalls: number;
  /** The most fields it can resolve, lists multiplied out. */
  complexity: number;
}

/** A list whose size no argument bounds (seats, gifts, metadata) is assumed this long. */
export const DEFAULT_LIST_ITEMS = 10;
/** Numbers saturate here, so a pathological document cannot overflow them. */
const CAP = 1e12;

interface Shape {
  calls: number;
  reads: Map<Resource, number>;
  fields: number;
}

const EMPTY: Shape = { calls: 0, reads: new Map(), fields: 0 };
const sat = (n: number): number => (Number.isFinite(n) ? Math.min(Math.max(0, n), CAP) : CAP);
const valueOf = (v: PerArgs | undefined, args: Args, fallback: number): number => {
  if (v === undefined) return fallback;
  try {
    return sat(typeof v === 'number' ? v : v(args));
  } catch {
    return fallback;
  }
};

/**
 * A connection's page size as its resolver sees it: `first`, or the default when omitted or null.
 * Past the field's maximum the field itself refuses it (BAD_USER_INPUT naming `first`, a clearer
 * answer than a cost refusal), so it is counted at the maximum.
 */
export const pageSize = (args: Args): number =>
  typeof args.first === 'number' ? Math.min(Math.max(0, args.first), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;

/** Chunks of `chunk` items that a page of `pageSize(args)` can span (a page that starts mid-chunk spans one more). */
export const chunksFor = (chunk: number) => (args: Args): number =>
  Math.max(1, Math.ceil(pageSize(args) / chunk) + (args.after ? 1 : 0));

/** The length of a list argument (`ids`, `representations`); past `max` the field refuses it itself, so it counts as `max`. */
export const lengthOf = (name: string, max = Infinity) => (args: Args): number => {
  const v = args[name];
  return Math.min(Array.isArray(v) ? v.length : 1, max);
};

/** Merges tables from several products; a field declared twice is a programming error. */
export function mergeCostTables(tables: readonly (CostTable | undefined)[]): CostTable {
  const out: Record<string, Record<string, FieldCost>> = {};
  for (const t of tables) {
    for (const [type, fields] of Object.entries(t ?? {})) {
      const into = (out[type] ??= {});
      for (const [field, cost] of Object.entries(fields)) {
        if (into[field]) throw new Error(`cost of ${type}.${field} is declared twice`);
        into[field] = cost;
      }
    }
  }
  return out;
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args | undefined,
  table: CostTable,
): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // A fragment's cost depends only on how long the lists directly in it are: memoised per both.
  const memo = new Map<string, Shape>();
  const inProgress = new Set<string>();
  const vars = variables ?? {};

  const argsOf = (def: GraphQLField<unknown, unknown>, node: FieldNode): Args => {
    if (def.args.length === 0) return {};
    try {
      return getArgumentValues(def, node, vars);
    } catch {
      return {}; // execution reports the bad argument; here it costs the defaults
    }
  };

  // A root field no product priced: a mutation writes once and reads what it answers; any other
  // root field is assumed to make one call (test/graphql/cost.test.ts checks every query is priced).
  const rootDefault = (parent: GraphQLNamedType): FieldCost =>
    parent === schema.getMutationType() ? { calls: 2, rooms: 1 } : parent === schema.getQueryType() || parent === schema.getSubscriptionType() ? { calls: 1 } : {};

  const fragmentShape = (name: string, listItems: number | undefined): Shape => {
    const memoKey = `${name}\u0000${listItems ?? ''}`;
    const known = memo.get(memoKey);
    if (known) return known;
    const f = fragments.get(name);
    if (!f || inProgress.has(name)) return EMPTY; // unknown or cyclic: validation reports it
    const type = schema.getType(f.typeCondition.name.value);
    if (!type) return EMPTY;
    inProgress.add(name);
    const shape = shapeOf(f.selectionSet, type, listItems);
    inProgress.delete(name);
    memo.set(memoKey, shape);
    return shape;
  };

  /** @param listItems the page size of the connection this field is on (its `nodes`, `edges`). */
  function fieldShape(node: FieldNode, parent: GraphQLNamedType, listItems: number | undefined): Shape {
    if (node.name.value.startsWith('__')) return { calls: 0, reads: new Map(), fields: 1 };
    if (!isObjectType(parent) && !isInterfaceType(parent)) return EMPTY;
    const def = parent.getFields()[node.name.value];
    if (!def) return EMPTY; // validation reports it
    const declared = table[parent.name]?.[node.name.value] ?? table[parent.name]?.['*'] ?? rootDefault(parent);
    const args = argsOf(def, node);
    const returns = getNamedType(def.type);
    const isList = isListType(getNullableType(def.type));
    // A connection (`first`) answers one object whose lists hold the page.
    const paged = def.args.some((a) => a.name === 'first');
    const inner = node.selectionSet ? shapeOf(node.selectionSet, returns, paged ? pageSize(args) : undefined) : EMPTY;

    const reads = new Map<Resource, number>();
    for (const [r, n] of Object.entries(declared.reads ?? {}) as [Resource, PerArgs][]) reads.set(r, valueOf(n, args, 1));
    const ownCalls = valueOf(declared.calls, args, 0);

    if (declared.rooms !== undefined) {
      const rooms = valueOf(declared.rooms, args, 1);
      for (const [r, n] of inner.reads) reads.set(r, Math.max(reads.get(r) ?? 0, n));
      let roomReads = 0;
      for (const n of reads.values()) roomReads += n;
      // A page of rooms (`liveRooms(first)`): its lists already multiplied the fields and calls
      // inside by the page size; only the rooms' reads are still to multiply.
      if (paged) return { calls: sat(ownCalls + rooms * roomReads + inner.calls), reads: new Map(), fields: sat(1 + inner.fields) };
      return { calls: sat(ownCalls + rooms * (roomReads + inner.calls)), reads: new Map(), fields: sat(1 + rooms * inner.fields) };
    }
    const items = valueOf(declared.items, args, isList ? (listItems ?? DEFAULT_LIST_ITEMS) : 1);
    for (const [r, n] of inner.reads) reads.set(r, Math.max(reads.get(r) ?? 0, n));
    return { calls: sat(ownCalls + items * inner.calls), reads, fields: sat(1 + items * inner.fields) };
  }

  // Recursion follows the document's own nesting (bounded by the depth limit and the parser's
  // token limit); fragments, the amplifier, are memoised above.
  function shapeOf(set: SelectionSetNode, type: GraphQLNamedType, listItems?: number): Shape {
    let calls = 0;
    let fields = 0;
    const reads = new Map<Resource, number>();
    const add = (s: Shape) => {
      calls = sat(calls + s.calls);
      fields = sat(fields + s.fields);
      for (const [r, n] of s.reads) reads.set(r, Math.max(reads.get(r) ?? 0, n));
    };
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) add(fieldShape(s, type, listItems));
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : type;
        if (on) add(shapeOf(s.selectionSet, on, listItems));
      } else add(fragmentShape(s.name.value, listItems));
    }
    // On an abstract type the branches are alternatives; adding them is a safe upper bound.
    return { calls, reads, fields };
  }

  const root = schema.getRootType(operation.operation);
  if (!root) return { upstreamCalls: 0, complexity: 0 };
  const top = shapeOf(operation.selectionSet, root);
  let upstreamCalls = top.calls;
  for (const n of top.reads.values()) upstreamCalls += n; // reads outside any room scope: none by design, counted anyway
  return { upstreamCalls: sat(upstreamCalls), complexity: top.fields };
}

/** The error an operation over a limit gets: names the limit, its value and the estimate. */
export function tooExpensive(what: 'upstream' | 'complexity', limit: number, estimate: number, variable: string): GraphQLError {
  const message =
    what === 'upstream'
      ? `This operation can cause up to ${estimate} calls to Tencent; the limit is ${limit} per request (${variable}). Ask for fewer rooms or smaller pages, or split it.`
      : `This operation can resolve up to ${estimate} fields; the limit is ${limit} (${variable}). Ask for fewer rooms or smaller pages, or split it.`;
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: variable, max: limit, estimate },
  });
}
