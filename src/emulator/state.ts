/**
 * The emulator's in-memory world, one `AppState` per SDKAppID, and the wire forms it is read out
 * in. Nothing here speaks HTTP; handlers (a folder per product, a file per servicename) change
 * it. Conference and Live rooms share one room namespace per app; a live room carries its extra
 * state in `live` (live/state.ts).
 */
import { Secret } from '../secret';
import type { Product } from '../wire/callbacks';
import { notAMember, roomNotFound } from './errors';
import { Faults } from './faults';
import type { Battle, GiftCatalogue, LiveState } from './live/model';
import { RateLimiter } from './rate-limit';

export interface EmulatorApp {
  sdkAppId: number;
  secretKey: string;
  adminIds: string[];
  callbackToken?: string;
}

export type TakeSeatMode = 'None' | 'FreeToTake' | 'ApplyToTake';

export interface Member {
  userId: string;
  nameCard: string;
  /** The owner is derived from `Room.ownerId`, so a stored role is only ever Admin or Member. */
  role: 'Admin' | 'Member';
  marks: number[];
  customInfo: string;
  /** Entry sequence number: members list in entry order, and cursors point at it. */
  seq: number;
}

export interface Seat {
  index: number;
  userId?: string;
  isTakenDisabled: boolean;
  isVideoDisabled: boolean;
  isAudioDisabled: boolean;
}

export type RoomType = 'Conference' | 'Live';

export interface Room {
  roomId: string;
  /** Which product's create_room made it. */
  type: RoomType;
  /** Live rooms only. */
  live?: LiveState;
  roomName: string;
  ownerId: string;
  maxMemberCount: number;
  maxSeatCount: number;
  isVideoDisabled: boolean;
  isAudioDisabled: boolean;
  isMessageDisabled: boolean;
  isScreenSharingDisabled: boolean;
  isCloudRecordingDisabled: boolean;
  customInfo: string;
  /** Unix seconds. */
  scheduleStartTime: number;
  scheduleEndTime: number;
  createTime: number;
  isSeatEnabled: boolean;
  takeSeatMode: TakeSeatMode;
  invitees: string[];
  /** In entry order (a re-entering member is deleted and re-inserted at the end). */
  members: Map<string, Member>;
  nextSeq: number;
  seats: Seat[];
  /** userId → BannedUntil (Unix seconds), in ban order. */
  bans: Map<string, number>;
}

export interface CallbackConfig {
  url: string;
  /** Canonical command names ("After" spelling). */
  commands: string[];
}

export interface Delivery {
  command: string;
  /** The configured URL without user info or query (either may carry the receiver's own secrets). */
  url: string;
  optPlatform: string;
  /** HTTP status of the receiver's answer, when there was one. */
  status?: number;
  error?: string;
  /** Emulated ms when the event was raised. */
  eventTime: number;
}

export interface AppState {
  sdkAppId: number;
  secretKey: Secret;
  adminIds: Set<string>;
  callbackToken?: Secret;
  rooms: Map<string, Room>;
  /** RoomId → emulated ms of its last successful create_room (D4's 100012 rule). */
  recentCreates: Map<string, number>;
  /** One callback configuration per product (room_config for Conference), when set. */
  callbackConfigs: Map<Product, CallbackConfig>;
  calls: Map<string, number>;
  /** The last CALL_LOG_SIZE REST calls, oldest first (GET /emulator/v1/calls?log=1). */
  callLog: CallLogEntry[];
  faults: Faults;
  rate: RateLimiter;
  deliveries: Delivery[];
  /** Deliveries run one after another per app, so receivers see events in order. */
  deliveryChain: Promise<void>;
  /** Bumped by reset, so deliveries still in flight do not write into the fresh log. */
  generation: number;
  /** Live's app-wide gift catalogue (spec §7.10). */
  catalogue: GiftCatalogue;
  /** Live battles by BattleId (spec §7.11); ended ones are dropped as they are met. */
  battles: Map<string, Battle>;
}

/** One REST call as the per-call log shows it. */
export interface CallLogEntry {
  /** `'<servicename>/<command>'`. */
  command: string;
  /** Emulated ms when the call arrived. */
  atMs: number;
  /** The answer's ErrorCode; -1 when no envelope was sent (a fault dropped the call or answered raw HTTP). */
  errorCode: number;
}

export const CALL_LOG_SIZE = 10_000;

/** Appends a call to the app's log (its code is filled in when answered) and returns the entry. */
export function logCall(s: AppState, command: string, atMs: number): CallLogEntry {
  const entry: CallLogEntry = { command, atMs, errorCode: -1 };
  s.callLog.push(entry);
  if (s.callLog.length > CALL_LOG_SIZE) s.callLog.splice(0, s.callLog.length - CALL_LOG_SIZE);
  return entry;
}

