/**
 * Inputs of the Conference room mutations; descriptions print the declared limits
 * (src/commands/conference.ts), which the resolvers check before any upstream call.
 */
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
  @Field(() => String, { nullable: true, description: `The display name. ${d(settings.roomName)} Defaults to the id on create.` })
  name?: string;

  @Field(() => Int, { nullable: true, description: `How many members may be in the room at once. ${d(settings.maxMemberCount)}` })
  maxMemberCount?: number;

  @Field(() => Boolean, { nullable: true, description: 'Stop members turning their cameras on (the owner and administrators still may).' })
  isVideoDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Stop members unmuting their microphones (the owner and administrators still may).' })
  isAudioDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Stop members sending chat messages (the owner and administrators still may).' })
  isMessageDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Stop members sharing their screens (the owner and administrators still may).' })
  isScreenSharingDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Turn cloud recording of the meeting off.' })
  isCloudRecordingDisabled?: boolean;

  @Field(() => String, { nullable: true, description: `Your own data about the room. ${d(settings.customInfo)}` })
  customInfo?: string;

  @Field(() => SeatModeInput, { nullable: true, description: 'Whether members take seats freely or ask first (rooms with seats).' })
  takeSeatMode?: SeatModeInput;
}

@InputType({ description: 'A new Conference room: its id and settings. Limits are Tencent\'s, checked before any call to Tencent (BAD_USER_INPUT naming the field).' })
export class CreateRoomInput extends RoomSettingsInput {
  @Field(() => ID, { description: `The new room's id, unique in your app. ${d(create.roomId)}` })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The owner (host). Defaults to the gateway\'s admin account.' })
  ownerId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the meeting starts (ISO 8601, to the second); the room is NOT_STARTED until then. Defaults to now.' })
  scheduleStartTime?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the meeting ends (ISO 8601). Defaults to an hour after the start; at least 5 minutes after it.' })
  scheduleEndTime?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether the room has seats (default false); it cannot change later.' })
  isSeatEnabled?: boolean;

  @Field(() => Int, { nullable: true, description: `How many seats a room with seats has. ${d(create.maxSeatCount)}` })
  maxSeatCount?: number;

  @Field(() => [ID], { nullable: true, description: 'User ids invited to a scheduled meeting.' })
  scheduleInvitees?: string[];
}

@InputType({ description: 'New settings for a Conference room: only the fields given change.' })
export class UpdateRoomInput extends RoomSettingsInput {
  @Field(() => ID, { description: 'The room to change.' })
  id!: string;
}

@InputType({ description: 'Hands a Conference room to another owner, who must be in the room.' })
export class ChangeRoomOwnerInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => ID, { description: 'The new owner: a member of the room (NOT_A_MEMBER otherwise).' })
  newOwnerId!: string;

  @Field(() => ID, { nullable: true, description: 'The current owner; read from the room when omitted. FORBIDDEN when it is not the owner.' })
  currentOwnerId?: string;
}
