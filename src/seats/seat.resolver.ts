import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as mic from '../commands/seats';
import type { Seat as SeatModel } from '../commands/model';
import type { Context } from '../server/context';
import { findMember } from './member.loaders';
import { Member } from './member.type';
import { withRoom } from './member.connections';
import { KickMemberOffSeatInput, LockSeatInput, MoveMemberToSeatInput, PickMemberOnSeatInput, SwitchSeatInput } from './seat.inputs';
import { Seat } from './seat.type';
import { changed } from './mutations';
import * as v from './validate';

type SeatValue = SeatModel & { roomId: string };

async function seatsOf(ctx: Context, roomId: string): Promise<SeatValue[]> {
  const seats = await ctx.loaders.seats.load(roomId);
  return seats.map((s) => ({ ...s, roomId }));
}

/** After a seat write: drop the cached seat list and answer it fresh. */
async function seatsChanged(ctx: Context, roomId: string): Promise<SeatValue[]> {
  await changed(ctx, roomId, ['seats']);
  return seatsOf(ctx, roomId);
}

const seatIndex = (field: string, i: number) => v.intRange(field, i, 0, 10_000) as number;

@Resolver(() => Seat)
export class SeatResolver {
  @Query(() => [Seat], { description: 'get_seat_list. SEATS_DISABLED for a room without seats.' })
  seats(@Arg('roomId', () => ID) roomId: string, @Ctx() ctx: Context) {
    return seatsOf(ctx, v.roomId('roomId', roomId));
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Who sits here, when someone does.' })
  async member(@Root() s: SeatValue, @Ctx() ctx: Context) {
    if (!s.userId) return null;
    const m = await findMember(ctx.loaders.memberChunks, s.roomId, s.userId);
    return m && withRoom(s.roomId, m);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'pick_user_on_seat; answers the room\'s seats afterwards.' })
  async pickMemberOnSeat(@Arg('input', () => PickMemberOnSeatInput) input: PickMemberOnSeatInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    await ctx.conference.client.call(mic.pickUserOnSeat, roomId, v.userId('input.userId', input.userId), seatIndex('input.index', input.index));
    return seatsChanged(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'kick_user_off_seat; answers the room\'s seats afterwards.' })
  async kickMemberOffSeat(@Arg('input', () => KickMemberOffSeatInput) input: KickMemberOffSeatInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    const data = v.maxBytes('input.data', input.data, 1000) ?? '';
    await ctx.conference.client.call(mic.kickUserOffSeat, roomId, v.userId('input.userId', input.userId), data);
    return seatsChanged(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'lock_seat; answers the room\'s seats afterwards.' })
  async lockSeat(@Arg('input', () => LockSeatInput) input: LockSeatInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    if (input.locked == null && input.videoDisabled == null && input.audioDisabled == null) {
      throw v.badInput('input', 'must set at least one of locked, videoDisabled, audioDisabled');
    }
    await ctx.conference.client.call(mic.lockSeat, {
      roomId,
      index: seatIndex('input.index', input.index),
      forbidTaken: input.locked ?? undefined,
      forbidVideo: input.videoDisabled ?? undefined,
      forbidAudio: input.audioDisabled ?? undefined,
    });
    return seatsChanged(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'switch_seat (older API); answers the room\'s seats afterwards.' })
  async switchSeat(@Arg('input', () => SwitchSeatInput) input: SwitchSeatInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    await ctx.conference.client.call(mic.switchSeat, roomId, v.userId('input.userId', input.userId), seatIndex('input.toIndex', input.toIndex));
    return seatsChanged(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => [Seat], { description: 'move_user_to_seat (newer API); answers the room\'s seats afterwards.' })
  async moveMemberToSeat(@Arg('input', () => MoveMemberToSeatInput) input: MoveMemberToSeatInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    await ctx.conference.client.call(
      mic.moveUserToSeat, roomId, v.userId('input.userId', input.userId), seatIndex('input.index', input.index), input.policy,
    );
    return seatsChanged(ctx, roomId);
  }
}
