/**
 * Who runs a room, as Tencent's room roles mean it: what `@Authorized('ROOM_STAFF')` checks
 * (src/auth/rules.ts). Here because it reads both products' loaders, which auth/ lies below.
 */
import { findMember } from '../conference/member.loaders';
import type { Context } from '../graphql/context';
import '../conference/room.loaders';
import '../live/live-room.loaders';
import '../live/live-member.loaders';

/**
 * Whether `userId` is the owner or a room admin of `roomId`: a Conference room's owner and its
 * members with role ADMIN; a Live room's owner and its get_admin_list. The room is looked up as a
 * Conference room first, and as a Live room when that finds none or a Live one. Reads go through
 * the request's loaders, so the resolvers reuse them: at most one get_room_info and one member-list
 * walk or admin list per room per request. A room that does not exist has no staff.
 */
export async function isRoomStaff(ctx: Context, roomId: string, userId: string): Promise<boolean> {
  const { loaders } = ctx;
  const conf = await loaders.room.load(roomId);
  if (conf && conf.roomType !== 'LIVE') {
    if (conf.ownerId === userId) return true;
    return (await findMember(loaders.memberChunks, roomId, userId))?.role === 'ADMIN';
  }
  const live = await loaders.liveRoom.load(roomId);
  if (!live) return false;
  if (live.ownerId === userId) return true;
  return (await loaders.liveAdmins.load(roomId)).includes(userId);
}
