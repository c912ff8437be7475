/** The numbers of a live room as GraphQL shows them; `TotalMsgCount` is spelled out as `totalMessageCount`. */
import { Field, Int, ObjectType } from 'type-graphql';

/** get_room_stats (or get_room_statistic); runtime value: the model's `LiveRoomStats`. */
@ObjectType({ description: 'Running totals of a live room since it was created.' })
export class LiveRoomStats {
  @Field(() => Int, { description: 'Distinct viewers who have entered the room.' })
  totalViewers!: number;

  @Field(() => Int, { description: 'Gifts sent in the room.' })
  totalGiftsSent!: number;

  @Field(() => Int, { description: 'Coins spent on those gifts.' })
  totalGiftCoins!: number;

  @Field(() => Int, { description: 'Distinct users who have sent gifts.' })
  totalUniqueGiftSenders!: number;

  @Field(() => Int, { description: 'Likes the room has received.' })
  totalLikesReceived!: number;

  @Field(() => Int, { name: 'totalMessageCount', description: 'Chat messages sent in the room.' })
  totalMsgCount!: number;
}

/** get_gift_count; runtime value: the model's `GiftCount`. */
@ObjectType({ description: 'Gift statistics of a live room for one user (get_gift_count).' })
export class GiftCount {
  @Field(() => Int, { description: 'Tencent\'s sequence number of these statistics: it grows as gifts are sent, so a client can drop an older answer.' })
  sequence!: number;

  @Field(() => Int, { description: 'Gifts counted.' })
  totalCount!: number;

  @Field(() => Int, { description: 'Coins those gifts are worth.' })
  totalCoins!: number;

  @Field(() => Int, { description: 'Distinct senders counted.' })
  giftSenderCount!: number;
}
