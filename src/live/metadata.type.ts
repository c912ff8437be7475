/** One metadata entry as GraphQL shows it. */
import { Field, ObjectType } from 'type-graphql';

/** One key of a live room's metadata (get_room_metadata); runtime value: the model's `MetadataEntry`. */
@ObjectType({ description: 'One key and its value in a live room\'s metadata: small shared state every viewer\'s app can read, e.g. a poll or the current song.' })
export class MetadataEntry {
  @Field(() => String, { description: 'The key (at most 50 bytes).' })
  key!: string;

  @Field(() => String, { description: 'The value (at most 2048 bytes).' })
  value!: string;
}
