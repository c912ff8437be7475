import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MemberRole } from './enums';

/** A member of a Conference room (get_room_member_list); runtime value: the model's `RoomMember` + roomId. */
@ObjectType({ description: 'A user currently in a room.' })
export class Member {
  @Field(() => ID, { description: 'The member\'s user id (Member_Account).' })
  userId!: string;

  @Field(() => ID)
  roomId!: string;

  @Field(() => String, { description: 'Nickname in this room, at most 32 bytes.' })
  nameCard!: string;

  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => [Int], { description: 'Numeric marks (each at least 1000).' })
  marks!: number[];

  @Field(() => String, { description: 'At most 60 bytes.' })
  customInfo!: string;
}

@ObjectType({ description: 'A user barred from a room until `bannedUntil`.' })
export class BannedMember {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  roomId!: string;
}
