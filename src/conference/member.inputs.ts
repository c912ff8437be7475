/**
 * Inputs of the Conference member mutations; descriptions print the declared limits
 * (src/commands/conference.ts), which the resolvers check before any upstream call.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import * as srv from '../commands/conference';
import { describeLimit as d } from '../commands/limits';
import { AssignableRole, MarkOperation } from './enums';

const update = srv.updateRoomMemberInfo.limits;
const mark = srv.markRoomMember.limits;

@InputType({ description: 'Changes a member\'s nickname, role or custom data in one room; fields left out stay as they are.' })
export class UpdateMemberInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => ID, { description: 'The member to change; they must be in the room (NOT_A_MEMBER otherwise).' })
  userId!: string;

  @Field(() => String, { nullable: true, description: `The new nickname in this room. ${d(update.nameCard)}` })
  nameCard?: string;

  @Field(() => AssignableRole, { nullable: true, description: 'The new role: ADMIN or MEMBER (ownership moves with `changeRoomOwner`).' })
  role?: AssignableRole;

  @Field(() => String, { nullable: true, description: `Your own data about the member in this room. ${d(update.customInfo)}` })
  customInfo?: string;
}

@InputType({ description: 'One member and the marks to set on them or delete from them.' })
export class MemberMarksInput {
  @Field(() => ID, { description: 'The member; they must be in the room.' })
  userId!: string;

  @Field(() => [Int], { description: `The marks. ${d(mark.marks)} Each mark: ${d(mark.mark).toLowerCase()}` })
  marks!: number[];
}

@InputType({
  description:
    'Sets or deletes numeric marks on members, e.g. to tag speakers. A room may use at most 10 distinct marks; Tencent checks ' +
    'that and answers BAD_USER_INPUT past it.',
})
export class MarkMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => MarkOperation, { description: 'SET adds the marks, DELETE removes them.' })
  operation!: MarkOperation;

  @Field(() => [MemberMarksInput], { description: `The members and their marks. ${d(mark.members)}` })
  members!: MemberMarksInput[];
}

@InputType({ description: 'Removes users from a room and bars them from entering again for a while.' })
export class BanMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to ban. ${d(srv.banRoomMember.limits.userIds)}` })
  userIds!: string[];

  @Field(() => String, { description: `Why they are banned, for the users and your records. ${d(srv.banRoomMember.limits.reason)}` })
  reason!: string;

  @Field(() => Int, { description: `How long the ban lasts, in seconds. ${d(srv.banRoomMember.limits.durationSeconds)}` })
  durationSeconds!: number;
}

@InputType({ description: 'Lifts bans early, so the users may enter the room again.' })
export class UnbanMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to unban; a user who is not banned answers NOT_A_MEMBER. ${d(srv.banRoomMember.limits.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'Removes users from a room; unlike a ban, they may enter again at once.' })
export class KickMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to remove. ${d(srv.banRoomMember.limits.userIds)}` })
  userIds!: string[];

  @Field(() => String, { description: `Why they are removed, for the users and your records. ${d(srv.banRoomMember.limits.reason)}` })
  reason!: string;
}
