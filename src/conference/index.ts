/**
 * The Conference product (room_engine_http_srv): rooms, members, bans, and how they meet the
 * shared seats. Its callbacks (spec §5.2) are the Conference rows of the callback table.
 */
import type { ProductModule } from '../graphql/product';
import { callbacksOf } from '../wire/callbacks';
import { createBannedPageLoader, createMemberChunkLoader } from './member.loaders';
import { MemberResolver } from './member.resolver';
import { createRoomLoader } from './room.loaders';
import { BannedMemberIdResolver, BannedMemberResolver, MemberIdResolver, RoomResolver } from './room.resolver';
import { MemberSeatResolver, RoomSeatsResolver, SeatMemberResolver } from './seat-links.resolver';

export const conferenceModule: ProductModule = {
  name: 'conference',
  resolvers: [
    RoomResolver, BannedMemberResolver, MemberResolver, RoomSeatsResolver, MemberSeatResolver, SeatMemberResolver,
    MemberIdResolver, BannedMemberIdResolver,
  ],
  loaders: (data) => ({
    room: createRoomLoader(data),
    memberChunks: createMemberChunkLoader(data),
    bannedPages: createBannedPageLoader(data),
  }),
  forget: {
    room: (l, roomId) => l.room.clear(roomId),
    // Chunks are keyed by Tencent's cursors, which a change moves: drop them all.
    members: (l) => l.memberChunks.clearAll(),
    banned: (l) => l.bannedPages.clearAll(),
  },
  callbacks: callbacksOf('conference'),
};
