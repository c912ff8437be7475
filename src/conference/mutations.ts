/** Helpers every Conference mutation shares. */
import { GraphQLError } from 'graphql';
import type { RoomInfo } from '../commands/model';
import type { Context } from '../server/context';
import type { Resource } from './data';

/**
 * After a successful write: drop exactly the shared-cache entries it changed, and this request's
 * loader entries, so the answer the mutation returns is read fresh.
 */
export async function changed(ctx: Context, roomId: string, resources: readonly Resource[]): Promise<void> {
  await ctx.conference.invalidate(roomId, resources);
  if (resources.includes('room')) ctx.loaders.room.clear(roomId);
  if (resources.includes('seats')) ctx.loaders.seats.clear(roomId);
  if (resources.includes('members')) ctx.loaders.memberChunks.clearAll();
  if (resources.includes('banned')) ctx.loaders.bannedPages.clearAll();
}

export async function roomOrNotFound(ctx: Context, roomId: string): Promise<RoomInfo> {
  const room = await ctx.loaders.room.load(roomId);
  if (!room) {
    throw new GraphQLError(`Room ${roomId} does not exist`, { extensions: { code: 'NOT_FOUND' } });
  }
  return room;
}
