/**
 * `room_engine_http_mic` — seats (spec §3.13), 200 calls/s each. A room without seats answers
 * 100211 to every command here; an Index outside the room's seats is 100002. Every change raises
 * `Mic.CallbackAfterSeatInfoChanged` with the seats that changed.
 *
 * switch_seat and move_user_to_seat move a member who is already seated (100002 otherwise: use
 * pick_user_on_seat); moving onto one's own seat changes nothing; a locked target seat is 100002
 * whatever the Policy.
 *
 * One servicename that Conference and Live rooms share (spec §3.13), hence its own folder.
 */
import * as seats from '../../commands/seats';
import type { Ctx } from '../context';
import { invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { emitSeatChange, requireSeats, seatAt, takeSeat } from '../room-ops';
import { getMember, getRoom, seatOf, seatWire, type Room, type Seat } from '../state';

/** Tencent's limit for every seat command (spec §3.13); the emulator's own number. */
const perSecond = 200;

function getSeatList(ctx: Ctx, body: Rec): Rec {
  const room = getRoom(ctx.state, new Fields(body).roomId());
  requireSeats(room);
  return { SeatList: room.seats.map(seatWire) };
}

function pickUserOnSeat(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const userId = f.account('Member_Account', { required: true });
  const index = f.int('Index', { required: true });
  const room = getRoom(ctx.state, roomId);
  if (takeSeat(room, userId, index, 'Index')) emitSeatChange(ctx, room, [room.seats[index]]);
  return undefined;
}

function kickUserOffSeat(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const userId = f.account('Member_Account', { required: true });
  f.str('Data', { required: true }); // delivered to clients with the notification; nothing to keep
  const room = getRoom(ctx.state, roomId);
  requireSeats(room);
  getMember(room, userId);
  const seat = seatOf(room, userId);
  if (!seat) throw invalid(`'${userId}' is not on a seat in room '${roomId}'`);
  seat.userId = undefined;
  emitSeatChange(ctx, room, [seat]);
  return undefined;
}

function lockSeat(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const index = f.int('Index', { required: true });
  const taken = f.bool('ForbidTaken');
  const video = f.bool('ForbidVideo');
  const audio = f.bool('ForbidAudio');
  const room = getRoom(ctx.state, roomId);
  const seat = seatAt(room, index, 'Index');
  // Locking an occupied seat removes the occupant first (spec §3.13). Omitted fields stay as they are.
  if (taken !== undefined) seat.isTakenDisabled = taken;
  if (taken) seat.userId = undefined;
  if (video !== undefined) seat.isVideoDisabled = video;
  if (audio !== undefined) seat.isAudioDisabled = audio;
  emitSeatChange(ctx, room, [seat]);
  return undefined;
}

/** The mover's current seat and the free-or-not target, after the shared checks. */
function moveCheck(room: Room, userId: string, index: number, field: string): { from: Seat; to: Seat } | undefined {
  const to = seatAt(room, index, field);
  getMember(room, userId);
  const from = seatOf(room, userId);
  if (!from) throw invalid(`'${userId}' is not on a seat in room '${room.roomId}'; use pick_user_on_seat`);
  if (from === to) return undefined;
  if (to.isTakenDisabled) throw invalid(`seat ${index} is locked (IsTakenDisabled)`);
  return { from, to };
}

function switchSeat(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const index = f.int('ToIndex', { required: true });
  const userId = f.account('Member_Account', { required: true });
  const room = getRoom(ctx.state, roomId);
  const move = moveCheck(room, userId, index, 'ToIndex');
  if (!move) return undefined;
  if (move.to.userId !== undefined) {
    throw invalid(`seat ${index} is occupied by '${move.to.userId}'; switch_seat needs an empty seat`);
  }
  move.from.userId = undefined;
  move.to.userId = userId;
  emitSeatChange(ctx, room, [move.from, move.to]);
  return undefined;
}

function moveUserToSeat(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const index = f.int('SeatIndex', { required: true });
  const userId = f.account('Member_Account', { required: true });
  const policy = f.int('Policy', { required: true });
  if (policy < 0 || policy > 2) throw invalid('Policy must be 0 (cancel), 1 (force) or 2 (swap)');
  const room = getRoom(ctx.state, roomId);
  const move = moveCheck(room, userId, index, 'SeatIndex');
  if (!move) return undefined;
  const occupant = move.to.userId;
  if (occupant !== undefined && policy === 0) {
    throw invalid(`seat ${index} is occupied by '${occupant}' and Policy 0 cancels the move`);
  }
  // Policy 1 kicks the occupant off the seat; Policy 2 gives them the mover's old seat.
  move.from.userId = policy === 2 ? occupant : undefined;
  move.to.userId = userId;
  emitSeatChange(ctx, room, [move.from, move.to]);
  return undefined;
}

export const roomEngineHttpMic: readonly Handler[] = [
  handler(seats.getSeatList, { perSecond, run: getSeatList }),
  handler(seats.pickUserOnSeat, { perSecond, run: pickUserOnSeat }),
  handler(seats.kickUserOffSeat, { perSecond, run: kickUserOffSeat }),
  handler(seats.lockSeat, { perSecond, run: lockSeat }),
  handler(seats.switchSeat, { perSecond, run: switchSeat }),
  handler(seats.moveUserToSeat, { perSecond, run: moveUserToSeat }),
];
