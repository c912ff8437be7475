/**
 * The `members` and `bannedMembers` connections over Tencent's two pagination styles (spec §11):
 * a string `Next` cursor for members, numeric `Offset`/`NextOffset` for bans.
 *
 * Members are read in chunks of 100 (one upstream call answers most rooms whole, and `owner`,
 * `Seat.member` and `members` share it). A member cursor is (chunk cursor, position in the chunk),
 * so every edge's cursor resumes exactly after that edge.
 */
import type { MemberPage, RoomMember } from '../commands/model';
import * as srv from '../commands/conference';
import type { Context } from '../graphql/context';
import { Connection, decodeCursor, encodeCursor, pageOf, type ConnectionValue, type Edge } from '../graphql/connection';
import { check } from '../graphql/validate';
import { BannedMember, Member } from './member.type';

export const MemberConnection = Connection(Member, 'Member', {
  noun: 'members',
  // The room's own count: `members` hangs on a room already read with get_room_info, so it is free.
  totalCount:
    'How many members the room has now: the room\'s `memberCount`, from the room read this field hangs on (no extra call to ' +
    'Tencent). Room info and member pages are cached separately, so it can briefly differ from the pages; null when Tencent does not say.',
});
export const BannedMemberConnection = Connection(BannedMember, 'BannedMember', { noun: 'banned members' });

export type MemberValue = RoomMember & { roomId: string };

export function withRoom(roomId: string, m: RoomMember): MemberValue {
  return { ...m, roomId };
}

/**
 * Every edge of a chunk: its member (with the room) and the cursor right after it. Made once per
 * cached chunk (frozen and shared between requests: cache/parsed-memo.ts), and frozen like it;
 * a chunk just fetched (not frozen) gets its own.
 */
const chunkEdges = new WeakMap<MemberPage, { roomId: string; cursor: string; edges: readonly Edge<MemberValue>[] }>();

function edgesOf(roomId: string, chunkCursor: string, page: MemberPage): readonly Edge<MemberValue>[] {
  const make = (freeze: boolean) =>
    page.members.map((m, i) => {
      const edge = { node: withRoom(roomId, m), cursor: encodeCursor({ c: chunkCursor, k: i + 1 }) };
      return freeze ? Object.freeze({ ...edge, node: Object.freeze(edge.node) }) : edge;
    });
  if (!Object.isFrozen(page)) return make(false);
  const made = chunkEdges.get(page);
  if (made?.roomId === roomId && made.cursor === chunkCursor) return made.edges;
  const edges = Object.freeze(make(true));
  chunkEdges.set(page, { roomId, cursor: chunkCursor, edges });
  return edges;
}

interface MemberCursor {
  c: string;
  k: number;
}
const isMemberCursor = (x: unknown): x is MemberCursor =>
  typeof x === 'object' && x !== null && typeof (x as MemberCursor).c === 'string' &&
  Number.isInteger((x as MemberCursor).k) && (x as MemberCursor).k >= 0;

export async function memberConnection(
  ctx: Context,
  roomId: string,
  first: number,
  after: string | undefined | null,
  totalCount: number | null,
): Promise<ConnectionValue<MemberValue>> {
  check(srv.getRoomMemberList.limits.count, 'first', first);
  const start: MemberCursor = after ? decodeCursor(after, 'after', isMemberCursor) : { c: '', k: 0 };
  const edges: Edge<MemberValue>[] = [];
  let chunkCursor = start.c;
  let k = start.k;
  let page = await ctx.loaders.memberChunks.load({ roomId, cursor: chunkCursor });
  for (;;) {
    const all = edgesOf(roomId, chunkCursor, page);
    while (k < page.members.length && edges.length < first) {
      edges.push(all[k]);
      k += 1;
    }
    if (edges.length >= first || !page.next || page.next === chunkCursor) break;
    chunkCursor = page.next;
    k = 0;
    page = await ctx.loaders.memberChunks.load({ roomId, cursor: chunkCursor });
  }
  const hasNextPage = k < page.members.length || (page.next !== '' && page.next !== chunkCursor);
  return pageOf(edges, hasNextPage, start.c !== '' || start.k > 0, totalCount);
}

interface OffsetCursor {
  o: number;
}
const isOffsetCursor = (x: unknown): x is OffsetCursor =>
  typeof x === 'object' && x !== null && Number.isInteger((x as OffsetCursor).o) && (x as OffsetCursor).o >= 0;

export async function bannedConnection(
  ctx: Context,
  roomId: string,
  first: number,
  after: string | undefined | null,
): Promise<ConnectionValue<{ userId: string; roomId: string; bannedUntil: number }>> {
  check(srv.getBannedMemberList.limits.limit, 'first', first);
  const offset = after ? decodeCursor(after, 'after', isOffsetCursor).o : 0;
  const page = await ctx.loaders.bannedPages.load({ roomId, limit: first, offset });
  const edges = page.banned.map((b, i) => ({ node: { ...b, roomId }, cursor: encodeCursor({ o: offset + i + 1 }) }));
  return pageOf(edges, page.nextOffset !== 0, offset > 0);
}
