import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as srv from '../commands/conference';
import type { RoomInfo, UpdateRoomParams } from '../commands/model';
import type { Context } from '../graphql/context';
import { badInput, check, schedule } from '../graphql/validate';
import { write } from '../graphql/write';
import { BannedMemberConnection, MemberConnection, bannedConnection, memberConnection, withRoom } from './member.connections';
import { findMember } from './member.loaders';
import { BannedMember, Member } from './member.type';
import { ChangeRoomOwnerInput, CreateRoomInput, RoomSettingsInput, UpdateRoomInput } from './room.inputs';
import { roomOrNotFound } from './room.loaders';
import { Room } from './room.type';

/** How many ids `rooms(ids)` takes: one upstream call each when cold. */
export const MAX_ROOM_IDS = 100;

/** Validated settings common to create_room and update_room_info (the two share their limits). */
function settings(input: RoomSettingsInput): Omit<UpdateRoomParams, 'roomId'> {
  const l = srv.updateRoomInfo.limits;
  return {
    roomName: check(l.roomName, 'input.name', input.name),
    maxMemberCount: check(l.maxMemberCount, 'input.maxMemberCount', input.maxMemberCount),
    isVideoDisabled: input.isVideoDisabled ?? undefined,
    isAudioDisabled: input.isAudioDisabled ?? undefined,
    isMessageDisabled: input.isMessageDisabled ?? undefined,
    isScreenSharingDisabled: input.isScreenSharingDisabled ?? undefined,
    isCloudRecordingDisabled: input.isCloudRecordingDisabled ?? undefined,
    customInfo: check(l.customInfo, 'input.customInfo', input.customInfo),
    takeSeatMode: input.takeSeatMode ?? undefined,
  };
}

const date = (unixSeconds: number | null) => (unixSeconds === null ? null : new Date(unixSeconds * 1000));

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => Room, { nullable: true, description: 'One room by id; null when it does not exist.' })
  room(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.room.load(check(srv.getRoomInfo.limits.roomId, 'id', id));
  }

  @Query(() => [Room], { nullable: 'items', description: `Rooms by id, in order; null for each that does not exist. At most ${MAX_ROOM_IDS} ids.` })
  rooms(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_ROOM_IDS) throw badInput('ids', `must list at most ${MAX_ROOM_IDS} room ids`);
    ids.forEach((id, i) => check(srv.getRoomInfo.limits.roomId, `ids[${i}]`, id));
    // A room that fails to load is null with its own error at rooms[i]; the others still answer.
    return ctx.loaders.room.loadMany(ids);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true })
  scheduleStartTime(@Root() room: RoomInfo) {
    return date(room.scheduleStartTime);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true })
  scheduleEndTime(@Root() room: RoomInfo) {
    return date(room.scheduleEndTime);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the room was created.' })
  createdAt(@Root() room: RoomInfo) {
    return date(room.createTime);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The owner, when they are in the room.' })
  async owner(@Root() room: RoomInfo, @Ctx() ctx: Context) {
    if (!room.ownerId) return null;
    const m = await findMember(ctx.loaders.memberChunks, room.roomId, room.ownerId);
    return m && withRoom(room.roomId, m);
  }

  @FieldResolver(() => MemberConnection, { description: 'Members in entry order.' })
  members(
    @Root() room: RoomInfo,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return memberConnection(ctx, room.roomId, first, after);
  }

  @Authorized('ADMIN')
  // Nullable so a non-admin's FORBIDDEN nulls only this field, not the whole room.
  @FieldResolver(() => BannedMemberConnection, { nullable: true, description: 'Users banned now (administrators only; null with FORBIDDEN for others).' })
  bannedMembers(
    @Root() room: RoomInfo,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return bannedConnection(ctx, room.roomId, first, after);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'create_room.' })
  async createRoom(@Arg('input', () => CreateRoomInput) input: CreateRoomInput, @Ctx() ctx: Context) {
    const l = srv.createRoom.limits;
    const id = check(l.roomId, 'input.id', input.id);
    const { start, end } = schedule(input.scheduleStartTime, input.scheduleEndTime);
    await write(ctx, srv.createRoom, {
      roomId: id,
      ...settings(input),
      ownerId: check(l.ownerId, 'input.ownerId', input.ownerId),
      scheduleStartTime: start,
      scheduleEndTime: end,
      isSeatEnabled: input.isSeatEnabled ?? undefined,
      maxSeatCount: check(l.maxSeatCount, 'input.maxSeatCount', input.maxSeatCount),
      scheduleInvitees: input.scheduleInvitees?.map((u, i) => check(l.scheduleInvitee, `input.scheduleInvitees[${i}]`, u)),
    });
    return roomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'update_room_info: only the given fields change.' })
  async updateRoom(@Arg('input', () => UpdateRoomInput) input: UpdateRoomInput, @Ctx() ctx: Context) {
    const id = check(srv.updateRoomInfo.limits.roomId, 'input.id', input.id);
    await write(ctx, srv.updateRoomInfo, { roomId: id, ...settings(input) });
    return roomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'destroy_room; answers the destroyed room\'s id.' })
  async destroyRoom(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await write(ctx, srv.destroyRoom, check(srv.destroyRoom.limits.roomId, 'id', id));
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'change_room_owner: the new owner must be in the room.' })
  async changeRoomOwner(@Arg('input', () => ChangeRoomOwnerInput) input: ChangeRoomOwnerInput, @Ctx() ctx: Context) {
    const l = srv.changeRoomOwner.limits;
    const id = check(l.roomId, 'input.roomId', input.roomId);
    const newOwner = check(l.newOwnerId, 'input.newOwnerId', input.newOwnerId);
    const from =
      input.currentOwnerId != null
        ? check(l.fromUserId, 'input.currentOwnerId', input.currentOwnerId)
        : ((await roomOrNotFound(ctx, id)).ownerId ?? '');
    await write(ctx, srv.changeRoomOwner, id, from, newOwner);
    return roomOrNotFound(ctx, id);
  }
}

@Resolver(() => BannedMember)
export class BannedMemberResolver {
  @FieldResolver(() => GraphQLISODateTime, { description: 'When the ban ends.' })
  bannedUntil(@Root() b: { bannedUntil: number }) {
    return new Date(b.bannedUntil * 1000);
  }
}
