import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AnyRoom } from '../rooms';
import { RoomStatus, RoomType, TakeSeatMode } from './enums';

/**
 * A Conference room (get_room_info). Timestamps, `owner`, `members`, `seats` and `bannedMembers`
 * are resolved in room.resolver.ts; the runtime value is the model's `RoomInfo`. It is an `AnyRoom`
 * (src/rooms): its own definitions of the shared fields are the ones its schema shows.
 */
@ObjectType({ description: 'A Conference room.', implements: AnyRoom })
@Directive('@key(fields: "id")') // a federation entity (src/federation)
export class Room {
  @Field(() => ID, { name: 'id', description: 'The room id, chosen when the room was created: printable ASCII, at most 48 bytes.' })
  roomId!: string;

  @Field(() => String, { name: 'name', description: 'The display name (at most 100 bytes); Tencent defaults it to the id.' })
  roomName!: string;

  @Field(() => RoomType, { name: 'type', description: 'Which product the room belongs to: CONFERENCE, or LIVE when a live room\'s id is read with `room`.' })
  roomType!: RoomType;

  @Field(() => ID, { nullable: true, description: 'The owner\'s user id (present even when the owner is not in the room).' })
  ownerId!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many members may be in the room at once; null when Tencent does not say.' })
  maxMemberCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many seats the room has (rooms with seats); null when Tencent does not say.' })
  maxSeatCount!: number | null;

  @Field(() => Boolean, { description: 'Members may not turn their cameras on (the owner and administrators still may).' })
  isVideoDisabled!: boolean;

  @Field(() => Boolean, { description: 'Members may not unmute their microphones (the owner and administrators still may).' })
  isAudioDisabled!: boolean;

  @Field(() => Boolean, { description: 'Members may not send chat messages (the owner and administrators still may).' })
  isMessageDisabled!: boolean;

  @Field(() => Boolean, { description: 'Members may not share their screens (the owner and administrators still may).' })
  isScreenSharingDisabled!: boolean;

  @Field(() => Boolean, { description: 'Tencent does not record the meeting in the cloud.' })
  isCloudRecordingDisabled!: boolean;

  @Field(() => String, { description: 'Your own data about the room (at most 500 bytes), as Tencent stores it; empty when none is set.' })
  customInfo!: string;

  @Field(() => RoomStatus, { description: 'Whether the meeting has started.' })
  status!: RoomStatus;

  @Field(() => Boolean, { description: 'Whether the room has seats (set when it is created); `seats` is empty when it has none.' })
  isSeatEnabled!: boolean;

  @Field(() => TakeSeatMode, { description: 'How members take seats: freely, or by asking first; NONE for a room without seats.' })
  takeSeatMode!: TakeSeatMode;

  @Field(() => Int, { nullable: true, description: 'How many members are in the room now; null when Tencent does not say. `members.totalCount` is this number.' })
  memberCount!: number | null;
}
