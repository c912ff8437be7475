/** Reads of a live room's people: online members in chunks, bans in pages, mutes, admins, robots. */
import DataLoader from 'dataloader';
import * as live from '../commands/live';
import type { LiveBannedPage, LiveMemberPage, TimedAccount } from '../commands/live-model';
import type { DataSources } from '../graphql/product';

export interface LiveChunkKey {
  roomId: string;
  /** Tencent's `Next` cursor; `''` for the first chunk. */
  cursor: string;
}

export interface LiveBannedKey {
  roomId: string;
  limit: number;
  offset: number;
}

declare module '../graphql/context' {
  interface Loaders {
    /** Online-member chunks (as long as Tencent makes them), by room and Tencent cursor. */
    liveMemberChunks: DataLoader<LiveChunkKey, LiveMemberPage, string>;
    /** Banned-list pages, by room, page size and offset. */
    liveBannedPages: DataLoader<LiveBannedKey, LiveBannedPage, string>;
    /** Muted members by room. */
    liveMuted: DataLoader<string, TimedAccount[]>;
    /** Room administrators' ids by room. */
    liveAdmins: DataLoader<string, string[]>;
    /** Robot accounts' ids by room. */
    liveRobots: DataLoader<string, string[]>;
  }
}

/** get_member_list takes no page size: a chunk is whatever Tencent returns for a cursor. */
export function createLiveMemberChunkLoader({ client, cache }: DataSources) {
  return new DataLoader<LiveChunkKey, LiveMemberPage, string>(
    (keys) =>
      Promise.all(
        keys.map((k) =>
          cache
            .getPart('liveMembers', k.roomId, k.cursor || '-', () => client.call(live.getLiveMemberList, k.roomId, k.cursor))
            .catch((e: Error) => e),
        ),
      ),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.cursor}` },
  );
}

export function createLiveBannedPageLoader({ client, cache }: DataSources) {
  return new DataLoader<LiveBannedKey, LiveBannedPage, string>(
    (keys) =>
      Promise.all(
        keys.map((k) =>
          cache
            .getPart('liveBanned', k.roomId, `${k.limit}:${k.offset}`, () => client.call(live.getLiveBannedMemberList, k.roomId, k.limit, k.offset))
            .catch((e: Error) => e),
        ),
      ),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.limit}\u0000${k.offset}` },
  );
}

export function createLiveMutedLoader({ client, cache }: DataSources) {
  return new DataLoader<string, TimedAccount[]>((ids) => cache.getMany('muted', ids, (id) => client.call(live.getMutedMemberList, id)));
}

export function createLiveAdminLoader({ client, cache }: DataSources) {
  return new DataLoader<string, string[]>((ids) => cache.getMany('admins', ids, (id) => client.call(live.getAdminList, id)));
}

export function createLiveRobotLoader({ client, cache }: DataSources) {
  return new DataLoader<string, string[]>((ids) => cache.getMany('robots', ids, (id) => client.call(live.getRobot, id)));
}
