import { Field, InputType, ObjectType } from 'type-graphql';
import { ConferenceEvent } from './enums';

@ObjectType({ description: 'Where Tencent delivers Conference callbacks (room_config).' })
export class CallbackConfig {
  @Field(() => String)
  url!: string;

  @Field(() => [ConferenceEvent])
  events!: ConferenceEvent[];
}

@InputType({ description: 'room_config set_callback / update_callback.' })
export class CallbackConfigInput {
  @Field(() => String, { description: 'An http:// or https:// URL.' })
  url!: string;

  @Field(() => [ConferenceEvent], { description: 'At least one event.' })
  events!: ConferenceEvent[];
}
