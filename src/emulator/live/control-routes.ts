/**
 * The control API's Live endpoints (control.ts lists them all): what viewers do in a live room
 * that no REST command does — send gifts and likes — and the messages the room received.
 */
import { invalid } from '../errors';
import { Fields, type Rec } from '../input';
import type { AppState } from '../state';
import { makeCtx, type World } from '../world';
import { messageWire } from './messages';
import { getLiveRoom } from './state';
import { recordGift, recordLike } from './stats';

function countOf(f: Fields): number {
  return f.int('count', { min: 1, max: 1_000_000 }) ?? 1;
}

/** POST rooms/{roomId}/gifts {"userId","giftId","count"?} */
export function sendGift(world: World, app: AppState, [roomId]: string[], body: Rec): Rec {
  const f = new Fields(body);
  const userId = f.account('userId', { required: true });
  const giftId = f.str('giftId', { required: true });
  if (giftId === '') throw invalid('giftId must not be empty');
  const count = countOf(f);
  const room = getLiveRoom(app, roomId);
  return recordGift(makeCtx(world, app, userId, 'Web'), room, userId, giftId, count);
}

/** POST rooms/{roomId}/likes {"userId","count"?} */
export function sendLikes(_world: World, app: AppState, [roomId]: string[], body: Rec): Rec {
  const f = new Fields(body);
  f.account('userId', { required: true });
  const count = countOf(f);
  return recordLike(getLiveRoom(app, roomId), count);
}

/** GET rooms/{roomId}/messages */
export function listMessages(_world: World, app: AppState, [roomId]: string[]): Rec {
  return { Messages: getLiveRoom(app, roomId).live.messages.map(messageWire) };
}
