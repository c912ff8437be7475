/**
 * `live_engine_http_srv` — live rooms, their metadata, statistics, messages, members and robots
 * (spec §7.1–§7.9). 200 calls/s unless a page says otherwise (spec §7). Bodies marked "client
 * code" are known only from the Tencent-RTC/TUILiveKit_Manager console (spec §6).
 */
import { ALL_OF_LIVE_ROOM } from '../wire/resources';
import { command, envelopeOnly, firstArg } from './command';
import { bytes, int, items, roomIdLimit, userIdLimit, userIds } from './limits';
import type {
  CreateLiveRoomParams, CustomMessage, LiveBannedPage, LiveMemberPage, LiveRoomPage, LiveRoomStats, MetadataEntry,
  TextMessage, TimedAccount, UpdateLiveRoomParams,
} from './live-model';
import { fromSeatTemplate, rec, toLiveRoom, toLiveRoomSummary } from './live-translate';
import { compact, dataOf, fromTakeSeatMode, toAccount, toArray, toInt, toStr } from './translate';

const service = 'live_engine_http_srv' as const;

/** Room fields create_room and update_room_info share, with their documented limits (spec §7.1, §7.3). */
const roomLimits = {
  roomId: roomIdLimit,
  roomName: bytes(100),
  coverUrl: bytes(200),
  categories: items(0, 3, 'categories'),
  notice: bytes(100),
  maxMemberCount: int(1),
};

const settings = (p: UpdateLiveRoomParams) => ({
  RoomId: p.roomId,
  RoomName: p.roomName,
  MaxMemberCount: p.maxMemberCount,
  IsMessageDisabled: p.isMessageDisabled,
  CoverURL: p.coverUrl,
  Category: p.categories,
  ActivityStatus: p.activityStatus,
  IsPublicVisible: p.isPublicVisible,
  TakeSeatMode: p.takeSeatMode && fromTakeSeatMode(p.takeSeatMode),
  Notice: p.notice,
});

// ---- rooms (§7.1–§7.5, §7.7) ----

/** create_room (63401) — write; `SeatTemplate` is required by the new doc. D3: `Response.RoomId` is optional. */
export const createLiveRoom = command({
  service, name: 'create_room', kind: 'write', perSecond: 200,
  limits: { ...roomLimits, ownerId: userIdLimit, maxSeatCount: int(1) },
  changes: ALL_OF_LIVE_ROOM, room: (p: CreateLiveRoomParams) => p.roomId,
  body: (p: CreateLiveRoomParams) => ({
    RoomInfo: compact({
      ...settings(p),
      RoomType: 'Live',
      Owner_Account: p.ownerId,
      SeatTemplate: fromSeatTemplate(p.seatTemplate),
      MaxSeatCount: p.maxSeatCount,
    }),
  }),
  parse: envelopeOnly,
});

/** destroy_room (63406) — write. */
export const destroyLiveRoom = command({
  service, name: 'destroy_room', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit },
  changes: ALL_OF_LIVE_ROOM, room: firstArg,
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: envelopeOnly,
});

/** update_room_info (63403) — write; only the fields given change. */
export const updateLiveRoomInfo = command({
  service, name: 'update_room_info', kind: 'write', perSecond: 200,
  limits: roomLimits,
  changes: ['liveRoom', 'liveRooms'], room: (p: UpdateLiveRoomParams) => p.roomId,
  body: (p: UpdateLiveRoomParams) => ({ RoomInfo: compact(settings(p)) }),
  parse: envelopeOnly,
});

/** get_room_info (63404) — read. */
export const getLiveRoomInfo = command({
  service, name: 'get_room_info', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r) => toLiveRoom(dataOf(r).RoomInfo),
});

/** get_room_list (63405) — read, 10 calls/s; by ViewCount, descending; `Count` ≤ 20; private rooms are not listed. */
export const getLiveRoomList = command({
  service, name: 'get_room_list', kind: 'read', perSecond: 10,
  limits: { count: int(1, 20) },
  body: (next: string, count: number) => ({ Next: next, Count: count }),
  parse: (r): LiveRoomPage => {
    const d = dataOf(r);
    return { rooms: toArray(d.RoomList).map(toLiveRoomSummary), next: toStr(d.Next) };
  },
});

/** change_room_owner (72534) — write; unlike Conference there is no `From_Account`. */
export const changeLiveRoomOwner = command({
  service, name: 'change_room_owner', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, newOwnerId: userIdLimit },
  changes: ['liveRoom', 'liveRooms'], room: firstArg,
  body: (roomId: string, newOwnerId: string) => ({ RoomId: roomId, NewOwner_Account: newOwnerId }),
  parse: envelopeOnly,
});

