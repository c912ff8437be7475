import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import * as mic from '../commands/seats';
import type { Context } from '../graphql/context';
import { check, badInput } from '../graphql/validate';
import { write } from '../graphql/write';
import { KickMemberOffSeatInput, LockSeatInput, MoveMemberToSeatInput, PickMemberOnSeatInput, SwitchSeatInput } from './seat.inputs';
import { seatsOf } from './seat.loaders';
import { Seat } from './seat.type';

/** Seats of rooms of either product (room_engine_http_mic). Every write answers the room's seats afterwards. */
@Resolver(() => Seat)
export class SeatResolver {
  @Query(() => [Seat], { description: 'get_seat_list. SEATS_DISABLED for a room without seats.' })
  seats(@Arg('roomId', () => ID) roomId: string, @Ctx() ctx: Context) {
    return seatsOf(ctx, check(mic.getSeatList.limits.roomId, 'roomId', roomId));
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'pick_user_on_seat; answers the room\'s seats afterwards.' })
  async pickMemberOnSeat(@Arg('input', () => PickMemberOnSeatInput) input: PickMemberOnSeatInput, @Ctx() ctx: Context) {
    const l = mic.pickUserOnSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, mic.pickUserOnSeat, roomId, check(l.userId, 'input.userId', input.userId), check(l.index, 'input.index', input.index));
    return seatsOf(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'kick_user_off_seat; answers the room\'s seats afterwards.' })
  async kickMemberOffSeat(@Arg('input', () => KickMemberOffSeatInput) input: KickMemberOffSeatInput, @Ctx() ctx: Context) {
    const l = mic.kickUserOffSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const data = check(l.data, 'input.data', input.data) ?? '';
    await write(ctx, mic.kickUserOffSeat, roomId, check(l.userId, 'input.userId', input.userId), data);
    return seatsOf(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'lock_seat; answers the room\'s seats afterwards.' })
  async lockSeat(@Arg('input', () => LockSeatInput) input: LockSeatInput, @Ctx() ctx: Context) {
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

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'switch_seat (older API); answers the room\'s seats afterwards.' })
  async switchSeat(@Arg('input', () => SwitchSeatInput) input: SwitchSeatInput, @Ctx() ctx: Context) {
    const l = mic.switchSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, mic.switchSeat, roomId, check(l.userId, 'input.userId', input.userId), check(l.toIndex, 'input.toIndex', input.toIndex));
    return seatsOf(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'move_user_to_seat (newer API); answers the room\'s seats afterwards.' })
  async moveMemberToSeat(@Arg('input', () => MoveMemberToSeatInput) input: MoveMemberToSeatInput, @Ctx() ctx: Context) {
    const l = mic.moveUserToSeat.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(
      ctx, mic.moveUserToSeat, roomId, check(l.userId, 'input.userId', input.userId),
      check(l.seatIndex, 'input.index', input.index), input.policy,
    );
    return seatsOf(ctx, roomId);
  }
}
