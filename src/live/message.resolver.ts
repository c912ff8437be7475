/** Messages into a live room (send_text_msg, send_custom_msg). They answer `true` once Tencent accepted them. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import * as live from '../commands/live';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { jsonText } from './json-text';
import { SendLiveCustomMessageInput, SendLiveTextMessageInput } from './message.inputs';

@Resolver()
export class MessageResolver {
  @Authorized('ROOM_STAFF')
  @Mutation(() => Boolean, { description: 'Sends a chat message into the room on a user\'s behalf; true once Tencent accepted it. Room staff only: its owner, its room admins and global admins (staff who are not global admins send as themselves). FORBIDDEN when Tencent refuses the sender, e.g. a muted one (send_text_msg).' })
  async sendLiveTextMessage(
    @Arg('input', () => SendLiveTextMessageInput, { description: 'The room, the sender and the text.' }) input: SendLiveTextMessageInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.sendTextMsg.limits;
    await write(ctx, live.sendTextMsg, {
      roomId: check(l.roomId, 'input.roomId', input.roomId),
      senderId: check(l.senderId, 'input.senderId', input.senderId),
      text: input.text,
      extensionInfo: jsonText('input.extensionInfo', input.extensionInfo),
    });
    return true;
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => Boolean, { description: 'Sends a custom message into the room on a user\'s behalf; true once Tencent accepted it. Room staff only: its owner, its room admins and global admins; staff who are not global admins send as themselves (send_custom_msg).' })
  async sendLiveCustomMessage(
    @Arg('input', () => SendLiveCustomMessageInput, { description: 'The room, the sender and the payload.' }) input: SendLiveCustomMessageInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.sendCustomMsg.limits;
    await write(ctx, live.sendCustomMsg, {
      roomId: check(l.roomId, 'input.roomId', input.roomId),
      senderId: check(l.senderId, 'input.senderId', input.senderId),
      businessId: input.businessId,
      data: input.data,
    });
    return true;
  }
}
