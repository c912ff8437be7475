import DataLoader from 'dataloader';
import * as srv from '../commands/conference';
import type { BannedPage, MemberPage, RoomMember } from '../commands/model';
import type { DataSources } from '../graphql/product';

/** Members are fetched from Tencent in chunks of the largest page it serves (D7: 100). */
export const MEMBER_CHUNK = 100;

export interface ChunkKey {
  roomId: string;
  /** Tencent's `Next` cursor; `''` for the first chunk. */
  cursor: string;
}

export interface BannedKey {
  roomId: string;
  limit: number;
  offset: number;
}

declare module '../graphql/context' {
  interface Loaders {
    /** Member-list chunks of 100, by room and Tencent cursor. */
    memberChunks: DataLoader<ChunkKey, MemberPage, string>;
    /** Banned-list pages, by room, page size and offset. */
    bannedPages: DataLoader<BannedKey, BannedPage, string>;
  }
}

/** Member-list chunks (100 members each), de-duplicated per request. */
export function createMemberChunkLoader({ client, cache }: DataSources) {
  return new DataLoader<ChunkKey, MemberPage, string>(
    (keys) =>
      Promise.all(
        keys.map((k) =>
          cache
            .getPart('members', k.roomId, k.cursor || '-', () => client.call(srv.getRoomMemberList, k.roomId, MEMBER_CHUNK, k.cursor))
            .catch((e: Error) => e),
        ),
      ),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.cursor}` },
  );
}

export function createBannedPageLoader({ client, cache }: DataSources) {
  return new DataLoader<BannedKey, BannedPage, string>(
    (keys) =>
      Promise.all(
        keys.map((k) =>
          cache
            .getPart('banned', k.roomId, `${k.limit}:${k.offset}`, () => client.call(srv.getBannedMemberList, k.roomId, k.limit, k.offset))
            .catch((e: Error) => e),
        ),
      ),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.limit}\u0000${k.offset}` },
  );
}

/**
 * Finds one member by walking the room's chunks (most rooms fit in the first one, which the
 * `members` connection shares). Bounded by the number of chunks Tencent returns.
 */
export async function findMember(
  chunks: DataLoader<ChunkKey, MemberPage, string>,
  roomId: string,
  userId: string,
): Promise<RoomMember | null> {
  let cursor = '';
  for (let i = 0; i < 1000; i++) {
    const page = await chunks.load({ roomId, cursor });
    const hit = page.members.find((m) => m.userId === userId);
    if (hit) return hit;
    if (!page.next || page.next === cursor) return null;
    cursor = page.next;
  }
  return null;
}
