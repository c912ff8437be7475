/**
 * Who is in a room, as Tencent's room roles mean it: what ROOMGRAPH_READ_POLICY=members asks
 * (src/auth/read-policy.ts) before a non-admin reads a room. Here, beside room-staff.ts, because it
 * reads both products' loaders, which auth/ lies below.
 *
 * In a room are its owner, its room admins (Conference: members with role ADMIN, who are members
 * anyway; Live: get_admin_list) and its members (the member list Tencent returns: Conference's
 * get_room_member_list, Live's online get_member_list, which Tencent caps at 1000) — minus anyone
 * on its banned list, whatever their role (a Live admin stays on the admin list while banned).
 * Nobody is in a room that does not exist, or that was destroyed while it was read.
 *
 * Every read goes through the request's loaders and the shared cache, the ones the resolvers use:
 * the owner costs nothing beyond the room read the query makes anyway; then the admin list (Live),
 * the member list a chunk at a time until the user is found, and, for a user found, the banned
 * list. A refused user costs no banned-list read. Rooms checked together (`rooms(ids)`, a
 * `liveRooms` page) batch per tick.
 */
import { getBannedMemberList } from '../commands/conference';
import { getLiveBannedMemberList } from '../commands/live';
import { largest } from '../commands/limits';
import { findMember } from '../conference/member.loaders';
import { ReadRule, type KnownRoom, type ReadPolicy, type RoomProduct } from '../auth/read-policy';
import type { Context } from '../graphql/context';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';
import '../conference/room.loaders';
import '../live/live-room.loaders';
import '../live/live-member.loaders';

/** Banned lists are walked in pages of each command's largest. */
const CONFERENCE_BANNED_PAGE = largest(getBannedMemberList.limits.limit);
const LIVE_BANNED_PAGE = largest(getLiveBannedMemberList.limits.limit);
/** A bound on any list walk: Tencent's cursors end, but a misbehaving one must not spin forever. */
const MAX_PAGES = 1000;

/** A room that was destroyed between two reads of this check: nobody is in it. */
const gone = (e: unknown) => e instanceof TencentApiError && e.errorCode === ErrorCodes.ROOM_NOT_FOUND;
/** Live's answer for a Conference room's id (100006, "the room type must be Live"); read as "not this product's room". */
const notLive = (e: unknown) => e instanceof TencentApiError && e.errorCode === ErrorCodes.PERMISSION_DENIED;

/** A product's banned-list pages (Conference's and Live's loaders share this shape). */
interface BannedPages {
  load(key: { roomId: string; limit: number; offset: number }): Promise<{ banned: readonly { userId: string }[]; nextOffset?: number | null }>;
}

/** Whether `userId` is on none of the room's banned-list pages. */
async function notBanned(pages: BannedPages, pageSize: number, roomId: string, userId: string): Promise<boolean> {
  for (let offset = 0, i = 0; i < MAX_PAGES; i++) {
    const page = await pages.load({ roomId, limit: pageSize, offset });
    if (page.banned.some((b) => b.userId === userId)) return false;
    if (!page.nextOffset || page.nextOffset <= offset) return true;
    offset = page.nextOffset;
  }
  return true;
}

async function inConference(ctx: Context, roomId: string, ownerId: string | null, userId: string): Promise<boolean> {
  const present = ownerId === userId || (await findMember(ctx.loaders.memberChunks, roomId, userId)) !== null;
  return present && notBanned(ctx.loaders.bannedPages, CONFERENCE_BANNED_PAGE, roomId, userId);
}

async function inLiveMembers(ctx: Context, roomId: string, userId: string): Promise<boolean> {
  let cursor = '';
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await ctx.loaders.liveMemberChunks.load({ roomId, cursor });
    if (page.userIds.includes(userId)) return true;
    if (!page.next || page.next === cursor) return false;
    cursor = page.next;
  }
  return false;
}

async function inLive(ctx: Context, roomId: string, ownerId: string | null, userId: string): Promise<boolean> {
  const present =
    ownerId === userId || (await ctx.loaders.liveAdmins.load(roomId)).includes(userId) || (await inLiveMembers(ctx, roomId, userId));
  return present && notBanned(ctx.loaders.liveBannedPages, LIVE_BANNED_PAGE, roomId, userId);
}

/** The live room's owner; `undefined` when it is no live room (missing, or a Conference room's id). */
async function liveOwner(ctx: Context, roomId: string): Promise<{ ownerId: string | null } | undefined> {
  try {
    const info = await ctx.loaders.liveRoom.load(roomId);
    return info ?? undefined;
  } catch (e) {
    if (notLive(e)) return undefined;
    throw e;
  }
}

/** The Conference room; `null` when there is none, or when Tencent answers 100006 for a Live room's id. */
async function conferenceRoom(ctx: Context, roomId: string) {
  try {
    return await ctx.loaders.room.load(roomId);
  } catch (e) {
    if (notLive(e)) return null;
    throw e;
  }
}

/**
 * Whether `userId` is in room `roomId` (see above). `product` says which product's read asks, so
 * that room is looked up first: a Conference read looks the id up as a Conference room, and as a
 * Live room when that finds none or a Live one (as room-staff.ts does); a Live read the other way
 * round. `known` is what the caller already read (a listed live room's owner): no room read then.
 */
export async function isInRoom(ctx: Context, roomId: string, userId: string, product: RoomProduct, known?: KnownRoom): Promise<boolean> {
  try {
    if (product === 'live') {
      const live = known ?? (await liveOwner(ctx, roomId));
      if (live) return await inLive(ctx, roomId, live.ownerId, userId);
    }
    const conf = await conferenceRoom(ctx, roomId);
    if (conf && conf.roomType !== 'LIVE') return await inConference(ctx, roomId, conf.ownerId, userId);
    if (product === 'live') return false;
    const live = await liveOwner(ctx, roomId);
    return live ? await inLive(ctx, roomId, live.ownerId, userId) : false;
  } catch (e) {
    if (gone(e)) return false;
    throw e;
  }
}

/** The gateway's read rule for ROOMGRAPH_READ_POLICY, over `isInRoom`. */
export function readRuleFor(policy: ReadPolicy): ReadRule<Context> {
  return new ReadRule<Context>(policy, isInRoom);
}
