/**
 * The Conference product (room_engine_http_srv): rooms, members, bans, and how they meet the
 * shared seats. Its callbacks (spec §5.2) are the Conference rows of the callback table.
 */
import { chunksFor, lengthOf } from '../graphql/cost';
import type { ProductModule } from '../graphql/product';
import { callbacksOf } from '../wire/callbacks';
import { MEMBER_CHUNK, createBannedPageLoader, createMemberChunkLoader } from './member.loaders';
import { MemberResolver } from './member.resolver';
import { createRoomLoader } from './room.loaders';
import { BannedMemberIdResolver, BannedMemberResolver, MAX_ROOM_IDS, MemberIdResolver, RoomResolver } from './room.resolver';
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
  // What each field can cost upstream on a cold cache (graphql/cost.ts): a room's reads count once
  // per room, whichever fields share them.
  costs: {
    Query: {
      room: { rooms: 1, reads: { room: 1 } },
      rooms: { rooms: lengthOf('ids', MAX_ROOM_IDS), reads: { room: 1 } },
    },
    Room: {
      owner: { reads: { members: 1 } },
      members: { reads: { members: chunksFor(MEMBER_CHUNK) } },
      bannedMembers: { reads: { banned: 1 } },
      seats: { reads: { seats: 1 } },
    },
    Member: { seat: { reads: { room: 1, seats: 1 } } },
    Seat: { member: { reads: { members: 1 } } },
  },
};
