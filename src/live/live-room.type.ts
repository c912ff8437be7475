/**
 * The `LiveRoom` object type: the fields a room-list item carries. Everything else is a field resolver (see below).
 */
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AnyRoom } from '../rooms';

/**
 * A live room. The fields here are the ones the room list carries too (spec §7.5); the rest, which
 * only get_room_info answers, are resolved in live-room.resolver.ts, and the per-room reads
 * (members, metadata, stats, …) in their own resolvers. The runtime value is a `LiveRoomValue`
 * (live-room.value.ts): the full info, or a list item.
 */
@ObjectType({
  implements: AnyRoom,
  description:
    'A live room (TUILiveKit): a host streaming to an audience, with seats for guests. ' +
    'A room from `liveRoom(id)` is read with get_room_info. A room from `liveRooms` starts as a list item, which carries ' +
    '`id`, `name`, `ownerId`, `coverUrl`, `categories`, `activityStatus`, `viewCount` and `createdAt`; when a query ' +
    'asks a listed room for any other room field, the list reads each listed room\'s full info (one batched get_room_info ' +
    'per room, shared with every other request through the cache) and then answers every field from it.',
})
@Directive('@key(fields: "id")') // a federation entity (src/federation)
export class LiveRoom {
  @Field(() => ID, { name: 'id', description: 'The room id: printable ASCII, at most 48 bytes.' })
  roomId!: string;

  @Field(() => String, { name: 'name', description: 'The display name; Tencent defaults it to the id.' })
  roomName!: string;

  @Field(() => ID, { nullable: true, description: 'The host\'s user id.' })
  ownerId!: string | null;

  @Field(() => String, { description: 'The cover image URL; empty when none is set.' })
  coverUrl!: string;

  @Field(() => [Int], { description: 'Your own numeric category tags (at most 3), e.g. for filtering a lobby.' })
  categories!: number[];

  @Field(() => Int, { nullable: true, description: 'Your own numeric status of the room (Tencent stores it and does not interpret it).' })
  activityStatus!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many times viewers have entered the room in all; the room list is sorted by it, highest first.' })
  viewCount!: number | null;
}
