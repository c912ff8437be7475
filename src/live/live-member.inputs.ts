/**
 * Inputs of the mute and ban mutations; descriptions print the declared limits, which the resolvers check before any call.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

const mute = live.muteMember.limits;
const ban = live.banLiveMember.limits;

@InputType({ description: 'mute_member: stop users sending messages in the room for a while.' })
export class MuteLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to mute. ${d(mute.userIds)}` })
  userIds!: string[];

  @Field(() => Int, { description: 'For how long, in seconds: at least 1 (unmuteLiveMembers lifts a mute).' })
  durationSeconds!: number;
}

@InputType({ description: 'mute_member with a time of 0: let users send messages again.' })
export class UnmuteLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to unmute. ${d(mute.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'ban_member: remove users from the room and bar them from entering for a while.' })
export class BanLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to ban. ${d(ban.userIds)}` })
  userIds!: string[];

  @Field(() => String, { defaultValue: '', description: `Why, for the banned users and your records. ${d(ban.reason)}` })
  reason!: string;

  @Field(() => Int, { description: `For how long, in seconds. ${d(ban.durationSeconds)}` })
  durationSeconds!: number;
}

@InputType({ description: 'unban_member: let users enter again.' })
export class UnbanLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to unban. ${d(live.unbanLiveMember.limits.userIds)}` })
  userIds!: string[];
}
