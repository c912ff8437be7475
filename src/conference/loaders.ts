import type { ConferenceData } from './data';
import { createBannedPageLoader, createMemberChunkLoader } from './member.loaders';
import { createRoomLoader } from './room.loaders';
import { createSeatLoader } from './seat.loaders';

export type ConferenceLoaders = ReturnType<typeof createConferenceLoaders>;

/** A fresh set per GraphQL request: DataLoader's own cache must never outlive one request. */
export function createConferenceLoaders(data: ConferenceData) {
  return {
    room: createRoomLoader(data),
    seats: createSeatLoader(data),
    memberChunks: createMemberChunkLoader(data),
    bannedPages: createBannedPageLoader(data),
  };
}
