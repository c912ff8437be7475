/**
 * The people of a Conference room as GraphQL shows them. Tencent gives them no ids of their own;
 * `id` is made of the room and user ids (graphql/ids.ts) so client caches normalise them.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { describeStableId } from '../graphql/ids';
import { MemberRole } from './enums';

/** A member of a Conference room (get_room_member_list); runtime value: the model's `RoomMember` + roomId. */
@ObjectType({ description: 'A user in a Conference room now, with their nickname, role and marks in that room.' })
export class Member {
  @Field(() => ID, { description: describeStableId('Member', 'the room id and the user id') })
  id!: string;

  @Field(() => ID, { description: 'The member\'s Tencent user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room the member is in.' })
  roomId!: string;

  @Field(() => String, { description: 'The member\'s nickname in this room (at most 32 bytes); empty when none is set.' })
  nameCard!: string;

  @Field(() => MemberRole, { description: 'Owner, administrator or ordinary member.' })
  role!: MemberRole;

  @Field(() => [Int], { description: 'Numbers your app tags the member with (`markMembers`), each at least 1000; at most 10 distinct marks per room.' })
  marks!: number[];

  @Field(() => String, { description: 'Your own data about the member in this room (at most 60 bytes); empty when none is set.' })
  customInfo!: string;
}

@ObjectType({ description: 'A user barred from entering a Conference room until `bannedUntil` (`banMembers`, `unbanMembers`).' })
export class BannedMember {
  @Field(() => ID, { description: describeStableId('BannedMember', 'the room id and the user id') })
  id!: string;

  @Field(() => ID, { description: 'The banned user\'s Tencent user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room they are banned from.' })
  roomId!: string;
}
