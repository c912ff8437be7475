/**
 * The reads behind `LiveRoom.stats` and `LiveRoom.giftCount(userId)`, through the shared cache (`stats`, `giftCount`).
 */
import DataLoader from 'dataloader';
import * as live from '../commands/live';
import * as gifts from '../commands/live-gifts';
import type { GiftCount, LiveRoomStats } from '../commands/live-model';
import type { DataSources } from '../graphql/product';
import type { TencentClient } from '../upstream/client';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';

export interface GiftCountKey {
  roomId: string;
  userId: string;
}

declare module '../graphql/context' {
  interface Loaders {
    /** Room statistics by room id. */
    liveStats: DataLoader<string, LiveRoomStats>;
    /** Gift statistics by room and user. */
    liveGiftCount: DataLoader<GiftCountKey, GiftCount, string>;
  }
}

/**
 * get_room_stats, or get_room_statistic where Tencent does not know get_room_stats (60009: the
 * console's client code calls the older name, spec §7.7). Same answer either way, cached as `stats`.
 */
async function readStats(client: TencentClient, roomId: string): Promise<LiveRoomStats> {
  try {
    return await client.call(live.getRoomStats, roomId);
  } catch (e) {
    if (e instanceof TencentApiError && e.errorCode === ErrorCodes.BAD_RESOURCE) return client.call(live.getRoomStatistic, roomId);
    throw e;
  }
}

export function createLiveStatsLoader({ client, cache }: DataSources) {
  return new DataLoader<string, LiveRoomStats>((ids) => cache.getMany('stats', ids, (id) => readStats(client, id)));
}

export function createLiveGiftCountLoader({ client, cache }: DataSources) {
  return new DataLoader<GiftCountKey, GiftCount, string>(
    (keys) =>
      Promise.all(
        keys.map((k) =>
          cache.getPart('giftCount', k.roomId, k.userId, () => client.call(gifts.getGiftCount, k.roomId, k.userId)).catch((e: Error) => e),
        ),
      ),
    { cacheKeyFn: (k) => `${k.roomId}\u0000${k.userId}` },
  );
}
