import { Field, ID, InputType, Int } from 'type-graphql';
import { AssignableRole, MarkOperation } from './enums';

@InputType({ description: 'update_room_member_info: only the fields given change.' })
export class UpdateMemberInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String, { nullable: true, description: 'At most 32 bytes.' })
  nameCard?: string;

  @Field(() => AssignableRole, { nullable: true })
  role?: AssignableRole;

  @Field(() => String, { nullable: true, description: 'At most 60 bytes.' })
  customInfo?: string;
}

@InputType()
export class MemberMarksInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => [Int], { description: 'At most 3 marks per call, each at least 1000.' })
  marks!: number[];
}

@InputType({ description: 'mark_room_member: at most 10 members per call; at most 10 distinct marks per room.' })
export class MarkMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => MarkOperation)
  operation!: MarkOperation;

  @Field(() => [MemberMarksInput])
  members!: MemberMarksInput[];
}

@InputType({ description: 'ban_room_member: removes the users and bars re-entry for the duration.' })
export class BanMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: 'At most 20 users per call.' })
  userIds!: string[];

  @Field(() => String, { description: 'At most 1000 bytes.' })
  reason!: string;

  @Field(() => Int, { description: 'Seconds.' })
  durationSeconds!: number;
}

@InputType({ description: 'unban_room_member.' })
export class UnbanMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: 'At most 20 users per call.' })
  userIds!: string[];
}

@InputType({ description: 'kick_user_out.' })
export class KickMembersInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => [ID], { description: 'At most 20 users per call.' })
  userIds!: string[];

  @Field(() => String, { description: 'At most 1000 bytes.' })
  reason!: string;
}
