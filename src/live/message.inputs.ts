/** Inputs of the message mutations (send_text_msg, send_custom_msg). */
import { Field, ID, InputType } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

@InputType({ description: 'A chat message to send into a live room, as if a user sent it.' })
export class SendLiveTextMessageInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => ID, { description: `Who the message is from. ${d(live.sendTextMsg.limits.senderId)}` })
  senderId!: string;

  @Field(() => String, { description: 'The message text.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Extra data for your app, as a JSON string (e.g. `"{\\"color\\":\\"red\\"}"`); delivered as the message\'s cloud custom data.',
  })
  extensionInfo?: string;
}

@InputType({ description: 'A custom (non-text) message to send into a live room, e.g. a like burst or a game event.' })
export class SendLiveCustomMessageInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => ID, { description: `Who the message is from. ${d(live.sendCustomMsg.limits.senderId)}` })
  senderId!: string;

  @Field(() => String, { description: 'Your own message kind, which receiving apps switch on.' })
  businessId!: string;

  @Field(() => String, { description: 'The message payload, as your apps agree on it.' })
  data!: string;
}
