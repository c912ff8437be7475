/**
 * Seats of rooms of either product (room_engine_http_mic): `seats(roomId)`, `Seat.id` and the five
 * seat mutations. Every mutation answers the room's whole seat list afterwards, each seat with its
 * stable `id`, `roomId` and every field `Room.seats` / `LiveRoom.seats` answer, so a client cache
 * that normalises by id updates the seats of a cached room from the mutation's answer alone.
 */
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import * as mic from '../commands/seats';
import type { Context } from '../graphql/context';
import { stableIdResolver } from '../graphql/ids';
import { READ_POLICY_NOTE, assertCanRead } from '../graphql/read-access';
import { check, badInput } from '../graphql/validate';
import { write } from '../graphql/write';
import { SeatMovePolicy } from './seat.enums';
import { KickMemberOffSeatInput, LockSeatInput, MoveMemberToSeatInput, PickMemberOnSeatInput, SwitchSeatInput } from './seat.inputs';
import { seatsOf, type SeatValue } from './seat.loaders';
import { Seat } from './seat.type';

/** What every seat mutation's description ends with. */
const ANSWERS =
  'Answers all the room\'s seats afterwards, each with its `id`, so a client cache updates the cached room\'s `seats` in place. ' +
  'Room staff only: its owner, its room admins and global admins. SEATS_DISABLED for a room without seats';

@Resolver(() => Seat)
export class SeatResolver {
  @Query(() => [Seat], {
    description:
      'A room\'s seats in index order, each with its occupant (get_seat_list, cached). Works for Conference and live rooms alike. ' +
      'Empty for a room without seats, as `Room.seats` and `LiveRoom.seats` answer; NOT_FOUND for a room that does not exist. ' +
      READ_POLICY_NOTE,
  })
  async seats(@Arg('roomId', () => ID, { description: 'The room id: printable ASCII, at most 48 bytes.' }) roomId: string, @Ctx() ctx: Context) {
    const id = check(mic.getSeatList.limits.roomId, 'roomId', roomId);
    await assertCanRead(ctx, id, 'either');
    return seatsOf(ctx, id);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => [Seat], {
    description: `Puts a member on a free seat. ${ANSWERS}; NOT_A_MEMBER when the user is not in the room; BAD_USER_INPUT for a seat past the last, locked or taken (pick_user_on_seat).`,
  })
  async pickMemberOnSeat(
    @Arg('input', () => PickMemberOnSeatInput, { description: 'The room, the member and the seat.' }) input: PickMemberOnSeatInput,
    @Ctx() ctx: Context,
  ) {
    const l = mic.pickUserOnSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, mic.pickUserOnSeat, roomId, check(l.userId, 'input.userId', input.userId), check(l.index, 'input.index', input.index));
    return seatsOf(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => [Seat], {
    description: `Takes a member off their seat, which becomes free. ${ANSWERS}; BAD_USER_INPUT when the member sits on no seat (kick_user_off_seat).`,
  })
  async kickMemberOffSeat(
    @Arg('input', () => KickMemberOffSeatInput, { description: 'The room, the member and data for their notification.' }) input: KickMemberOffSeatInput,
    @Ctx() ctx: Context,
  ) {
    const l = mic.kickUserOffSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const data = check(l.data, 'input.data', input.data) ?? '';
    await write(ctx, mic.kickUserOffSeat, roomId, check(l.userId, 'input.userId', input.userId), data);
    return seatsOf(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => [Seat], {
    description: `Locks or unlocks a seat, or its camera or microphone; locking an occupied seat frees it. ${ANSWERS}; BAD_USER_INPUT when no flag is given (lock_seat).`,
  })
  async lockSeat(@Arg('input', () => LockSeatInput, { description: 'The room, the seat and the flags to change.' }) input: LockSeatInput, @Ctx() ctx: Context) {
    const l = mic.lockSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    if (input.locked == null && input.videoDisabled == null && input.audioDisabled == null) {
      throw badInput('input', 'must set at least one of locked, videoDisabled, audioDisabled');
    }
    await write(ctx, mic.lockSeat, {
      roomId,
      index: check(l.index, 'input.index', input.index),
      forbidTaken: input.locked ?? undefined,
      forbidVideo: input.videoDisabled ?? undefined,
      forbidAudio: input.audioDisabled ?? undefined,
    });
    return seatsOf(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => [Seat], {
    description: `Moves a seated member to an empty seat (the older way: \`moveMemberToSeat\` also handles a taken seat). ${ANSWERS} (switch_seat).`,
  })
  async switchSeat(@Arg('input', () => SwitchSeatInput, { description: 'The room, the member and the empty seat.' }) input: SwitchSeatInput, @Ctx() ctx: Context) {
    const l = mic.switchSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, mic.switchSeat, roomId, check(l.userId, 'input.userId', input.userId), check(l.toIndex, 'input.toIndex', input.toIndex));
    return seatsOf(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => [Seat], {
    description: `Moves a member to a seat; \`policy\` says what happens when it is taken (fail, move the occupant off, or swap). ${ANSWERS} (move_user_to_seat).`,
  })
  async moveMemberToSeat(
    @Arg('input', () => MoveMemberToSeatInput, { description: 'The room, the member, the seat and what to do when it is taken.' }) input: MoveMemberToSeatInput,
    @Ctx() ctx: Context,
  ) {
    const l = mic.moveUserToSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(
      ctx, mic.moveUserToSeat, roomId, check(l.userId, 'input.userId', input.userId),
      check(l.seatIndex, 'input.index', input.index), input.policy ?? SeatMovePolicy.CANCEL,
    );
    return seatsOf(ctx, roomId);
  }
}

/** `Seat.id`: the room and the index. */
export const SeatIdResolver = stableIdResolver<SeatValue>(Seat, (s) => [s.roomId, s.index]);
