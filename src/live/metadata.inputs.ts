/**
 * Inputs of the metadata mutations; each key and value, and all values together, are checked against set_room_metadata's limits.
 */
import { Field, ID, InputType } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

const set = live.setRoomMetadata.limits;

@InputType({ description: 'One key to set and its value.' })
export class MetadataEntryInput {
  @Field(() => String, { description: `The key. ${d(set.key)}` })
  key!: string;

  @Field(() => String, { description: `The value. ${d(set.value)}` })
  value!: string;
}

@InputType({ description: 'Keys to set in a live room\'s metadata; keys not listed keep their values.' })
export class SetLiveRoomMetadataInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [MetadataEntryInput], { description: `${d(set.entries)} All values together: ${d(set.allValues).toLowerCase()}` })
  entries!: MetadataEntryInput[];
}

@InputType({ description: 'Keys to remove from a live room\'s metadata.' })
export class DeleteLiveRoomMetadataInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [String], { description: `The keys to remove. ${d(live.delRoomMetadata.limits.keys)}` })
  keys!: string[];
}
