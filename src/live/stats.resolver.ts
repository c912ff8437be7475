/** A live room's numbers: `LiveRoom.stats` and `LiveRoom.giftCount(userId)`. */
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import * as gifts from '../commands/live-gifts';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { LiveRoom } from './live-room.type';
import type { LiveRoomValue } from './live-room.value';
import { GiftCount, LiveRoomStats } from './stats.type';

@Resolver(() => LiveRoom)
export class StatsResolver {
  @FieldResolver(() => LiveRoomStats, { description: 'Running totals of viewers, gifts, likes and messages since the room was created (get_room_stats, cached).' })
  stats(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return ctx.loaders.liveStats.load(room.roomId);
  }

  @FieldResolver(() => GiftCount, {
    nullable: true,
    description:
      'Gift statistics of the room for one user (get_gift_count, cached). Tencent\'s docs do not say whether they count the gifts ' +
      'the user sent or received. Null with BAD_USER_INPUT for a bad `userId`; the rest of the room still answers.',
  })
  giftCount(
    @Root() room: LiveRoomValue,
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'The user: a Tencent user id, at most 32 bytes.' }) userId: string,
  ) {
    check(gifts.getGiftCount.limits.userId, 'userId', userId);
    return ctx.loaders.liveGiftCount.load({ roomId: room.roomId, userId });
  }
}
