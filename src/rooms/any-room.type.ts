/**
 * `AnyRoom`: what a Conference `Room` and a `LiveRoom` have in common, so a frontend can show
 * either with one fragment (`fragment RoomCard on AnyRoom { id name type … }`).
 *
 * Which type a value is cannot come from the wire: Conference's get_room_info answers for a Live
 * room too, with `RoomType: "Live"`, and the Conference loader serves that as a `Room`. So Live's
 * values carry a brand (`LIVE_ROOM`, a symbol: it never reaches JSON, the cache or a client),
 * set by the one function that makes them (`brandLive`); every other room value is Conference's.
 */
import { Field, GraphQLISODateTime, ID, Int, InterfaceType } from 'type-graphql';
// The type alone: importing the seats module here would register its resolvers ahead of Conference's.
import { Seat } from '../seats/seat.type';
import { RoomType, TakeSeatMode } from './room.enums';

export const LIVE_ROOM: unique symbol = Symbol('roomgraph.liveRoom');

/** What `brandLive` adds to a value. */
export type LiveBrand = { readonly [LIVE_ROOM]: true };

/** Marks a value as a `LiveRoom` for `AnyRoom`'s type resolution (a copy: cached values stay as they are). */
export function brandLive<T extends object>(value: T): T & LiveBrand {
  return { ...value, [LIVE_ROOM]: true as const };
}

export function isLiveRoom(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [LIVE_ROOM]?: boolean })[LIVE_ROOM] === true;
}

@InterfaceType({
  description: 'A room of either product: a Conference `Room` or a `LiveRoom`. The fields both answer, for lists and cards that show either.',
  resolveType: (value) => (isLiveRoom(value) ? 'LiveRoom' : 'Room'),
})
export abstract class AnyRoom {
  @Field(() => ID, { name: 'id', description: 'The room id: printable ASCII, at most 48 bytes.' })
  roomId!: string;

  @Field(() => String, { name: 'name', description: 'The display name; Tencent defaults it to the id.' })
  roomName!: string;

  @Field(() => RoomType, { name: 'type', description: 'Which product the room belongs to.' })
  roomType!: RoomType;

  @Field(() => ID, { nullable: true, description: 'The owner\'s (host\'s) user id.' })
  ownerId!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many members may be in the room at once; null when Tencent does not say.' })
  maxMemberCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many seats the room has; null when Tencent does not say.' })
  maxSeatCount!: number | null;

  @Field(() => Boolean, { description: 'No member may send text messages (admins and the owner still may).' })
  isMessageDisabled!: boolean;

  @Field(() => Boolean, { description: 'Whether the room has seats; `seats` is empty when it has none.' })
  isSeatEnabled!: boolean;

  @Field(() => TakeSeatMode, { description: 'How members take seats; NONE for rooms without seats.' })
  takeSeatMode!: TakeSeatMode;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the room was created.' })
  createdAt!: Date | null;

  @Field(() => [Seat], { description: 'Seats in index order; empty when the room has no seats.' })
  seats!: Seat[];
}
