/**
 * `room_engine_http_srv` — Conference rooms and members (spec §3.1–§3.12).
 * Every Conference command page documents 200 calls/s per SDKAppID (spec §3).
 */
import { ALL_OF_ROOM } from '../wire/resources';
import { command, envelopeOnly, firstArg } from './command';
import { bytes, int, items, roomIdLimit, userIdLimit, userIds } from './limits';
import type { BannedPage, CreateRoomParams, MemberPage, UpdateMemberParams, UpdateRoomParams } from './model';
import { compact, dataOf, fromRole, fromTakeSeatMode, toAccount, toArray, toInt, toMember, toRoom, toStr } from './translate';

const service = 'room_engine_http_srv' as const;

/** The documented limits of the settings create_room and update_room_info share (spec §3.1, §3.3). */
const roomSettingLimits = {
  roomId: roomIdLimit,
  roomName: bytes(100),
  maxMemberCount: int(1),
  customInfo: bytes(500),
};

/** Page sizes of the member and banned lists: at most 100 (D7). */
const pageSize = int(1, 100);

/** The RoomInfo fields create_room (60707) and update_room_info (60705) share. */
function roomSettings(p: UpdateRoomParams) {
  return {
    RoomId: p.roomId,
    RoomName: p.roomName,
    MaxMemberCount: p.maxMemberCount,
    IsVideoDisabled: p.isVideoDisabled,
    IsAudioDisabled: p.isAudioDisabled,
    IsMessageDisabled: p.isMessageDisabled,
    IsScreenSharingDisabled: p.isScreenSharingDisabled,
    IsCloudRecordingDisabled: p.isCloudRecordingDisabled,
    CustomInfo: p.customInfo,
    TakeSeatMode: p.takeSeatMode && fromTakeSeatMode(p.takeSeatMode),
  };
}

/** create_room (60707) — write. D3: clients must not require `Response.RoomId`. */
export const createRoom = command({
  service, name: 'create_room', kind: 'write', perSecond: 200,
  limits: { ...roomSettingLimits, ownerId: userIdLimit, maxSeatCount: int(1), scheduleInvitee: userIdLimit },
  // A create also answers for any earlier room of that id whose absence was cached.
  changes: ALL_OF_ROOM, room: (p: CreateRoomParams) => p.roomId,
  body: (p: CreateRoomParams) =>
    compact({
      RoomInfo: compact({
        ...roomSettings(p),
        RoomType: 'Conference',
        Owner_Account: p.ownerId,
        ScheduleStartTime: p.scheduleStartTime,
        ScheduleEndTime: p.scheduleEndTime,
        IsSeatEnabled: p.isSeatEnabled,
        MaxSeatCount: p.maxSeatCount,
      }),
      ScheduleInviteeList_Account: p.scheduleInvitees,
    }),
  parse: envelopeOnly,
});

/** destroy_room (60706) — write. */
export const destroyRoom = command({
  service, name: 'destroy_room', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit },
  changes: ALL_OF_ROOM, room: firstArg,
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: envelopeOnly,
});

/** update_room_info (60705) — write; RoomType, owner and schedule are not updatable here. */
export const updateRoomInfo = command({
  service, name: 'update_room_info', kind: 'write', perSecond: 200,
  limits: roomSettingLimits,
  changes: ['room'], room: (p: UpdateRoomParams) => p.roomId,
  body: (p: UpdateRoomParams) => ({ RoomInfo: compact(roomSettings(p)) }),
  parse: envelopeOnly,
});

/** get_room_info (60704) — read, safe to retry. */
export const getRoomInfo = command({
  service, name: 'get_room_info', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r) => toRoom(dataOf(r).RoomInfo),
});

/** get_room_member_list (60715) — read; `Next` cursor, `''` first and last; Count default 50. */
export const getRoomMemberList = command({
  service, name: 'get_room_member_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit, count: pageSize },
  body: (roomId: string, count: number, next: string) => ({ RoomId: roomId, Count: count, Next: next }),
  parse: (r): MemberPage => {
    const d = dataOf(r);
    return { members: toArray(d.MemberList).map(toMember), next: toStr(d.Next) };
  },
});

