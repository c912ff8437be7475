import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import * as srv from '../commands/conference';
import type { Context } from '../server/context';
import { findMember } from './member.loaders';
import { BanMembersInput, KickMembersInput, MarkMembersInput, UnbanMembersInput, UpdateMemberInput } from './member.inputs';
import { Member } from './member.type';
import { withRoom, type MemberValue } from './member.connections';
import { Room } from './room.type';
import { Seat } from './seat.type';
import { changed, roomOrNotFound } from './mutations';
import * as v from './validate';

@Resolver(() => Member)
export class MemberResolver {
  @FieldResolver(() => Seat, { nullable: true, description: 'The seat this member sits on, if any.' })
  async seat(@Root() m: MemberValue, @Ctx() ctx: Context) {
    const room = await ctx.loaders.room.load(m.roomId);
    if (!room?.isSeatEnabled) return null;
    const seat = (await ctx.loaders.seats.load(m.roomId)).find((s) => s.userId === m.userId);
    return seat ? { ...seat, roomId: m.roomId } : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => Member, { description: 'update_room_member_info: only the given fields change.' })
  async updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    const userId = v.userId('input.userId', input.userId);
    await ctx.conference.client.call(srv.updateRoomMemberInfo, {
      roomId,
      userId,
      nameCard: v.maxBytes('input.nameCard', input.nameCard, 32),
      role: input.role ?? undefined,
      customInfo: v.maxBytes('input.customInfo', input.customInfo, 60),
    });
    await changed(ctx, roomId, ['members']);
    const m = await findMember(ctx.loaders.memberChunks, roomId, userId);
    if (!m) throw new GraphQLError(`${userId} is no longer in room ${roomId}`, { extensions: { code: 'NOT_A_MEMBER' } });
    return withRoom(roomId, m);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'mark_room_member: set or delete numeric marks.' })
  async markMembers(@Arg('input', () => MarkMembersInput) input: MarkMembersInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    if (input.members.length === 0) throw v.badInput('input.members', 'must name at least one member');
    if (input.members.length > 10) throw v.badInput('input.members', 'must name at most 10 members per call');
    const members = input.members.map((m, i) => {
      v.userId(`input.members[${i}].userId`, m.userId);
      if (m.marks.length === 0 || m.marks.length > 3) throw v.badInput(`input.members[${i}].marks`, 'must hold 1 to 3 marks');
      m.marks.forEach((mark, j) => v.intRange(`input.members[${i}].marks[${j}]`, mark, 1000, 2_147_483_647));
      return { userId: m.userId, marks: m.marks };
    });
    await ctx.conference.client.call(srv.markRoomMember, roomId, input.operation, members);
    await changed(ctx, roomId, ['members']);
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'ban_room_member: remove users and bar re-entry for a while.' })
  async banMembers(@Arg('input', () => BanMembersInput) input: BanMembersInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    const userIds = v.userIds('input.userIds', input.userIds, 20);
    const reason = v.maxBytes('input.reason', input.reason, 1000) ?? '';
    const duration = v.intRange('input.durationSeconds', input.durationSeconds, 1, 2_147_483_647) as number;
    await ctx.conference.client.call(srv.banRoomMember, roomId, userIds, reason, duration);
    await changed(ctx, roomId, ['room', 'members', 'seats', 'banned']);
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'unban_room_member.' })
  async unbanMembers(@Arg('input', () => UnbanMembersInput) input: UnbanMembersInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    const userIds = v.userIds('input.userIds', input.userIds, 20);
    await ctx.conference.client.call(srv.unbanRoomMember, roomId, userIds);
    await changed(ctx, roomId, ['banned']);
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'kick_user_out: remove users from the room (they may re-enter).' })
  async kickMembers(@Arg('input', () => KickMembersInput) input: KickMembersInput, @Ctx() ctx: Context) {
    const roomId = v.roomId('input.roomId', input.roomId);
    const userIds = v.userIds('input.userIds', input.userIds, 20);
    const reason = v.maxBytes('input.reason', input.reason, 1000) ?? '';
    await ctx.conference.client.call(srv.kickUserOut, roomId, userIds, reason);
    await changed(ctx, roomId, ['room', 'members', 'seats']);
    return roomOrNotFound(ctx, roomId);
  }
}
