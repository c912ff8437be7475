/**
 * Room statistics (spec §7.7, §7.10): get_room_stats (80421, 100/s), get_room_statistic (console
 * client code only, probably the older name: the same answer, no documented limit) and
 * get_gift_count (72557, 200/s). The counters are real: viewers from entries, messages from
 * send_text_msg / send_custom_msg, gifts and likes from the control API (no REST command sends a
 * gift or a like; clients do), through `recordGift` and `recordLike` below.
 */
import * as live from '../../commands/live';
import * as gifts from '../../commands/live-gifts';
import type { Ctx } from '../context';
import { notFound } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { getLiveRoom, statsWire, type LiveRoom } from './state';

function getRoomStats(ctx: Ctx, body: Rec): Rec {
  return statsWire(getLiveRoom(ctx.state, new Fields(body).roomId()));
}

/**
 * Whether `From_Account` is the sender or the receiver is unclear in the docs (spec §13 #14); the
 * emulator reads it as the sender. TotalCount / TotalCoins: the gifts that account sent in the
 * room; GiftSenderCount: the distinct senders among them (1 or 0); Sequence: the room's gift
 * sequence, which every recorded gift moves (inferred).
 */
function getGiftCount(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const from = f.account('From_Account', { required: true });
  const room = getLiveRoom(ctx.state, roomId);
  const tally = room.live.giftSenders.get(from);
  return {
    Sequence: room.live.giftSequence,
    TotalCount: tally?.count ?? 0,
    TotalCoins: tally?.coins ?? 0,
    GiftSenderCount: tally ? 1 : 0,
  };
}

/** Control API: `userId` sends `count` of the catalogue's `giftId` in the room. Unknown gift: 100004. */
export function recordGift(ctx: Ctx, room: LiveRoom, userId: string, giftId: string, count: number): Rec {
  const gift = ctx.state.catalogue.gifts.get(giftId);
  if (!gift) throw notFound(`gift '${giftId}' does not exist`);
  const l = room.live;
  const tally = l.giftSenders.get(userId) ?? { count: 0, coins: 0 };
  tally.count += count;
  tally.coins += count * gift.coins;
  l.giftSenders.set(userId, tally);
  l.giftsSent += count;
  l.giftCoins += count * gift.coins;
  l.giftSequence++;
  return { Sequence: l.giftSequence, ...statsWire(room) };
}

/** Control API: `userId` likes the room `count` times. */
export function recordLike(room: LiveRoom, count: number): Rec {
  room.live.likes += count;
  return statsWire(room);
}

export const statsHandlers: readonly Handler[] = [
  handler(live.getRoomStats, { perSecond: 100, run: getRoomStats }),
  handler(live.getRoomStatistic, { run: getRoomStats }), // limit (unknown)
  handler(gifts.getGiftCount, { perSecond: 200, run: getGiftCount }),
];
