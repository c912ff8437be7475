/**
 * `room(id)`, `rooms(ids)`, the `Room` fields beyond get_room_info's own (times, owner, members,
 * bans), and the room mutations. Fields that take arguments are nullable, so a bad argument nulls
 * only that field, with its error, and the rest of the room still answers.
 */
import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as srv from '../commands/conference';
import type { RoomInfo, UpdateRoomParams } from '../commands/model';
import type { Context } from '../graphql/context';
import { stableIdResolver } from '../graphql/ids';
import { READ_POLICY_NOTE, assertCanRead, refusalsOf } from '../graphql/read-access';
import { After, First } from '../graphql/page-args';
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
  @Query(() => Room, { nullable: true, description: `One Conference room by id; null when it does not exist (get_room_info, cached). ${READ_POLICY_NOTE}` })
  async room(@Arg('id', () => ID, { description: 'The room id: printable ASCII, at most 48 bytes.' }) id: string, @Ctx() ctx: Context) {
    const roomId = check(srv.getRoomInfo.limits.roomId, 'id', id);
    await assertCanRead(ctx, roomId, 'conference');
    return ctx.loaders.room.load(roomId);
  }

  @Query(() => [Room], {
    nullable: 'items',
    description:
      `Conference rooms by id, in the order asked; null for each that does not exist, and a room that fails to load is null with ` +
      `its own error while the others answer. Batched and cached: one get_room_info per room when cold. ${READ_POLICY_NOTE} ` +
      `(A room the viewer may not read is null with FORBIDDEN at its index.)`,
  })
  async rooms(@Arg('ids', () => [ID], { description: `The room ids: at most ${MAX_ROOM_IDS}.` }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_ROOM_IDS) throw badInput('ids', `must list at most ${MAX_ROOM_IDS} room ids`);
    ids.forEach((id, i) => check(srv.getRoomInfo.limits.roomId, `ids[${i}]`, id));
    // A room that fails to load is null with its own error at rooms[i]; the others still answer.
    // So is one the viewer may not read (ROOMGRAPH_READ_POLICY=members): FORBIDDEN at rooms[i].
    const [rooms, refusals] = await Promise.all([
      ctx.loaders.room.loadMany(ids),
      refusalsOf(ctx, ids.map((roomId) => ({ roomId })), 'conference'),
    ]);
    return rooms.map((room, i) => refusals[i] ?? room);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the meeting is scheduled to start; null when Tencent does not say.' })
  scheduleStartTime(@Root() room: RoomInfo) {
    return date(room.scheduleStartTime);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the meeting is scheduled to end; null when Tencent does not say.' })
  scheduleEndTime(@Root() room: RoomInfo) {
    return date(room.scheduleEndTime);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the room was created; null when Tencent does not say.' })
  createdAt(@Root() room: RoomInfo) {
    return date(room.createTime);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The owner as a member, when they are in the room; null when they are not (`ownerId` still names them).' })
  async owner(@Root() room: RoomInfo, @Ctx() ctx: Context) {
    if (!room.ownerId) return null;
    const m = await findMember(ctx.loaders.memberChunks, room.roomId, room.ownerId);
    return m && withRoom(room.roomId, m);
  }

  @FieldResolver(() => MemberConnection, {
    nullable: true,
    description:
      'The members in the room now, in the order they entered, a page at a time (get_room_member_list, read in chunks of 100 ' +
      'and cached). Null with BAD_USER_INPUT for a bad `first` or `after`; the rest of the room still answers.',
  })
  members(
    @Root() room: RoomInfo,
    @Ctx() ctx: Context,
    @First('members') first: number,
    @After() after?: string | null,
  ) {
    return memberConnection(ctx, room.roomId, first, after, room.memberCount);
  }

  @Authorized('ROOM_STAFF')
  // Nullable so another user's FORBIDDEN nulls only this field, not the whole room.
  @FieldResolver(() => BannedMemberConnection, {
    nullable: true,
    description: 'The users banned from the room now, a page at a time (get_banned_member_list). Room staff only (its owner, its room admins, global admins): null with FORBIDDEN for others.',
  })
  bannedMembers(
    @Root() room: RoomInfo,
    @Ctx() ctx: Context,
    @First('banned members') first: number,
    @After() after?: string | null,
  ) {
    return bannedConnection(ctx, room.roomId, first, after);
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, {
    description:
      'Creates a Conference room (a meeting) and answers it as Tencent now reads it. Admins only. CONFLICT when the id is taken ' +
      '(errorCode 100010: by the same owner, and the room is usable), RATE_LIMITED for the same id twice within a second (create_room).',
  })
  async createRoom(@Arg('input', () => CreateRoomInput, { description: 'The new room: its id and settings.' }) input: CreateRoomInput, @Ctx() ctx: Context) {
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
  @Mutation(() => Room, {
    description: 'Changes a room\'s settings (only the fields given) and answers the room afterwards. Admins only. NOT_FOUND for a room that does not exist (update_room_info).',
  })
  async updateRoom(@Arg('input', () => UpdateRoomInput, { description: 'The room and the settings to change.' }) input: UpdateRoomInput, @Ctx() ctx: Context) {
    const id = check(srv.updateRoomInfo.limits.roomId, 'input.id', input.id);
    await write(ctx, srv.updateRoomInfo, { roomId: id, ...settings(input) });
    return roomOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, {
    description: 'Ends the meeting for everyone and deletes the room; answers its id. Admins only. NOT_FOUND for a room that does not exist (destroy_room).',
  })
  async destroyRoom(@Arg('id', () => ID, { description: 'The room to destroy.' }) id: string, @Ctx() ctx: Context) {
    await write(ctx, srv.destroyRoom, check(srv.destroyRoom.limits.roomId, 'id', id));
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => Room, {
    description:
      'Hands the room to another owner, who must be in the room (NOT_A_MEMBER otherwise); answers the room afterwards. Admins only (change_room_owner).',
  })
  async changeRoomOwner(@Arg('input', () => ChangeRoomOwnerInput, { description: 'The room and its new owner.' }) input: ChangeRoomOwnerInput, @Ctx() ctx: Context) {
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
  @FieldResolver(() => GraphQLISODateTime, { description: 'When the ban ends; the user may enter again from then.' })
  bannedUntil(@Root() b: { bannedUntil: number }) {
    return new Date(b.bannedUntil * 1000);
  }
}

/** `Member.id` and `BannedMember.id`: the room and the user. */
export const MemberIdResolver = stableIdResolver<{ roomId: string; userId: string }>(Member, (m) => [m.roomId, m.userId]);
export const BannedMemberIdResolver = stableIdResolver<{ roomId: string; userId: string }>(BannedMember, (b) => [b.roomId, b.userId]);
