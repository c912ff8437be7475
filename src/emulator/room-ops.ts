/**
 * State changes shared by REST commands and control-API client actions, together with the
 * callbacks they raise: rooms being created, members leaving (by themselves, kicked or banned)
 * and seats being taken. Conference and Live rooms share these rules; the callbacks follow the
 * room's product.
 */
import { Callbacks } from '../wire/callbacks';
import { ErrorCodes } from '../wire/envelope';
import type { Ctx } from './context';
import { EmuError, invalid, noSeats } from './errors';
import { emitMemberState } from './live/presence';
import { isLive } from './live/state';
import type { Fields, Rec } from './input';
import { activeBan, getMember, seatOf, type Room, type Seat } from './state';

/**
 * create_room's RoomId rules, the same for Conference and Live (spec §3.1, §7.1): the same RoomId
 * at most once per second → 100012 (D4), checked before existence; then a room with that id and
 * the same owner → 100010, another owner → 100003. One namespace: a Live create meets Conference
 * rooms too.
 */
export function checkNewRoomId(ctx: Ctx, roomId: string, ownerId: string): void {
  const last = ctx.state.recentCreates.get(roomId);
  if (last !== undefined && ctx.nowMs - last < 1000) {
    throw new EmuError(
      ErrorCodes.FREQUENCY_LIMIT,
      `room '${roomId}' was created less than a second ago; the same RoomId may be created at most once per second`,
    );
  }
  const existing = ctx.state.rooms.get(roomId);
  if (existing?.ownerId === ownerId) {
    throw new EmuError(
      ErrorCodes.ROOM_EXISTS_SAME_OWNER,
      `room '${roomId}' already exists with the same Owner_Account; it can be used as is`,
    );
  }
  if (existing) throw new EmuError(ErrorCodes.ROOM_EXISTS, `room '${roomId}' already exists`);
}

/** Stores a created room and remembers when, for the once-per-second rule. */
export function storeNewRoom(ctx: Ctx, room: Room): void {
  ctx.state.rooms.set(room.roomId, room);
  for (const [id, at] of ctx.state.recentCreates) if (ctx.nowMs - at >= 1000) ctx.state.recentCreates.delete(id);
  ctx.state.recentCreates.set(room.roomId, ctx.nowMs);
}

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
 * then one `Room.CallbackAfterMemberLeave` listing everyone who was in the room — or, in a live
 * room, one `Live.CallbackAfterMemberStateChanged` (Offline, EventCause Leave or Kicked).
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
  if (isLive(room)) return emitMemberState(ctx, room, 'Offline', type, present);
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

/**
 * Bans accounts for `durationSeconds` and removes those present (both products' ban command):
 * banning someone not in the room is a pre-emptive ban, and re-banning moves the account to the
 * end of the banned list.
 */
export function banAccounts(ctx: Ctx, room: Room, userIds: string[], durationSeconds: number, reason: string): void {
  for (const u of userIds) {
    room.bans.delete(u);
    room.bans.set(u, ctx.nowS + durationSeconds);
  }
  removeMembers(ctx, room, userIds, 'Kicked', reason);
}

/** `Limit` (1..100, default 100) and `Offset` of a get_banned_member_list body, read before the room. */
export function banPageArgs(f: Fields): { limit: number; offset: number } {
  return { limit: f.int('Limit', { min: 1, max: 100 }) ?? 100, offset: f.int('Offset', { min: 0 }) ?? 0 };
}

/**
 * One page of a room's running bans, both products' get_banned_member_list (spec §3.11, §7.8):
 * in ban order, `NextOffset: 0` at the end.
 */
export function bannedPage(room: Room, { limit, offset }: { limit: number; offset: number }, nowS: number): Rec {
  const active = [...room.bans.keys()].filter((u) => activeBan(room, u, nowS) !== undefined);
  const page = active.slice(offset, offset + limit);
  return {
    BannedAccountList: page.map((u) => ({ Member_Account: u, BannedUntil: room.bans.get(u) })),
    NextOffset: offset + page.length < active.length ? offset + page.length : 0,
  };
}
