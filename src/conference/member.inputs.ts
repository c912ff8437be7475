import { Field, ID, InputType, Int } from 'type-graphql';
import * as srv from '../commands/conference';
import { describeLimit as d } from '../commands/limits';
import { AssignableRole, MarkOperation } from './enums';

const update = srv.updateRoomMemberInfo.limits;
const mark = srv.markRoomMember.limits;

@InputType({ description: 'update_room_member_info: only the fields given change.' })
export class UpdateMemberInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true, description: d(update.nameCard) })
  nameCard?: string;

  @Field(() => AssignableRole, { nullable: true })
  role?: AssignableRole;

  @Field(() => String, { nullable: true, description: d(update.customInfo) })
  customInfo?: string;
}

@InputType()
export class MemberMarksInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => [Int], { description: `${d(mark.marks)} Each mark: ${d(mark.mark).toLowerCase()}` })
  marks!: number[];
}

@InputType({ description: 'mark_room_member: at most 10 distinct marks per room, which Tencent checks.' })
export class MarkMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => MarkOperation)
  operation!: MarkOperation;

  @Field(() => [MemberMarksInput], { description: d(mark.members) })
  members!: MemberMarksInput[];
}

@InputType({ description: 'ban_room_member: removes the users and bars re-entry for the duration.' })
export class BanMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: d(srv.banRoomMember.limits.userIds) })
  userIds!: string[];

  @Field(() => String, { description: d(srv.banRoomMember.limits.reason) })
  reason!: string;

  @Field(() => Int, { description: `Seconds. ${d(srv.banRoomMember.limits.durationSeconds)}` })
  durationSeconds!: number;
}

@InputType({ description: 'unban_room_member.' })
export class UnbanMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: d(srv.banRoomMember.limits.userIds) })
  userIds!: string[];
}

@InputType({ description: 'kick_user_out.' })
export class KickMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: d(srv.banRoomMember.limits.userIds) })
  userIds!: string[];

  @Field(() => String, { description: d(srv.banRoomMember.limits.reason) })
  reason!: string;
}
