/**
 * State changes shared by REST commands and control-API client actions, together with the
 * callbacks they raise: members leaving (by themselves, kicked or banned) and seats being taken.
 */
import { Callbacks } from '../wire/callbacks';
import type { Ctx } from './context';
import { invalid, noSeats } from './errors';
import { getMember, seatOf, type Room, type Seat } from './state';

/** A seat as `Mic.CallbackAfterSeatInfoChanged` carries it: `Member_Account` is `""` when free (spec §5.2). */
function seatCallbackWire(seat: Seat): Record<string, unknown> {
  return {
    Index: seat.index,
    Member_Account: seat.userId ?? '',
    IsTakenDisabled: seat.isTakenDisabled,
    IsVideoDisabled: seat.isVideoDisabled,
    IsAudioDisabled: seat.isAudioDisabled,
  };
}

export function emitSeatChange(ctx: Ctx, room: Room, seats: Seat[]): void {
  const changed = [...new Set(seats)].sort((a, b) => a.index - b.index);
  ctx.emit(Callbacks.seatsChanged, {
    Operator_Account: ctx.operator,
    RoomId: room.roomId,
    SeatList: changed.map(seatCallbackWire),
  });
}

/**
 * Removes members from the room and from their seats. Raises one seat change for the freed seats,
 * then one `Room.CallbackAfterMemberLeave` listing everyone who was in the room.
 */
export function removeMembers(ctx: Ctx, room: Room, userIds: string[], type: 'Leave' | 'Kicked', reason: string): void {
  const present = userIds.filter((u) => room.members.has(u));
  if (present.length === 0) return;
  const freed: Seat[] = [];
  for (const u of present) {
    const seat = seatOf(room, u);
    if (seat) {
      seat.userId = undefined;
      freed.push(seat);
    }
    room.members.delete(u);
  }
  if (freed.length > 0) emitSeatChange(ctx, room, freed);
  ctx.emit(Callbacks.memberLeft, {
    Operator_Account: ctx.operator,
    RoomId: room.roomId,
    MemberCount: room.members.size,
    Type: type,
    MemberList_Account: present,
    Reason: reason,
  });
}

/** 100211 for a room created without seats (spec §3.13). */
export function requireSeats(room: Room): void {
  if (!room.isSeatEnabled) throw noSeats(room.roomId);
}

/** The seat at `index`: 100211 for a room without seats, 100002 naming `field` when out of range. */
export function seatAt(room: Room, index: number, field: string): Seat {
  requireSeats(room);
  const seat = room.seats[index];
  if (!seat) throw invalid(`${field} ${index} is out of range: room '${room.roomId}' has seats 0..${room.seats.length - 1}`);
  return seat;
}

/**
 * Puts a member on a free, unlocked seat (pick_user_on_seat, and a client taking a seat).
 * Already on that seat: no change (returns false). Already on another seat: 100002 — moving is
 * what switch_seat / move_user_to_seat are for (the old backend's 85003 "already on a seat").
 */
export function takeSeat(room: Room, userId: string, index: number, field: string): boolean {
  const seat = seatAt(room, index, field);
  getMember(room, userId);
  if (seat.userId === userId) return false;
  const current = seatOf(room, userId);
  if (current) throw invalid(`'${userId}' is already on seat ${current.index}; use move_user_to_seat to move`);
  if (seat.isTakenDisabled) throw invalid(`seat ${index} is locked (IsTakenDisabled)`);
  if (seat.userId !== undefined) throw invalid(`seat ${index} is occupied by '${seat.userId}'`);
  seat.userId = userId;
  return true;
}
