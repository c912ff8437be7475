/**
 * Relay-style connections. Cursors are opaque base64url JSON of our own; they never expose
 * Tencent's raw cursor format to clients, and a tampered cursor is a BAD_USER_INPUT.
 *
 * `PageInfo` is Relay's in full (both directions' flags and cursors) so Apollo Client's and urql's
 * pagination helpers work unchanged; paging is forward only (`first`/`after`), so
 * `hasPreviousPage` says whether the page started after a cursor. A connection whose list Tencent
 * counts adds `totalCount` (only where the count costs no extra upstream call).
 */
import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './validate';

@ObjectType({ description: 'Where a page of a list sits in the whole list, and the cursors to ask for the next page (Relay\'s PageInfo).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page: pass `endCursor` as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page, i.e. the page started after a cursor (`after`). Lists page forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the page\'s first item; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the page\'s last item: pass it as `after` for the next page. Null for an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionValue<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Only on connections declared with a `totalCount`. */
  totalCount?: number | null;
}

export interface ConnectionOptions {
  /** The items, plural, for descriptions: e.g. `members`. */
  noun: string;
  /** When the list's length is known without an extra call: the `totalCount` field's description. */
  totalCount?: string;
}

/** The `<name>Connection` and `<name>Edge` types of a list of `Node`s. */
export function Connection<T extends object>(Node: ClassType<T>, name: string, options: ConnectionOptions) {
  const { noun } = options;

  @ObjectType(`${name}Edge`, { description: `One of the ${noun} of a page, with the cursor that resumes the list right after it.` })
  class EdgeType {
    @Field(() => String, { description: `Opaque; pass it as \`after\` to get the ${noun} that follow this one.` })
    cursor!: string;

    @Field(() => Node, { description: `The item itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${noun} (a Relay connection): ask for \`nodes\` or \`edges\`, and \`pageInfo\` for the next page.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The page's ${noun}, each with its cursor.` })
    edges!: EdgeType[];

    @Field(() => [Node], { description: `The page's ${noun}, for clients that need no per-item cursors.` })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow or precede this one, and the cursors to get them.' })
    pageInfo!: PageInfo;
  }

  // A decorator applied by hand: type-graphql reads field metadata when it builds the schema.
  if (options.totalCount) Field(() => Int, { nullable: true, description: options.totalCount })(ConnectionType.prototype, 'totalCount');
  return ConnectionType;
}

/**
 * A page from its edges: `nodes`, and the `PageInfo` cursors from the first and last edge.
 * `startedAfterCursor` is whether the page began after a cursor (`hasPreviousPage`).
 */
export function pageOf<T>(edges: Edge<T>[], hasNextPage: boolean, startedAfterCursor: boolean, totalCount?: number | null): ConnectionValue<T> {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: startedAfterCursor,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, field: string, check: (v: unknown) => v is T): T {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(v)) return v;
  } catch {
    /* fall through */
  }
  throw badInput(field, 'is not a cursor this API issued');
}
