/**
 * How Conference's types meet the shared seats (src/seats): a room's seats, the seat a member
 * sits on, and who sits on a seat.
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoomInfo } from '../commands/model';
import type { Context } from '../graphql/context';
import { Seat, seatsOf, type SeatValue } from '../seats';
import { withRoom, type MemberValue } from './member.connections';
import { findMember } from './member.loaders';
import { Member } from './member.type';
import { Room } from './room.type';

@Resolver(() => Room)
export class RoomSeatsResolver {
  @FieldResolver(() => [Seat], {
    description: 'The room\'s seats in index order, each with its occupant (get_seat_list, cached); empty when the room has no seats, as `seats(roomId)` answers.',
  })
  async seats(@Root() room: RoomInfo, @Ctx() ctx: Context) {
    if (!room.isSeatEnabled) return [];
    return seatsOf(ctx, room.roomId);
  }
}

@Resolver(() => Member)
export class MemberSeatResolver {
  @FieldResolver(() => Seat, { nullable: true, description: 'The seat this member sits on; null when they sit on none or the room has no seats.' })
  async seat(@Root() m: MemberValue, @Ctx() ctx: Context) {
    const room = await ctx.loaders.room.load(m.roomId);
    if (!room?.isSeatEnabled) return null;
    return (await seatsOf(ctx, m.roomId)).find((s) => s.userId === m.userId) ?? null;
  }
}

@Resolver(() => Seat)
export class SeatMemberResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'Who sits here, as a member of the room (nickname, role, …); null when the seat is free. For a live room\'s seat, use `userId`.',
  })
  async member(@Root() s: SeatValue, @Ctx() ctx: Context) {
    if (!s.userId) return null;
    const m = await findMember(ctx.loaders.memberChunks, s.roomId, s.userId);
    return m && withRoom(s.roomId, m);
  }
}
