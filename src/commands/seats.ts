/**
 * `room_engine_http_mic` — seats, shared by Conference and Live (spec §3.13). 200 calls/s each.
 * Rooms created without seats answer 100211 to every seat command.
 */
import { command, envelopeOnly, firstArg } from './command';
import { bytes, int, roomIdLimit, userIdLimit } from './limits';
import type { LockSeatParams, MovePolicy, Seat } from './model';
import { compact, dataOf, toArray, toSeat } from './translate';

const service = 'room_engine_http_mic' as const;

/** A seat number; rooms have at most a few dozen, so anything past this is a typo. */
const seatIndex = int(0, 10_000);

/** get_seat_list (60719) — read. A free seat has no (or an empty) `Member_Account`. */
export const getSeatList = command({
  service, name: 'get_seat_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r): Seat[] => toArray(dataOf(r).SeatList).map(toSeat),
});

/** pick_user_on_seat (64428) — write; the user must be a room member. */
export const pickUserOnSeat = command({
  service, name: 'pick_user_on_seat', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit, index: seatIndex },
  changes: ['seats'], room: firstArg,
  body: (roomId: string, userId: string, index: number) => ({ RoomId: roomId, Member_Account: userId, Index: index }),
  parse: envelopeOnly,
});

/** kick_user_off_seat (60717) — write; `Data` travels with the client notification. */
export const kickUserOffSeat = command({
  service, name: 'kick_user_off_seat', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit, data: bytes(1000) },
  changes: ['seats'], room: firstArg,
  body: (roomId: string, userId: string, data: string) => ({ RoomId: roomId, Member_Account: userId, Data: data }),
  parse: envelopeOnly,
});

/** lock_seat (60716) — write; locking an occupied seat removes the occupant first. */
export const lockSeat = command({
  service, name: 'lock_seat', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, index: seatIndex },
  changes: ['seats'], room: (p: LockSeatParams) => p.roomId,
  body: (p: LockSeatParams) =>
    compact({
      RoomId: p.roomId, Index: p.index,
      ForbidTaken: p.forbidTaken, ForbidVideo: p.forbidVideo, ForbidAudio: p.forbidAudio,
    }),
  parse: envelopeOnly,
});

/** switch_seat (72552) — write; older API, moves a user to an empty seat. */
export const switchSeat = command({
  service, name: 'switch_seat', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit, toIndex: seatIndex },
  changes: ['seats'], room: firstArg,
  body: (roomId: string, userId: string, toIndex: number) => ({ RoomId: roomId, ToIndex: toIndex, Member_Account: userId }),
  parse: envelopeOnly,
});

const policyCode: Record<MovePolicy, number> = { CANCEL: 0, FORCE: 1, SWAP: 2 };

/** move_user_to_seat (72685) — write; Policy 0 cancel, 1 force (kick occupant), 2 swap. */
export const moveUserToSeat = command({
  service, name: 'move_user_to_seat', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit, seatIndex },
  changes: ['seats'], room: firstArg,
  body: (roomId: string, userId: string, seatIndex: number, policy: MovePolicy) => ({
    RoomId: roomId, SeatIndex: seatIndex, Member_Account: userId, Policy: policyCode[policy],
  }),
  parse: envelopeOnly,
});