// ---- metadata (§7.6) ----

/** get_room_metadata (64374) — read; an empty `Keys` answers every key. */
export const getRoomMetadata = command({
  service, name: 'get_room_metadata', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string, keys: string[]) => ({ RoomId: roomId, Keys: keys }),
  parse: (r): MetadataEntry[] =>
    toArray(dataOf(r).Metadata).map((m) => ({ key: toStr(rec(m).Key), value: toStr(rec(m).Value) })),
});

/** set_room_metadata (64375) — write; insert or update; ≤10 keys, key ≤50 bytes, value ≤2 KB, ≤16 KB in all. */
export const setRoomMetadata = command({
  service, name: 'set_room_metadata', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, entries: items(1, 10, 'keys'), key: bytes(50), value: bytes(2048), allValues: bytes(16384) },
  changes: ['metadata'], room: firstArg,
  body: (roomId: string, entries: MetadataEntry[]) => ({
    RoomId: roomId, Metadata: entries.map((e) => ({ Key: e.key, Value: e.value })),
  }),
  parse: envelopeOnly,
});

/** del_room_metadata (76892; body from client code) — write. Limit undocumented. */
export const delRoomMetadata = command({
  service, name: 'del_room_metadata', kind: 'write',
  limits: { roomId: roomIdLimit, keys: items(1, 10, 'keys'), key: bytes(50) },
  changes: ['metadata'], room: firstArg,
  body: (roomId: string, keys: string[]) => ({ RoomId: roomId, Keys: keys }),
  parse: envelopeOnly,
});

// ---- statistics and messages (§7.7) ----

const toStats = (r: Parameters<typeof dataOf>[0]): LiveRoomStats => {
  const d = dataOf(r);
  const n = (v: unknown) => toInt(v) ?? 0;
  return {
    totalViewers: n(d.TotalViewers), totalGiftsSent: n(d.TotalGiftsSent), totalGiftCoins: n(d.TotalGiftCoins),
    totalUniqueGiftSenders: n(d.TotalUniqueGiftSenders), totalLikesReceived: n(d.TotalLikesReceived), totalMsgCount: n(d.TotalMsgCount),
  };
};

/** get_room_stats (80421) — read, 100 calls/s. */
export const getRoomStats = command({
  service, name: 'get_room_stats', kind: 'read', perSecond: 100,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: toStats,
});

/** get_room_statistic (client code only) — read; probably get_room_stats's older name: the fallback where that is unknown (60009). */
export const getRoomStatistic = command({
  service, name: 'get_room_statistic', kind: 'read',
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: toStats,
});

/** send_text_msg (74353) — write; `ExtensionInfo` must be a JSON string. */
export const sendTextMsg = command({
  service, name: 'send_text_msg', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, senderId: userIdLimit },
  changes: ['stats'], room: (m: TextMessage) => m.roomId,
  body: (m: TextMessage) =>
    compact({ RoomId: m.roomId, Sender_Account: m.senderId, TextContent: m.text, ExtensionInfo: m.extensionInfo }),
  parse: envelopeOnly,
});

/** send_custom_msg (74354; body from client code) — write. Limit undocumented. */
export const sendCustomMsg = command({
  service, name: 'send_custom_msg', kind: 'write',
  limits: { roomId: roomIdLimit, senderId: userIdLimit },
  changes: ['stats'], room: (m: CustomMessage) => m.roomId,
  body: (m: CustomMessage) => ({ RoomId: m.roomId, Sender_Account: m.senderId, BusinessId: m.businessId, Data: m.data }),
  parse: envelopeOnly,
});

// ---- members (§7.8) ----

/** The most members one get_member_list answer lists (spec §7.8). */
export const LIVE_MEMBER_LIST_MAX = 1000;

/** get_member_list (66908) — read; `Next` cursor; at most LIVE_MEMBER_LIST_MAX members, refreshed every 40 s. */
export const getLiveMemberList = command({
  service, name: 'get_member_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string, next: string) => ({ RoomId: roomId, Next: next }),
  parse: (r): LiveMemberPage => {
    const d = dataOf(r);
    return {
      userIds: toArray(d.MemberList).map((m) => toAccount(rec(m).Member_Account)).filter((u): u is string => u !== null),
      memberCount: toInt(d.MemberCount),
      next: toStr(d.Next),
    };
  },
});

const timed = (field: string) => (raw: unknown): TimedAccount => {
  const m = rec(raw);
  return { userId: toAccount(m.Member_Account) ?? '', until: toInt(m[field]) ?? 0 };
};

