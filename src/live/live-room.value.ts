/**
 * What a `LiveRoom` is at run time. get_room_info gives the full info; get_room_list gives a
 * summary (spec §7.5: name, owner, cover, categories, create time, activity status, view count).
 * A value says which it is (`complete`), so a field the summary lacks knows to load the full info
 * (batched, one get_room_info per room, through the shared cache) — and every value is branded a
 * Live room for `AnyRoom` (src/rooms).
 */
import { GraphQLError } from 'graphql';
import type { LiveRoomInfo, LiveRoomSummary } from '../commands/live-model';
import type { Context } from '../graphql/context';
import { brandLive, type LiveBrand } from '../rooms';

export type FullLiveRoom = LiveRoomInfo & { readonly complete: true } & LiveBrand;
export type ListedLiveRoom = LiveRoomSummary & { readonly complete: false } & LiveBrand;
export type LiveRoomValue = FullLiveRoom | ListedLiveRoom;

export const fullValue = (info: LiveRoomInfo): FullLiveRoom => brandLive({ ...info, complete: true as const });
export const summaryValue = (item: LiveRoomSummary): ListedLiveRoom => brandLive({ ...item, complete: false as const });

/**
 * `LiveRoom` fields a list item answers by itself: the summary's own, and those that need only the
 * room id. Any other field selected on `liveRooms` nodes makes the list read each room's full info.
 */
export const LIST_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'name', 'type', 'ownerId', 'coverUrl', 'categories', 'activityStatus', 'viewCount', 'createdAt',
  'metadata', 'stats', 'members', 'onlineCount', 'mutedMembers', 'bannedMembers', 'admins', 'robots', 'giftCount',
]);

export function liveRoomNotFound(roomId: string): GraphQLError {
  return new GraphQLError(`Live room ${roomId} does not exist`, { extensions: { code: 'NOT_FOUND' } });
}

/** The full info of a room value: itself when complete, else loaded (NOT_FOUND when the room is gone). */
export async function fullInfo(ctx: Context, room: LiveRoomValue): Promise<LiveRoomInfo> {
  if (room.complete) return room;
  const info = await ctx.loaders.liveRoom.load(room.roomId);
  if (!info) throw liveRoomNotFound(room.roomId);
  return info;
}

/** The room read afresh, or NOT_FOUND: what a room mutation answers (write() has dropped the old entry). */
export async function liveRoomOrNotFound(ctx: Context, roomId: string): Promise<LiveRoomValue> {
  const info = await ctx.loaders.liveRoom.load(roomId);
  if (!info) throw liveRoomNotFound(roomId);
  return fullValue(info);
}
