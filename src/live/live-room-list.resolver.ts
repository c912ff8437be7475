/**
 * `liveRooms(first, after)`: the app's public live rooms, most viewed first, as a Relay connection
 * over get_room_list (Tencent pages of at most 20 with a `Next` cursor, 10 calls/s).
 *
 * The list is read in chunks of 20, cached app-wide (`liveRooms`), as Conference reads members in
 * chunks of 100. Nodes are list items; when the query asks them for a field a list item does not
 * carry, every listed room's full info is read first (one batched get_room_info per room, through
 * the shared cache) and the nodes answer from it, so one room never mixes list and full data.
 */
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { LiveRoomInfo, LiveRoomSummary } from '../commands/live-model';
import { int } from '../commands/limits';
import { Connection, type ConnectionValue } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { refusalsOf } from '../graphql/read-access';
import { After, First } from '../graphql/page-args';
import { check } from '../graphql/validate';
import { chunkedConnection } from './chunked-connection';
import { LiveRoom } from './live-room.type';
import { LIST_FIELDS, fullValue, summaryValue, type LiveRoomValue } from './live-room.value';
import { nodeFieldNames } from './selection';

export const LiveRoomConnection = Connection(LiveRoom, 'LiveRoom', { noun: 'live rooms' });

/** A page holds 1 to 100 rooms, as every connection of this API. */
const pageSize = int(1, 100);

/**
 * ROOMGRAPH_READ_POLICY=members: of a page's rooms, those the viewer may read (they are in them),
 * the others left out — so a page may hold fewer than `first` rooms, or none, while more follow.
 * The owner comes with the list; the admin lists and first member chunks of the page's rooms are
 * read together (batched, through the shared cache): about two upstream reads per listed room
 * when cold, none warm. The same edges, unchecked, when the policy does not restrict the viewer.
 */
async function readableOnly<E extends { node: LiveRoomSummary }>(ctx: Context, edges: E[]): Promise<E[]> {
  if (!ctx.reads.restricted) return edges;
  const refusals = await refusalsOf(ctx, edges.map((e) => ({ roomId: e.node.roomId, known: e.node })), 'live');
  // A room whose check failed upstream (not a refusal) fails the page, as a failed list read does.
  const failed = refusals.find((r) => r && !(r instanceof GraphQLError && r.extensions.code === 'FORBIDDEN'));
  if (failed) throw failed;
  return edges.filter((_, i) => refusals[i] === null);
}

@Resolver(() => LiveRoom)
export class LiveRoomListResolver {
  @Query(() => LiveRoomConnection, {
    description:
      'The app\'s public live rooms, most viewed first, a page at a time: a lobby (get_room_list, 10 calls/s upstream, cached). ' +
      'Rooms created with `isPublicVisible: false` are not listed. Asking listed rooms for fields the list does not carry (see ' +
      '`LiveRoom`) costs one get_room_info per listed room, batched and cached. With ROOMGRAPH_READ_POLICY=members, a viewer ' +
      'who is not an administrator sees only the rooms they are in (a member, the owner or a room admin, and not banned): the ' +
      'others are left out of each page, so a page may hold fewer than `first` rooms, or none, while `hasNextPage` is true; ' +
      '`endCursor` is then the last listed room\'s, shown or not, so paging goes on past them.',
  })
  async liveRooms(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @First('rooms') first: number,
    @After() after?: string | null,
  ): Promise<ConnectionValue<LiveRoomValue>> {
    check(pageSize, 'first', first);
    const page = await chunkedConnection(first, after, async (cursor) => {
      const chunk = await ctx.loaders.liveRoomChunks.load(cursor);
      return { items: chunk.rooms, next: chunk.next };
    });
    const listed = await readableOnly(ctx, page.edges);
    const needFull = [...nodeFieldNames(info)].some((f) => !LIST_FIELDS.has(f));
    const full = needFull ? await ctx.loaders.liveRoom.loadMany(listed.map((e) => e.node.roomId)) : [];
    const edges = listed.map((e, i) => {
      const f = full[i];
      // A room gone since it was listed (null), or whose info failed (its fields will say so), stays a list item.
      const node = f && !(f instanceof Error) ? fullValue(f as LiveRoomInfo) : summaryValue(e.node);
      return { cursor: e.cursor, node };
    });
    // endCursor stays the last listed room's, shown or not, so `after: endCursor` goes on past the rooms left out.
    const pageInfo = listed === page.edges ? page.pageInfo : { ...page.pageInfo, startCursor: edges[0]?.cursor ?? null };
    return { edges, nodes: edges.map((e) => e.node), pageInfo };
  }
}
