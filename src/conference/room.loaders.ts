import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import * as srv from '../commands/conference';
import type { RoomInfo } from '../commands/model';
import type { Context } from '../graphql/context';
import type { DataSources } from '../graphql/product';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';

declare module '../graphql/context' {
  interface Loaders {
    /** Conference room info by id; `null` = no such room. */
    room: DataLoader<string, RoomInfo | null>;
  }
}

/** Room info by id, batched per tick and cached for the request; `null` = no such room. */
export function createRoomLoader({ client, cache }: DataSources) {
  return new DataLoader<string, RoomInfo | null>(async (ids) => {
    const rooms = await cache.getMany<RoomInfo | null>('room', ids, async (id) => {
      try {
        return await client.call(srv.getRoomInfo, id);
      } catch (e) {
        // A missing room is an answer (`room(id:)` is null), cached like any other for the TTL;
        // create_room changes it.
        if (e instanceof TencentApiError && e.errorCode === ErrorCodes.ROOM_NOT_FOUND) return null;
        throw e;
      }
    });
    return rooms.map((r) => (r === undefined ? null : r));
  });
}

/** The room, or NOT_FOUND: what a mutation answers after it changed the room. */
export async function roomOrNotFound(ctx: Context, roomId: string): Promise<RoomInfo> {
  const room = await ctx.loaders.room.load(roomId);
  if (!room) {
    throw new GraphQLError(`Room ${roomId} does not exist`, { extensions: { code: 'NOT_FOUND' } });
  }
  return room;
}
