/**
 * Inputs of the mute and ban mutations; descriptions print the declared limits, which the resolvers check before any call.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

const mute = live.muteMember.limits;
const ban = live.banLiveMember.limits;

@InputType({ description: 'Who to mute in a live room, and for how long.' })
export class MuteLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to mute. ${d(mute.userIds)}` })
  userIds!: string[];

  @Field(() => Int, { description: 'For how long, in seconds: at least 1 (unmuteLiveMembers lifts a mute).' })
  durationSeconds!: number;
}

@InputType({ description: 'Who to unmute in a live room.' })
export class UnmuteLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to unmute. ${d(mute.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'Who to ban from a live room, why and for how long.' })
export class BanLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to ban. ${d(ban.userIds)}` })
  userIds!: string[];

  @Field(() => String, { nullable: true, defaultValue: '', description: `Why, for the banned users and your records. ${d(ban.reason)} Omitted or null: empty.` })
  reason?: string | null;

  @Field(() => Int, { description: `For how long, in seconds. ${d(ban.durationSeconds)}` })
  durationSeconds!: number;
}

@InputType({ description: 'Who to unban in a live room.' })
export class UnbanLiveMembersInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `Who to unban. ${d(live.unbanLiveMember.limits.userIds)}` })
  userIds!: string[];
}
