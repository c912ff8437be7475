/**
 * Messages into a live room (spec §7.7): send_text_msg (74353, 200/s) and send_custom_msg (74354,
 * body from the console's client code, no documented limit). Each is recorded (GET
 * /emulator/v1/rooms/{roomId}/messages), counts in TotalMsgCount, and raises the IM group callback
 * `Group.CallbackAfterSendMsg` (spec §9, 647/74348) with GroupId = RoomId and Type "Live".
 *
 * Who may not speak is (unknown) in the REST docs; the emulator answers 100006 "insufficient
 * operation permissions" (rather than 100002: the request is well formed, the sender is just not
 * allowed to speak now) for a sender muted with mute_member, and for a room with
 * IsMessageDisabled unless the sender is its owner or an administrator (spec §7.3: muting the
 * room spares them). A sender need not be in the room (an administrator may post as any account).
 */
import { randomInt } from 'node:crypto';
import * as live from '../../commands/live';
import { LiveCallbacks } from '../../wire/callbacks';
import { ErrorCodes } from '../../wire/envelope';
import type { Ctx } from '../context';
import { EmuError, invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { jsonString } from './fields';
import { activeMute, getLiveRoom, MESSAGE_LOG_SIZE, type LiveMessage, type LiveRoom } from './state';

function mayNotSpeak(room: LiveRoom, sender: string, nowS: number): EmuError | undefined {
  const until = activeMute(room, sender, nowS);
  if (until !== undefined) {
    return new EmuError(ErrorCodes.PERMISSION_DENIED, `'${sender}' is muted in room '${room.roomId}' until ${until} (Unix seconds)`);
  }
  if (room.isMessageDisabled && sender !== room.ownerId && !room.live.admins.has(sender)) {
    return new EmuError(
      ErrorCodes.PERMISSION_DENIED,
      `room '${room.roomId}' has messages disabled (IsMessageDisabled); only its owner and administrators may send`,
    );
  }
  return undefined;
}

/** Records the message, counts it and raises the callback. */
function deliver(ctx: Ctx, room: LiveRoom, sender: string, msgBody: Rec[], cloudCustomData: string): void {
  const l = room.live;
  const random = randomInt(0, 2 ** 32);
  const msgSeq = ++l.msgSeq;
  const msg: LiveMessage = {
    msgSeq, random, msgTime: ctx.nowS, from: sender, msgBody, cloudCustomData, msgId: `${msgSeq}-${ctx.nowS}-${random}`,
  };
  l.msgCount++;
  l.messages.push(msg);
  if (l.messages.length > MESSAGE_LOG_SIZE) l.messages.splice(0, l.messages.length - MESSAGE_LOG_SIZE);
  ctx.emit(LiveCallbacks.messageSent, {
    GroupId: room.roomId,
    Type: 'Live',
    From_Account: sender,
    Operator_Account: ctx.operator,
    Random: random,
    MsgId: msg.msgId,
    MsgSeq: msgSeq,
    MsgTime: msg.msgTime,
    MsgBody: msgBody,
    CloudCustomData: cloudCustomData,
  });
}

/** Delivered as `{"CloudCustomData": ExtensionInfo, "MsgBody": [TIMTextElem]}` (spec §7.7). */
function sendTextMsg(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const sender = f.account('Sender_Account', { required: true });
  const text = f.str('TextContent', { required: true });
  if (text === '') throw invalid('TextContent must not be empty');
  const ext = jsonString(f, 'ExtensionInfo') ?? '';
  const room = getLiveRoom(ctx.state, roomId);
  const denied = mayNotSpeak(room, sender, ctx.nowS);
  if (denied) throw denied;
  deliver(ctx, room, sender, [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }], ext);
  return undefined;
}

/**
 * Delivered as a `TIMCustomElem` (inferred) whose `Data` is the request's Data and whose `Desc`
 * carries the BusinessId (how the BusinessId travels is (unknown); inferred).
 */
function sendCustomMsg(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const sender = f.account('Sender_Account', { required: true });
  const businessId = f.str('BusinessId', { required: true });
  if (businessId === '') throw invalid('BusinessId must not be empty');
  const data = f.str('Data', { required: true });
  const room = getLiveRoom(ctx.state, roomId);
  const denied = mayNotSpeak(room, sender, ctx.nowS);
  if (denied) throw denied;
  deliver(ctx, room, sender, [{ MsgType: 'TIMCustomElem', MsgContent: { Data: data, Desc: businessId } }], '');
  return undefined;
}

/** A recorded message as the control API lists it. */
export function messageWire(m: LiveMessage): Rec {
  return {
    MsgSeq: m.msgSeq, MsgId: m.msgId, MsgTime: m.msgTime, Random: m.random, From_Account: m.from,
    MsgBody: m.msgBody, CloudCustomData: m.cloudCustomData,
  };
}

export const messageHandlers: readonly Handler[] = [
  handler(live.sendTextMsg, { perSecond: 200, run: sendTextMsg }),
  handler(live.sendCustomMsg, { run: sendCustomMsg }), // limit (unknown)
];
