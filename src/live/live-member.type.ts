/**
 * People in and around a live room: who is online (get_member_list), who is muted
 * (get_muted_member_list) and who is banned (get_banned_member_list). Tencent reports only user
 * ids for them; profiles are the app's own business.
 */
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A user online in a live room.' })
export class LiveMember {
  @Field(() => ID, { description: 'The member\'s user id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;
}

@ObjectType({ description: 'A user who may not send messages in a live room until `mutedUntil`.' })
export class MutedMember {
  @Field(() => ID, { description: 'The muted user\'s id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the mute ends.' })
  mutedUntil!: Date;
}

@ObjectType({ description: 'A user barred from entering a live room until `bannedUntil`.' })
export class LiveBannedMember {
  @Field(() => ID, { description: 'The banned user\'s id.' })
  userId!: string;

  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the ban ends.' })
  bannedUntil!: Date;
}
