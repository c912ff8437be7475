import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';
import * as srv from '../commands/conference';
import { describeLimit as d } from '../commands/limits';
import { SeatModeInput } from './enums';

const settings = srv.updateRoomInfo.limits;
const create = srv.createRoom.limits;

/**
 * The settings create_room and update_room_info share (spec §3.1, §3.3). Registered as an input
 * type so its fields are inherited; it is never used as an argument, so the schema omits it.
 */
@InputType()
export abstract class RoomSettingsInput {
  @Field(() => String, { nullable: true, description: `${d(settings.roomName)} Defaults to the id on create.` })
  name?: string;

  @Field(() => Int, { nullable: true, description: d(settings.maxMemberCount) })
  maxMemberCount?: number;

  @Field(() => Boolean, { nullable: true })
  isVideoDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  isAudioDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  isMessageDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  isScreenSharingDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  isCloudRecordingDisabled?: boolean;

  @Field(() => String, { nullable: true, description: d(settings.customInfo) })
  customInfo?: string;

  @Field(() => SeatModeInput, { nullable: true })
  takeSeatMode?: SeatModeInput;
}

@InputType({ description: 'create_room. Limits as Tencent documents them; checked before any upstream call.' })
export class CreateRoomInput extends RoomSettingsInput {
  @Field(() => ID, { description: d(create.roomId) })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the gateway\'s admin account.' })
  ownerId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  scheduleStartTime?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to start + 1 h; at least start + 5 min.' })
  scheduleEndTime?: Date;


  @Field(() => Boolean, { nullable: true, description: 'Whether the room has seats (default false).' })
  isSeatEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: d(create.maxSeatCount) })
  maxSeatCount?: number;

  @Field(() => [ID], { nullable: true, description: 'Scheduled invitees.' })
  scheduleInvitees?: string[];
}

@InputType({ description: 'update_room_info: only the fields given change.' })
export class UpdateRoomInput extends RoomSettingsInput {
  @Field(() => ID)
  id!: string;

}

@InputType({ description: 'change_room_owner: the new owner must be in the room.' })
export class ChangeRoomOwnerInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  newOwnerId!: string;

  @Field(() => ID, { nullable: true, description: 'The current owner; read from the room when omitted.' })
  currentOwnerId?: string;
}
