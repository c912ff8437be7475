/**
 * `liveRoom(id)`, the `LiveRoom` fields only get_room_info answers, and the room mutations
 * (create, update, destroy, change owner). Each mutation answers the room read afresh: write()
 * has already dropped what the command changed.
 */
import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as live from '../commands/live';
import type { UpdateLiveRoomParams } from '../commands/live-model';
import type { Context } from '../graphql/context';
import { READ_POLICY_NOTE, assertCanRead } from '../graphql/read-access';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { RoomType, TakeSeatMode } from '../rooms';
import { Seat, seatsOf } from '../seats';
import { SeatTemplate } from './live.enums';
import { ChangeLiveRoomOwnerInput, CreateLiveRoomInput, LiveRoomSettingsInput, UpdateLiveRoomInput } from './live-room.inputs';
import { LiveRoom } from './live-room.type';
import { fullInfo, fullValue, liveRoomOrNotFound, type LiveRoomValue } from './live-room.value';

/** Validated settings common to create_room and update_room_info (the two share their limits). */
function settings(input: LiveRoomSettingsInput): Omit<UpdateLiveRoomParams, 'roomId'> {
  const l = live.updateLiveRoomInfo.limits;
  return {
    roomName: check(l.roomName, 'input.name', input.name),
    maxMemberCount: check(l.maxMemberCount, 'input.maxMemberCount', input.maxMemberCount),
    isMessageDisabled: input.isMessageDisabled ?? undefined,
    isPublicVisible: input.isPublicVisible ?? undefined,
    coverUrl: check(l.coverUrl, 'input.coverUrl', input.coverUrl),
    categories: check(l.categories, 'input.categories', input.categories),
    activityStatus: input.activityStatus ?? undefined,
    takeSeatMode: input.takeSeatMode ?? undefined,
    notice: check(l.notice, 'input.notice', input.notice),
  };
}

@Resolver(() => LiveRoom)
export class LiveRoomResolver {
  @Query(() => LiveRoom, {
    nullable: true,
    description:
      'One live room by id (get_room_info, cached); null when it does not exist. FORBIDDEN for a Conference room\'s id (read it with ' +
      `\`room\`). ${READ_POLICY_NOTE}`,
  })
  async liveRoom(@Arg('id', () => ID, { description: 'The live room id: printable ASCII, at most 48 bytes.' }) id: string, @Ctx() ctx: Context) {
    const roomId = check(live.getLiveRoomInfo.limits.roomId, 'id', id);
    await assertCanRead(ctx, roomId, 'live');
    const info = await ctx.loaders.liveRoom.load(roomId);
    return info && fullValue(info);
  }

  @FieldResolver(() => RoomType, { description: 'Which product the room belongs to: always LIVE for a `LiveRoom`.' })
  type() {
    return RoomType.LIVE;
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the room was created; null when Tencent does not say.' })
  createdAt(@Root() room: LiveRoomValue) {
    return room.createTime === null ? null : new Date(room.createTime * 1000);
  }

  @FieldResolver(() => SeatTemplate, { nullable: true, description: 'The seat layout the room was created with; null when Tencent does not say.' })
  async seatTemplate(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).seatTemplate;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the room has seats (set by its seat layout); `seats` is empty when it has none.' })
  async isSeatEnabled(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).isSeatEnabled;
  }

  @FieldResolver(() => TakeSeatMode, { description: 'Whether guests take seats freely or ask the host first; NONE without seats.' })
  async takeSeatMode(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).takeSeatMode;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many seats the room has; null when Tencent does not say.' })
  async maxSeatCount(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).maxSeatCount;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many members may be in the room at once; null when Tencent does not say.' })
  async maxMemberCount(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).maxMemberCount;
  }

  @FieldResolver(() => Boolean, { description: 'The whole audience is muted (admins and the host may still send messages).' })
  async isMessageDisabled(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).isMessageDisabled;
  }

  @FieldResolver(() => Boolean, { description: 'Whether `liveRooms` lists the room; false for private or test rooms.' })
  async isPublicVisible(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).isPublicVisible;
  }

  @FieldResolver(() => String, { description: 'The room notice shown to viewers; empty when none is set.' })
  async notice(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).notice;
  }

  @FieldResolver(() => String, { description: 'Your own data about the room, as Tencent stores it; empty when none is set.' })
  async customInfo(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return (await fullInfo(ctx, room)).customInfo;
  }

  @FieldResolver(() => [Seat], {
    description: 'The room\'s seats in index order, each with its occupant (get_seat_list, cached); empty when the room has no seats, as `seats(roomId)` answers.',
  })
  async seats(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    if (!(await fullInfo(ctx, room)).isSeatEnabled) return [];
    return seatsOf(ctx, room.roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, {
    description:
      'Creates a live room and answers it as Tencent now reads it. Admins only. CONFLICT when the id is taken; RATE_LIMITED for the ' +
      'same id twice within a second (create_room).',
  })
  async createLiveRoom(
    @Arg('input', () => CreateLiveRoomInput, { description: 'The new room: its id, seat layout and settings.' }) input: CreateLiveRoomInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.createLiveRoom.limits;
    const id = check(l.roomId, 'input.id', input.id);
    await write(ctx, live.createLiveRoom, {
      roomId: id,
      ...settings(input),
      seatTemplate: input.seatTemplate,
      ownerId: check(l.ownerId, 'input.ownerId', input.ownerId),
      maxSeatCount: check(l.maxSeatCount, 'input.maxSeatCount', input.maxSeatCount),
    });
    return liveRoomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, {
    description: 'Changes a live room\'s settings (only the fields given) and answers the room afterwards. Admins only. NOT_FOUND for a room that does not exist (update_room_info).',
  })
  async updateLiveRoom(
    @Arg('input', () => UpdateLiveRoomInput, { description: 'The room and the settings to change.' }) input: UpdateLiveRoomInput,
    @Ctx() ctx: Context,
  ) {
    const id = check(live.updateLiveRoomInfo.limits.roomId, 'input.id', input.id);
    await write(ctx, live.updateLiveRoomInfo, { roomId: id, ...settings(input) });
    return liveRoomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Ends the live room for everyone and deletes it; answers its id. Admins only. NOT_FOUND for a room that does not exist (destroy_room).' })
  async destroyLiveRoom(@Arg('id', () => ID, { description: 'The room to destroy.' }) id: string, @Ctx() ctx: Context) {
    await write(ctx, live.destroyLiveRoom, check(live.destroyLiveRoom.limits.roomId, 'id', id));
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Hands the live room to another host; answers the room afterwards. Admins only (change_room_owner).' })
  async changeLiveRoomOwner(
    @Arg('input', () => ChangeLiveRoomOwnerInput, { description: 'The room and its new host.' }) input: ChangeLiveRoomOwnerInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.changeLiveRoomOwner.limits;
    const id = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.changeLiveRoomOwner, id, check(l.newOwnerId, 'input.newOwnerId', input.newOwnerId));
    return liveRoomOrNotFound(ctx, id);
  }
}
