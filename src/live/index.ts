/**
 * The Live product (live_engine_http_srv, live_engine_http_pk): live rooms and their list,
 * metadata, statistics, messages, audience, administrators and robots; the app's gift catalogue;
 * battles. Seats are the shared seats module's; callback configuration is `liveCallbackConfig`
 * (src/callback-config). Its callbacks (spec §9) are the Live rows of the callback table.
 */
// Import order is schema order (type-graphql registers fields as classes load): rooms first.
import { LIVE_MEMBER_LIST_MAX } from '../commands/live';
import { chunksFor, pageSize } from '../graphql/cost';
import type { ProductModule } from '../graphql/product';
import { callbacksOf } from '../wire/callbacks';
import { ROOM_CHUNK, createLiveRoomChunkLoader, createLiveRoomLoader } from './live-room.loaders';
import { LiveRoomResolver } from './live-room.resolver';
import { LiveRoomListResolver } from './live-room-list.resolver';
import { createLiveMetadataLoader } from './metadata.loaders';
import { MetadataResolver } from './metadata.resolver';
import { createLiveGiftCountLoader, createLiveStatsLoader } from './stats.loaders';
import { StatsResolver } from './stats.resolver';
import { MessageResolver } from './message.resolver';
import {
  createLiveAdminLoader, createLiveBannedPageLoader, createLiveMemberChunkLoader, createLiveMutedLoader, createLiveRobotLoader,
} from './live-member.loaders';
import { LiveMemberIdResolvers, LiveMemberResolver } from './live-member.resolver';
import { LiveStaffResolver } from './live-staff.resolver';
import { createGiftReadLoader } from './gift.loaders';
import { GiftResolver } from './gift.resolver';
import { GiftCategoryResolver } from './gift-category.resolver';
import { BattleResolver } from './battle.resolver';

export const liveModule: ProductModule = {
  name: 'live',
  resolvers: [
    LiveRoomResolver, LiveRoomListResolver, MetadataResolver, StatsResolver, MessageResolver, LiveMemberResolver, LiveStaffResolver,
    GiftResolver, GiftCategoryResolver, BattleResolver, ...LiveMemberIdResolvers,
  ],
  loaders: (data) => ({
    liveRoom: createLiveRoomLoader(data),
    liveRoomChunks: createLiveRoomChunkLoader(data),
    liveMemberChunks: createLiveMemberChunkLoader(data),
    liveBannedPages: createLiveBannedPageLoader(data),
    liveMuted: createLiveMutedLoader(data),
    liveAdmins: createLiveAdminLoader(data),
    liveRobots: createLiveRobotLoader(data),
    liveMetadata: createLiveMetadataLoader(data),
    liveStats: createLiveStatsLoader(data),
    liveGiftCount: createLiveGiftCountLoader(data),
    giftReads: createGiftReadLoader(data),
  }),
  forget: {
    liveRoom: (l, roomId) => l.liveRoom.clear(roomId),
    // Keyed by Tencent's cursors (or offsets), which a change moves: drop them all.
    liveRooms: (l) => l.liveRoomChunks.clearAll(),
    liveMembers: (l) => l.liveMemberChunks.clearAll(),
    liveBanned: (l) => l.liveBannedPages.clearAll(),
    metadata: (l, roomId) => l.liveMetadata.clear(roomId),
    stats: (l, roomId) => l.liveStats.clear(roomId),
    muted: (l, roomId) => l.liveMuted.clear(roomId),
    admins: (l, roomId) => l.liveAdmins.clear(roomId),
    robots: (l, roomId) => l.liveRobots.clear(roomId),
    giftCount: (l) => l.liveGiftCount.clearAll(),
    // One app-wide entry: every gift read goes.
    gifts: (l) => l.giftReads.clearAll(),
  },
  callbacks: callbacksOf('live'),
  // What each field can cost upstream on a cold cache (graphql/cost.ts). A listed room's fields
  // that the list does not carry read its full info: counted for every listed room (an upper bound).
  costs: {
    Query: {
      liveRoom: { rooms: 1, reads: { liveRoom: 1 } },
      liveRooms: { calls: chunksFor(ROOM_CHUNK), rooms: pageSize },
      gift: { calls: 1 },
      giftCategory: { calls: 1 },
      giftCatalogue: { reads: { gifts: 1 } },
    },
    LiveRoom: {
      '*': { reads: { liveRoom: 1 } },
      id: {},
      seats: { reads: { liveRoom: 1, seats: 1 } },
      metadata: { reads: { metadata: 1 } },
      stats: { reads: { stats: 1 } },
      giftCount: { calls: 1 },
      members: { reads: { liveMembers: chunksFor(LIVE_MEMBER_LIST_MAX) } },
      onlineCount: { reads: { liveMembers: 1 } },
      mutedMembers: { reads: { muted: 1 } },
      bannedMembers: { reads: { liveBanned: 1 } },
      admins: { reads: { admins: 1 } },
      robots: { reads: { robots: 1 } },
    },
    Gift: { languages: { reads: { gifts: 1 } }, createdAt: { reads: { gifts: 1 } }, localized: { calls: 1 } },
    GiftCategory: { gifts: { reads: { gifts: 1 } }, languages: { reads: { gifts: 1 } }, localized: { calls: 1 } },
  },
};
