/**
 * What a live room keeps beyond the room state Conference and Live share (src/emulator/state.ts),
 * the app-wide gift catalogue and battles, and the reads every Live handler starts with. Live rooms
 * sit in the same per-app room namespace as Conference rooms (one RoomId is one room), so the seat
 * commands (room_engine_http_mic) and the ban list work on both.
 */
import { ErrorCodes } from '../../wire/envelope';
import { EmuError } from '../errors';
import { getRoom, type AppState, type Room } from '../state';
import type { Battle, LiveState } from './model';

export * from './model';

export type LiveRoom = Room & { type: 'Live'; live: LiveState };

export const isLive = (room: Room): room is LiveRoom => room.type === 'Live' && room.live !== undefined;

/**
 * The live room `roomId`: 100004 when there is none, 100006 when it is a Conference room. The
 * robot pages document 100006 "the room type must be Live" (spec §7.9, §8); the emulator applies
 * it to every live_engine_http_srv command that names a room (inferred: one backend, one rule).
 */
export function getLiveRoom(s: AppState, roomId: string): LiveRoom {
  const room = getRoom(s, roomId);
  if (!isLive(room)) {
    throw new EmuError(ErrorCodes.PERMISSION_DENIED, `room '${roomId}' is a Conference room; the room type must be Live`);
  }
  return room;
}

/** The mute end for `userId` if still running at `nowS`; expired mutes are dropped. */
export function activeMute(room: LiveRoom, userId: string, nowS: number): number | undefined {
  const until = room.live.muted.get(userId);
  if (until === undefined) return undefined;
  if (until > nowS) return until;
  room.live.muted.delete(userId);
  return undefined;
}

/** The room statistics (spec §7.7 get_room_stats). */
export function statsWire(room: LiveRoom): Record<string, number> {
  const l = room.live;
  return {
    TotalViewers: l.viewers.size,
    TotalGiftsSent: l.giftsSent,
    TotalGiftCoins: l.giftCoins,
    TotalUniqueGiftSenders: l.giftSenders.size,
    TotalLikesReceived: l.likes,
    TotalMsgCount: l.msgCount,
  };
}

/** The battle `roomId` is in at `nowMs`, if any; ended battles are dropped. */
export function battleOf(s: AppState, roomId: string, nowMs: number): Battle | undefined {
  for (const [id, b] of s.battles) {
    if (b.endMs <= nowMs) {
      s.battles.delete(id);
      continue;
    }
    if (b.fromRoomId === roomId || b.toRoomIds.includes(roomId)) return b;
  }
  return undefined;
}
