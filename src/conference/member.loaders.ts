import DataLoader from 'dataloader';
import type { BannedPage, MemberPage, RoomMember } from '../commands/model';
import type { ConferenceData } from './data';

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

/** Member-list chunks (100 members each), de-duplicated per request. */
export function createMemberChunkLoader(data: ConferenceData) {
  return new DataLoader<ChunkKey, MemberPage, string>(
    (keys) => Promise.all(keys.map((k) => data.memberChunk(k.roomId, k.cursor).catch((e: Error) => e))),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.cursor}` },
  );
}

export function createBannedPageLoader(data: ConferenceData) {
  return new DataLoader<BannedKey, BannedPage, string>(
    (keys) => Promise.all(keys.map((k) => data.bannedPage(k.roomId, k.limit, k.offset).catch((e: Error) => e))),
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