/** update_room_member_info (60714) — write. */
export const updateRoomMemberInfo = command({
  service, name: 'update_room_member_info', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit, nameCard: bytes(32), customInfo: bytes(60) },
  changes: ['members'], room: (p: UpdateMemberParams) => p.roomId,
  body: (p: UpdateMemberParams) => ({
    RoomId: p.roomId,
    MemberInfo: compact({
      Member_Account: p.userId,
      NameCard: p.nameCard,
      Role: p.role && fromRole(p.role),
      CustomInfo: p.customInfo,
    }),
  }),
  parse: envelopeOnly,
});

/** change_room_owner (60713) — write; the new owner must already be a member (100005). */
export const changeRoomOwner = command({
  service, name: 'change_room_owner', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, fromUserId: userIdLimit, newOwnerId: userIdLimit },
  changes: ['room', 'members'], room: firstArg,
  body: (roomId: string, fromUserId: string, newOwnerId: string) => ({
    RoomId: roomId, From_Account: fromUserId, NewOwner_Account: newOwnerId,
  }),
  parse: envelopeOnly,
});

/** mark_room_member (60712) — write; CommandType 1 = set, 2 = delete. */
export const markRoomMember = command({
  service, name: 'mark_room_member', kind: 'write', perSecond: 200,
  // At most 10 distinct marks per room is Tencent's to judge: it needs the room's state.
  limits: { roomId: roomIdLimit, members: items(1, 10, 'members'), userId: userIdLimit, marks: items(1, 3, 'marks'), mark: int(1000) },
  changes: ['members'], room: firstArg,
  body: (roomId: string, op: 'SET' | 'DELETE', members: { userId: string; marks: number[] }[]) => ({
    RoomId: roomId,
    CommandType: op === 'SET' ? 1 : 2,
    MemberList: members.map((m) => ({ Member_Account: m.userId, Marks: m.marks })),
  }),
  parse: envelopeOnly,
});

/** ban_room_member (60711) — write; removes the members and bars re-entry for Duration seconds. */
export const banRoomMember = command({
  service, name: 'ban_room_member', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20), reason: bytes(1000), durationSeconds: int(1) },
  changes: ALL_OF_ROOM, room: firstArg,
  body: (roomId: string, userIds: string[], reason: string, durationSeconds: number) => ({
    RoomId: roomId, MemberList_Account: userIds, Reason: reason, Duration: durationSeconds,
  }),
  parse: envelopeOnly,
});

/** unban_room_member (60710) — write. */
export const unbanRoomMember = command({
  service, name: 'unban_room_member', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20) },
  changes: ['banned'], room: firstArg,
  body: (roomId: string, userIds: string[]) => ({ RoomId: roomId, MemberList_Account: userIds }),
  parse: envelopeOnly,
});

/** get_banned_member_list (60709) — read; numeric `Offset`/`NextOffset`, `NextOffset: 0` = done. */
export const getBannedMemberList = command({
  service, name: 'get_banned_member_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit, limit: pageSize },
  body: (roomId: string, limit: number, offset: number) => ({ RoomId: roomId, Limit: limit, Offset: offset }),
  parse: (r): BannedPage => {
    const d = dataOf(r);
    return {
      banned: toArray(d.BannedAccountList).map((b) => {
        const rec = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
        return { userId: toAccount(rec.Member_Account) ?? '', bannedUntil: toInt(rec.BannedUntil) ?? 0 };
      }),
      nextOffset: toInt(d.NextOffset) ?? 0,
    };
  },
});

/** kick_user_out (60708) — write. */
export const kickUserOut = command({
  service, name: 'kick_user_out', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20), reason: bytes(1000) },
  // A member who is kicked also leaves their seat.
  changes: ['room', 'members', 'seats'], room: firstArg,
  body: (roomId: string, userIds: string[], reason: string) => ({
    RoomId: roomId, MemberList_Account: userIds, Reason: reason,
  }),
  parse: envelopeOnly,
});
