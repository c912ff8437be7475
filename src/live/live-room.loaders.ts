/**
 * Live room reads: the full info by id (get_room_info) and the app-wide room list in chunks
 * (get_room_list), both through the shared cache.
 */
import DataLoader from 'dataloader';
import * as live from '../commands/live';
import type { LiveRoomInfo, LiveRoomPage } from '../commands/live-model';
import type { DataSources } from '../graphql/product';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';

/** The list is read in chunks of get_room_list's largest `Count` (spec §7.5: 20). */
export const ROOM_CHUNK = 20;

declare module '../graphql/context' {
  interface Loaders {
    /** Live room info by id; `null` = no such room. */
    liveRoom: DataLoader<string, LiveRoomInfo | null>;
    /** Chunks of 20 of the app-wide live room list, by Tencent's `Next` cursor (`''` first). */
    liveRoomChunks: DataLoader<string, LiveRoomPage>;
  }
}

/** Room info by id, batched per tick and cached for the request; `null` = no such room. */
export function createLiveRoomLoader({ client, cache }: DataSources) {
  return new DataLoader<string, LiveRoomInfo | null>(async (ids) => {
    const rooms = await cache.getMany<LiveRoomInfo | null>('liveRoom', ids, async (id) => {
      try {
        return await client.call(live.getLiveRoomInfo, id);
      } catch (e) {
        // A missing room is an answer (`liveRoom(id:)` is null), cached for the TTL; create_room changes it.
        if (e instanceof TencentApiError && e.errorCode === ErrorCodes.ROOM_NOT_FOUND) return null;
        throw e;
      }
    });
    return rooms.map((r) => (r === undefined ? null : r));
  });
}

/**
 * List chunks by cursor. get_room_list is limited to 10 calls/s, so chunks are shared: every
 * request and every page size reads the same chunks of 20 (the one app-wide `liveRooms` entry).
 */
export function createLiveRoomChunkLoader({ client, cache }: DataSources) {
  return new DataLoader<string, LiveRoomPage>((cursors) =>
    Promise.all(
      cursors.map((cursor) =>
        cache
          .getPart('liveRooms', '', cursor || '-', () => client.call(live.getLiveRoomList, cursor, ROOM_CHUNK))
          .catch((e: Error) => e),
      ),
    ),
  );
}
