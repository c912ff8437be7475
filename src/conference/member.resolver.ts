/**
 * The Conference member mutations. Each answers what a client shows next: the member it changed,
 * or the room (select its `members` or `bannedMembers` to see the result).
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import * as srv from '../commands/conference';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { findMember } from './member.loaders';
import { BanMembersInput, KickMembersInput, MarkMembersInput, UnbanMembersInput, UpdateMemberInput } from './member.inputs';
import { Member } from './member.type';
import { withRoom } from './member.connections';
import { Room } from './room.type';
import { roomOrNotFound } from './room.loaders';

@Resolver(() => Member)
export class MemberResolver {
  @Authorized('ROOM_STAFF')
  @Mutation(() => Member, {
    description:
      'Changes a member\'s nickname, role or custom data; fields left out stay as they are. Answers the member afterwards. ' +
      'Room staff only: its owner, its room admins and global admins. NOT_A_MEMBER when the user is not in the room (update_room_member_info).',
  })
  async updateMember(@Arg('input', () => UpdateMemberInput, { description: 'The room, the member and what to change.' }) input: UpdateMemberInput, @Ctx() ctx: Context) {
    const l = srv.updateRoomMemberInfo.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const userId = check(l.userId, 'input.userId', input.userId);
    await write(ctx, srv.updateRoomMemberInfo, {
      roomId,
      userId,
      nameCard: check(l.nameCard, 'input.nameCard', input.nameCard),
      role: input.role ?? undefined,
      customInfo: check(l.customInfo, 'input.customInfo', input.customInfo),
    });
    const m = await findMember(ctx.loaders.memberChunks, roomId, userId);
    if (!m) throw new GraphQLError(`${userId} is no longer in room ${roomId}`, { extensions: { code: 'NOT_A_MEMBER' } });
    return withRoom(roomId, m);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => Room, {
    description:
      'Sets or deletes numeric marks on members; answers the room afterwards (select `members { marks }`). Room staff only: its owner, its room admins and global admins. ' +
      'BAD_USER_INPUT past 10 distinct marks in the room, NOT_A_MEMBER for a user not in it (mark_room_member).',
  })
  async markMembers(@Arg('input', () => MarkMembersInput, { description: 'The room, SET or DELETE, and the members\' marks.' }) input: MarkMembersInput, @Ctx() ctx: Context) {
    const l = srv.markRoomMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const members = check(l.members, 'input.members', input.members).map((m, i) => {
      check(l.userId, `input.members[${i}].userId`, m.userId);
      check(l.marks, `input.members[${i}].marks`, m.marks).forEach((mark, j) => check(l.mark, `input.members[${i}].marks[${j}]`, mark));
      return { userId: m.userId, marks: m.marks };
    });
    await write(ctx, srv.markRoomMember, roomId, input.operation, members);
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => Room, {
    description:
      'Removes users from the room and bars them from entering again until the ban ends; answers the room afterwards ' +
      '(select `bannedMembers`, `members`). Room staff only: its owner, its room admins and global admins (ban_room_member).',
  })
  async banMembers(@Arg('input', () => BanMembersInput, { description: 'The room, who to ban, why and for how long.' }) input: BanMembersInput, @Ctx() ctx: Context) {
    const l = srv.banRoomMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const userIds = check(l.userIds, 'input.userIds', input.userIds);
    const reason = check(l.reason, 'input.reason', input.reason) ?? '';
    const duration = check(l.durationSeconds, 'input.durationSeconds', input.durationSeconds);
    await write(ctx, srv.banRoomMember, roomId, userIds, reason, duration);
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => Room, {
    description:
      'Lifts bans early; answers the room afterwards. Room staff only: its owner, its room admins and global admins. NOT_A_MEMBER for a user who is not banned (unban_room_member).',
  })
  async unbanMembers(@Arg('input', () => UnbanMembersInput, { description: 'The room and who to unban.' }) input: UnbanMembersInput, @Ctx() ctx: Context) {
    const l = srv.unbanRoomMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, srv.unbanRoomMember, roomId, check(l.userIds, 'input.userIds', input.userIds));
    return roomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => Room, {
    description:
      'Removes users from the room (they may enter again at once; `banMembers` keeps them out). Frees their seats. ' +
      'Answers the room afterwards. Room staff only: its owner, its room admins and global admins (kick_user_out).',
  })
  async kickMembers(@Arg('input', () => KickMembersInput, { description: 'The room, who to remove and why.' }) input: KickMembersInput, @Ctx() ctx: Context) {
    const l = srv.kickUserOut.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const userIds = check(l.userIds, 'input.userIds', input.userIds);
    const reason = check(l.reason, 'input.reason', input.reason) ?? '';
    await write(ctx, srv.kickUserOut, roomId, userIds, reason);
    return roomOrNotFound(ctx, roomId);
  }
}
