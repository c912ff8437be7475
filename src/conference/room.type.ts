import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AnyRoom } from '../rooms';
import { RoomStatus, RoomType, TakeSeatMode } from './enums';

/**
 * A Conference room (get_room_info). Timestamps, `owner`, `members`, `seats` and `bannedMembers`
 * are resolved in room.resolver.ts; the runtime value is the model's `RoomInfo`. It is an `AnyRoom`
 * (src/rooms): its own definitions of the shared fields are the ones its schema shows.
 */
@ObjectType({ description: 'A Conference room.', implements: AnyRoom })
export class Room {
  @Field(() => ID, { name: 'id', description: 'RoomId: printable ASCII, at most 48 bytes.' })
  roomId!: string;

  @Field(() => String, { name: 'name' })
  roomName!: string;

  @Field(() => RoomType, { name: 'type' })
  roomType!: RoomType;

  @Field(() => ID, { nullable: true, description: 'The owner\'s user id (present even when the owner is not in the room).' })
  ownerId!: string | null;

  @Field(() => Int, { nullable: true })
  maxMemberCount!: number | null;

  @Field(() => Int, { nullable: true })
  maxSeatCount!: number | null;

  @Field(() => Boolean, { description: 'All video muted.' })
  isVideoDisabled!: boolean;

  @Field(() => Boolean, { description: 'All audio muted.' })
  isAudioDisabled!: boolean;

  @Field(() => Boolean, { description: 'No member may send text messages.' })
  isMessageDisabled!: boolean;

  @Field(() => Boolean)
  isScreenSharingDisabled!: boolean;

  @Field(() => Boolean)
  isCloudRecordingDisabled!: boolean;

  @Field(() => String)
  customInfo!: string;

  @Field(() => RoomStatus)
  status!: RoomStatus;

  @Field(() => Boolean)
  isSeatEnabled!: boolean;

  @Field(() => TakeSeatMode)
  takeSeatMode!: TakeSeatMode;

  @Field(() => Int, { nullable: true, description: 'Members in the room now.' })
  memberCount!: number | null;
}