export function createAppState(app: EmulatorApp): AppState {
  return {
    sdkAppId: app.sdkAppId,
    secretKey: new Secret(app.secretKey),
    adminIds: new Set(app.adminIds),
    callbackToken: app.callbackToken ? new Secret(app.callbackToken) : undefined,
    rooms: new Map(),
    recentCreates: new Map(),
    callbackConfigs: new Map(),
    calls: new Map(),
    callLog: [],
    faults: new Faults(),
    rate: new RateLimiter(),
    deliveries: [],
    deliveryChain: Promise.resolve(),
    generation: 0,
    catalogue: { gifts: new Map(), categories: new Map() },
    battles: new Map(),
  };
}

/**
 * Clears rooms, callback configurations, calls and the call log, faults, rate windows, the
 * delivery log, the gift catalogue and battles.
 */
export function resetAppState(s: AppState): void {
  s.rooms.clear();
  s.recentCreates.clear();
  s.callbackConfigs.clear();
  s.calls.clear();
  s.callLog = [];
  s.catalogue = { gifts: new Map(), categories: new Map() };
  s.battles.clear();
  s.faults.clear();
  s.rate.reset();
  s.deliveries = [];
  s.generation++;
}

export function getRoom(s: AppState, roomId: string): Room {
  const room = s.rooms.get(roomId);
  if (!room) throw roomNotFound(roomId);
  return room;
}

export function getMember(room: Room, userId: string): Member {
  const m = room.members.get(userId);
  if (!m) throw notAMember(userId, room.roomId);
  return m;
}

export function addMember(room: Room, userId: string, nameCard = '', customInfo = ''): Member {
  const m: Member = { userId, nameCard, role: 'Member', marks: [], customInfo, seq: room.nextSeq++ };
  room.members.set(userId, m);
  return m;
}

export function seatOf(room: Room, userId: string): Seat | undefined {
  return room.seats.find((s) => s.userId === userId);
}

/** The ban end for `userId` if a ban is still running at `nowS`; expired bans are dropped. */
export function activeBan(room: Room, userId: string, nowS: number): number | undefined {
  const until = room.bans.get(userId);
  if (until === undefined) return undefined;
  if (until > nowS) return until;
  room.bans.delete(userId);
  return undefined;
}

export function roomStatus(room: Room, nowS: number): 'NotStarted' | 'Running' {
  return room.scheduleStartTime <= nowS ? 'Running' : 'NotStarted';
}

// ---- wire forms (D1: emit the documented example forms) ----

/**
 * Conference `get_room_info` RoomInfo (spec §3.4). A live room read through room_engine_http_srv
 * (one namespace) says `RoomType: "Live"`; Live's own form is live/wire.ts.
 */
export function roomWire(room: Room, nowS: number): Record<string, unknown> {
  return {
    RoomId: room.roomId,
    RoomName: room.roomName,
    RoomType: room.type,
    Owner_Account: room.ownerId,
    MaxMemberCount: room.maxMemberCount,
    MaxSeatCount: room.maxSeatCount,
    IsVideoDisabled: room.isVideoDisabled,
    IsAudioDisabled: room.isAudioDisabled,
    IsMessageDisabled: room.isMessageDisabled,
    IsScreenSharingDisabled: room.isScreenSharingDisabled,
    IsCloudRecordingDisabled: room.isCloudRecordingDisabled,
    CustomInfo: room.customInfo,
    ScheduleStartTime: room.scheduleStartTime,
    ScheduleEndTime: room.scheduleEndTime,
    RoomStatus: roomStatus(room, nowS),
    IsSeatEnabled: room.isSeatEnabled,
    TakeSeatMode: room.takeSeatMode,
    CreateTime: room.createTime,
    MemberCount: room.members.size,
  };
}

/** `get_room_member_list` item (spec §3.5); the owner's role is `RoomOwner` (D1). */
export function memberWire(room: Room, m: Member): Record<string, unknown> {
  return {
    Member_Account: m.userId,
    NameCard: m.nameCard,
    Role: m.userId === room.ownerId ? 'RoomOwner' : m.role,
    Marks: [...m.marks],
    CustomInfo: m.customInfo,
  };
}

/** `get_seat_list` item (spec §3.13): `Member_Account` is omitted when the seat is free. */
export function seatWire(seat: Seat): Record<string, unknown> {
  return {
    Index: seat.index,
    ...(seat.userId !== undefined ? { Member_Account: seat.userId } : {}),
    IsTakenDisabled: seat.isTakenDisabled,
    IsVideoDisabled: seat.isVideoDisabled,
    IsAudioDisabled: seat.isAudioDisabled,
  };
}
