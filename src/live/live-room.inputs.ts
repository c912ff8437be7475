/**
 * Inputs of the live room mutations; descriptions print the declared limits (src/commands/live.ts), which the resolvers check.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';
import { SeatModeInput } from '../rooms';
import { SeatTemplate } from './live.enums';

const settings = live.updateLiveRoomInfo.limits;
const create = live.createLiveRoom.limits;

/**
 * The settings create_room and update_room_info share (spec §7.1, §7.3). Registered as an input
 * type so its fields are inherited; it is never used as an argument, so the schema omits it.
 */
@InputType()
export abstract class LiveRoomSettingsInput {
  @Field(() => String, { nullable: true, description: `The display name. ${d(settings.roomName)} Tencent defaults it to the id.` })
  name?: string;

  @Field(() => Int, { nullable: true, description: `How many members may be in the room at once. ${d(settings.maxMemberCount)} Capped by your Tencent package.` })
  maxMemberCount?: number;

  @Field(() => Boolean, { nullable: true, description: 'Mute the whole audience (admins and the host may still send messages).' })
  isMessageDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'List the room in `liveRooms` (Tencent\'s default: true). False for private or test rooms.' })
  isPublicVisible?: boolean;

  @Field(() => String, { nullable: true, description: `The cover image URL. ${d(settings.coverUrl)}` })
  coverUrl?: string;

  @Field(() => [Int], { nullable: true, description: `Your own numeric category tags. ${d(settings.categories)}` })
  categories?: number[];

  @Field(() => Int, { nullable: true, description: 'Your own numeric status of the room; Tencent stores it and does not interpret it.' })
  activityStatus?: number;

  @Field(() => SeatModeInput, { nullable: true, description: 'Whether guests take seats freely or ask the host first.' })
  takeSeatMode?: SeatModeInput;

  @Field(() => String, { nullable: true, description: `The room notice shown to viewers. ${d(settings.notice)}` })
  notice?: string;
}

@InputType({ description: 'A new live room: its id, seat layout and settings. Limits are Tencent\'s, checked before any call to Tencent (BAD_USER_INPUT naming the field).' })
export class CreateLiveRoomInput extends LiveRoomSettingsInput {
  @Field(() => ID, { description: `The new room's id. ${d(create.roomId)}` })
  id!: string;

  @Field(() => SeatTemplate, { description: 'The seat layout; it cannot change later.' })
  seatTemplate!: SeatTemplate;

  @Field(() => ID, { nullable: true, description: `The host. ${d(create.ownerId)} Defaults to the gateway's admin account.` })
  ownerId?: string;

  @Field(() => Int, { nullable: true, description: `How many seats a voice room (AUDIO_SALON, KARAOKE) has. ${d(create.maxSeatCount)} Capped by your Tencent package.` })
  maxSeatCount?: number;
}

@InputType({ description: 'New settings for a live room: only the fields given change.' })
export class UpdateLiveRoomInput extends LiveRoomSettingsInput {
  @Field(() => ID, { description: 'The room to change.' })
  id!: string;
}

@InputType({ description: 'Hands a live room to another host.' })
export class ChangeLiveRoomOwnerInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => ID, { description: `The new host. ${d(live.changeLiveRoomOwner.limits.newOwnerId)}` })
  newOwnerId!: string;
}