/** mute_member (66969) — write; `MuteTime` seconds, `0` unmutes. The list size is undocumented. */
export const muteMember = command({
  service, name: 'mute_member', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20), seconds: int(0) },
  changes: ['muted'], room: firstArg,
  body: (roomId: string, users: string[], seconds: number) => ({ RoomId: roomId, MemberList_Account: users, MuteTime: seconds }),
  parse: envelopeOnly,
});

/** get_muted_member_list (69894) — read. */
export const getMutedMemberList = command({
  service, name: 'get_muted_member_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r): TimedAccount[] => toArray(dataOf(r).MutedAccountList).map(timed('MutedUntil')),
});

/** ban_member (63407) — write; ≤20 users, `Reason` ≤200 bytes; a banned member leaves the room (inferred). */
export const banLiveMember = command({
  service, name: 'ban_member', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20), reason: bytes(200), durationSeconds: int(1) },
  changes: ['liveBanned', 'liveMembers', 'seats', 'liveRoom'], room: firstArg,
  body: (roomId: string, users: string[], reason: string, durationSeconds: number) => ({
    RoomId: roomId, MemberList_Account: users, Reason: reason, Duration: durationSeconds,
  }),
  parse: envelopeOnly,
});

/** unban_member (63410) — write; ≤20 users. */
export const unbanLiveMember = command({
  service, name: 'unban_member', kind: 'write', perSecond: 200,
  limits: { roomId: roomIdLimit, userIds: userIds(20) },
  changes: ['liveBanned'], room: firstArg,
  body: (roomId: string, users: string[]) => ({ RoomId: roomId, MemberList_Account: users }),
  parse: envelopeOnly,
});

/** get_banned_member_list (63424) — read; `Offset`/`Limit` (≤100), `NextOffset: 0` = done. */
export const getLiveBannedMemberList = command({
  service, name: 'get_banned_member_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit, limit: int(1, 100) },
  body: (roomId: string, limit: number, offset: number) => ({ RoomId: roomId, Offset: offset, Limit: limit }),
  parse: (r): LiveBannedPage => {
    const d = dataOf(r);
    return { banned: toArray(d.BannedAccountList).map(timed('BannedUntil')), nextOffset: toInt(d.NextOffset) ?? 0 };
  },
});

/** get_admin_list (63425) — read. */
export const getAdminList = command({
  service, name: 'get_admin_list', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r): string[] => toArray(dataOf(r).Admin_Account).map(toAccount).filter((u): u is string => u !== null),
});

/** modify_admin (76881; body from client code) — write; `OpType` "add" | "delete". Limit undocumented. */
export const modifyAdmin = command({
  service, name: 'modify_admin', kind: 'write',
  limits: { roomId: roomIdLimit, userIds: userIds(20) },
  changes: ['admins'], room: firstArg,
  body: (roomId: string, users: string[], op: 'ADD' | 'DELETE') => ({
    RoomId: roomId, Admin_Account: users, OpType: op === 'ADD' ? 'add' : 'delete',
  }),
  parse: envelopeOnly,
});

// ---- robots (§7.9) ----

/** add_robot (69079) — write, 100 calls/s; robots must be imported accounts; 100006 unless the room is Live. */
export const addRobot = command({
  service, name: 'add_robot', kind: 'write', perSecond: 100,
  limits: { roomId: roomIdLimit, robotIds: userIds(20) },
  changes: ['robots'], room: firstArg,
  body: (roomId: string, robots: string[]) => ({ RoomId: roomId, RobotList_Account: robots }),
  parse: envelopeOnly,
});

/** get_robot (69081) — read, 100 calls/s. */
export const getRobot = command({
  service, name: 'get_robot', kind: 'read', perSecond: 100,
  limits: { roomId: roomIdLimit },
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: (r): string[] => toArray(dataOf(r).RobotList_Account).map(toAccount).filter((u): u is string => u !== null),
});

/** del_robot (client code; body inferred) — write. Limit undocumented. */
export const delRobot = command({
  service, name: 'del_robot', kind: 'write',
  limits: { roomId: roomIdLimit, robotIds: userIds(20) },
  changes: ['robots'], room: firstArg,
  body: (roomId: string, robots: string[]) => ({ RoomId: roomId, RobotList_Account: robots }),
  parse: envelopeOnly,
});

/** resume_mcu_task (client code; body unknown) — declared for completeness; the gateway does not expose it. */
export const resumeMcuTask = command({
  service, name: 'resume_mcu_task', kind: 'write',
  limits: { roomId: roomIdLimit },
  changes: [], room: firstArg,
  body: (roomId: string) => ({ RoomId: roomId }),
  parse: envelopeOnly,
});

