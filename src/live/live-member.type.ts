/**
 * People in and around a live room: who is online (get_member_list), who is muted
 * (get_muted_member_list) and who is banned (get_banned_member_list). Tencent reports only user
 * ids for them; profiles are the app's own business. `id` is made of the room and user ids
 * (graphql/ids.ts) so client caches normalise them.
 */
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { describeStableId } from '../graphql/ids';

@ObjectType({ description: 'A user online in a live room now (Tencent reports only the user id).' })
export class LiveMember {
  @Field(() => ID, { description: describeStableId('LiveMember', 'the room id and the user id') })
  id!: string;

  @Field(() => ID, { description: 'The member\'s Tencent user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;
}

@ObjectType({ description: 'A user who may not send messages in a live room until `mutedUntil` (`muteLiveMembers`).' })
export class MutedMember {
  @Field(() => ID, { description: describeStableId('MutedMember', 'the room id and the user id') })
  id!: string;

  @Field(() => ID, { description: 'The muted user\'s Tencent user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the mute ends.' })
  mutedUntil!: Date;
}

@ObjectType({ description: 'A user barred from entering a live room until `bannedUntil` (`banLiveMembers`).' })
export class LiveBannedMember {
  @Field(() => ID, { description: describeStableId('LiveBannedMember', 'the room id and the user id') })
  id!: string;

  @Field(() => ID, { description: 'The banned user\'s Tencent user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the ban ends; the user may enter again from then.' })
  bannedUntil!: Date;
}
