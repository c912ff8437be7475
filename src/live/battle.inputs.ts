/**
 * Input of createBattle. Durations are seconds in GraphQL and milliseconds on the wire (spec §7.11): the resolver converts.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { createBattle } from '../commands/battle';
import { describeLimit as d } from '../commands/limits';

@InputType({ description: 'A battle to start: the rooms must already be connected as co-hosts (Tencent does not check this).' })
export class CreateBattleInput {
  @Field(() => ID, { description: 'The room that starts the battle.' })
  fromRoomId!: string;

  @Field(() => [ID], { description: `The rooms it battles. ${d(createBattle.limits.toRoomIds)}` })
  toRoomIds!: string[];

  @Field(() => Int, { description: 'How long the battle lasts, in seconds, at least 1 (Tencent takes milliseconds; the gateway converts).' })
  durationSeconds!: number;

  @Field(() => String, { nullable: true, description: `Your own data, delivered with the battle callbacks. ${d(createBattle.limits.extensionInfo)}` })
  extensionInfo?: string;
}
