import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as srv from '../commands/conference';
import type { RoomInfo, UpdateRoomParams } from '../commands/model';
import type { Context } from '../server/context';
import { BannedMemberConnection, MemberConnection, bannedConnection, memberConnection, withRoom } from './member.connections';
import { findMember } from './member.loaders';
import { BannedMember, Member } from './member.type';
import { ChangeRoomOwnerInput, CreateRoomInput, RoomSettingsInput, UpdateRoomInput } from './room.inputs';
import { Room } from './room.type';
import { Seat } from './seat.type';
import { changed, roomOrNotFound } from './mutations';
import * as v from './validate';

/** Validated settings common to create_room and update_room_info. */
function settings(input: RoomSettingsInput): Omit<UpdateRoomParams, 'roomId'> {
  return {
    roomName: v.maxBytes('input.name', input.name, 100),
    maxMemberCount: v.intRange('input.maxMemberCount', input.maxMemberCount, 1, 2_147_483_647),
    isVideoDisabled: input.isVideoDisabled ?? undefined,
    isAudioDisabled: input.isAudioDisabled ?? undefined,
    isMessageDisabled: input.isMessageDisabled ?? undefined,
    isScreenSharingDisabled: input.isScreenSharingDisabled ?? undefined,
    isCloudRecordingDisabled: input.isCloudRecordingDisabled ?? undefined,
    customInfo: v.maxBytes('input.customInfo', input.customInfo, 500),
    takeSeatMode: input.takeSeatMode ?? undefined,
  };
}

const date = (unixSeconds: number | null) => (unixSeconds === null ? null : new Date(unixSeconds * 1000));

@Resolver(() => Room)
export class RoomResolver {
  @Query(() => Room, { nullable: true, description: 'One room by id; null when it does not exist.' })
  room(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.room.load(v.roomId('id', id));
  }

  @Query(() => [Room], { nullable: 'items', description: 'Rooms by id, in order; null for each that does not exist. At most 100 ids.' })
  rooms(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > 100) throw v.badInput('ids', 'must list at most 100 room ids');
    ids.forEach((id, i) => v.roomId(`ids[${i}]`, id));
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

  @FieldResolver(() => [Seat], { description: 'Seats in index order; empty when the room has no seats.' })
  async seats(@Root() room: RoomInfo, @Ctx() ctx: Context) {
    if (!room.isSeatEnabled) return [];
    const seats = await ctx.loaders.seats.load(room.roomId);
    return seats.map((s) => ({ ...s, roomId: room.roomId }));
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
    const id = v.roomId('input.id', input.id);
    const { start, end } = v.schedule(input.scheduleStartTime, input.scheduleEndTime);
    await ctx.conference.client.call(srv.createRoom, {
      roomId: id,
      ...settings(input),
      ownerId: input.ownerId == null ? undefined : v.userId('input.ownerId', input.ownerId),
      scheduleStartTime: start,
      scheduleEndTime: end,
      isSeatEnabled: input.isSeatEnabled ?? undefined,
      maxSeatCount: v.intRange('input.maxSeatCount', input.maxSeatCount, 1, 2_147_483_647),
      scheduleInvitees: input.scheduleInvitees?.map((u, i) => v.userId(`input.scheduleInvitees[${i}]`, u)),
    });
    await changed(ctx, id, ['room', 'members', 'seats', 'banned']);
    return roomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'update_room_info: only the given fields change.' })
  async updateRoom(@Arg('input', () => UpdateRoomInput) input: UpdateRoomInput, @Ctx() ctx: Context) {
    const id = v.roomId('input.id', input.id);
    await ctx.conference.client.call(srv.updateRoomInfo, {
      roomId: id,
      ...settings(input),
    });
    await changed(ctx, id, ['room']);
    return roomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'destroy_room; answers the destroyed room\'s id.' })
  async destroyRoom(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    v.roomId('id', id);
    await ctx.conference.client.call(srv.destroyRoom, id);
    await changed(ctx, id, ['room', 'members', 'seats', 'banned']);
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, { description: 'change_room_owner: the new owner must be in the room.' })
  async changeRoomOwner(@Arg('input', () => ChangeRoomOwnerInput) input: ChangeRoomOwnerInput, @Ctx() ctx: Context) {
    const id = v.roomId('input.roomId', input.roomId);
    const newOwner = v.userId('input.newOwnerId', input.newOwnerId);
    const from =
      input.currentOwnerId != null
        ? v.userId('input.currentOwnerId', input.currentOwnerId)
        : ((await roomOrNotFound(ctx, id)).ownerId ?? '');
    await ctx.conference.client.call(srv.changeRoomOwner, id, from, newOwner);
    await changed(ctx, id, ['room', 'members']);
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
