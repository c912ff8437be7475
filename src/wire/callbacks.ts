/**
 * The callback table: every webhook Tencent can send (spec §5.2, §9), declared once. From it come
 * the GraphQL event enums, the names a callback configuration accepts (gateway and emulator), what
 * the gateway's receiver invalidates, and the names the emulator sends.
 */
import { ALL_OF_LIVE_ROOM, ALL_OF_ROOM, type Resource } from './resources';

export type Product = 'conference' | 'live';

type Body = Record<string, unknown>;

export interface CallbackDecl {
  /** The `CallbackCommand` as Tencent sends it and as get_callback lists it. */
  readonly name: string;
  /** Other spellings the docs use for the same command: accepted wherever the name is. */
  readonly aliases: readonly string[];
  /** Whose callback configuration (room_config, live_config) can enable it. */
  readonly product: Product;
  /** The GraphQL enum value that stands for it in a callback configuration. */
  readonly event: string;
  /** What the event changed, for each room it names: the gateway drops these cache entries. */
  readonly changes: readonly Resource[];
  /** The rooms an event body names. */
  readonly rooms: (body: Body) => string[];
}

const asId = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** `RoomId` at the top level, or inside `RoomInfo` (create and update callbacks). */
function roomIdOf(body: Body): string[] {
  const info = body.RoomInfo;
  const id = asId(body.RoomId) || (info && typeof info === 'object' ? asId((info as Body).RoomId) : '');
  return id ? [id] : [];
}

function callback(d: Omit<CallbackDecl, 'aliases' | 'rooms'> & Partial<Pick<CallbackDecl, 'aliases' | 'rooms'>>): CallbackDecl {
  return Object.freeze({ aliases: [], rooms: roomIdOf, ...d });
}

/** Conference callbacks (spec §5.2). */
export const Callbacks = Object.freeze({
  roomCreated: callback({
    name: 'Room.CallbackAfterCreateRoom', product: 'conference', event: 'ROOM_CREATED', changes: ALL_OF_ROOM,
  }),
  roomDestroyed: callback({
    name: 'Room.CallbackAfterDestroyRoom', product: 'conference', event: 'ROOM_DESTROYED', changes: ALL_OF_ROOM,
  }),
  roomInfoUpdated: callback({
    name: 'Room.CallbackAfterUpdateRoomInfo',
    // The get_callback doc example spells it without "After" (spec §3.14, §13 #3).
    aliases: ['Room.CallbackUpdateRoomInfo'],
    product: 'conference', event: 'ROOM_INFO_UPDATED', changes: ['room'],
  }),
  memberEntered: callback({
    // The member count is part of the room's info.
    name: 'Room.CallbackAfterMemberEnter', product: 'conference', event: 'MEMBER_ENTERED', changes: ['room', 'members'],
  }),
  memberLeft: callback({
    // A kick or a ban arrives as a leave: the member may have held a seat, and a ban adds a banned entry.
    name: 'Room.CallbackAfterMemberLeave', product: 'conference', event: 'MEMBER_LEFT', changes: ALL_OF_ROOM,
  }),
  seatsChanged: callback({
    name: 'Mic.CallbackAfterSeatInfoChanged', product: 'conference', event: 'SEAT_INFO_CHANGED', changes: ['seats'],
  }),
});

/** `FromRoomId` and every id of `ToRoomIdList` (battle created). */
function battleRooms(body: Body): string[] {
  const to = Array.isArray(body.ToRoomIdList) ? body.ToRoomIdList.map(asId) : [];
  return [asId(body.FromRoomId), ...to].filter(Boolean);
}

/** `FromRoomInfo.RoomId` and each `ToRoomList[].RoomId` (battle started). */
function startedBattleRooms(body: Body): string[] {
  const from = body.FromRoomInfo && typeof body.FromRoomInfo === 'object' ? asId((body.FromRoomInfo as Body).RoomId) : '';
  const to = Array.isArray(body.ToRoomList) ? body.ToRoomList.map((r) => (r && typeof r === 'object' ? asId((r as Body).RoomId) : '')) : [];
  return [from, ...to].filter(Boolean);
}

/** Live webhooks (spec §9). The chat and recording callbacks name their room differently. */
export const LiveCallbacks = Object.freeze({
  roomCreated: callback({
    name: 'Live.CallbackAfterCreateRoom', product: 'live', event: 'ROOM_CREATED', changes: ALL_OF_LIVE_ROOM,
  }),
  roomDestroyed: callback({
    name: 'Live.CallbackAfterDestroyRoom', product: 'live', event: 'ROOM_DESTROYED', changes: ALL_OF_LIVE_ROOM,
  }),
  roomInfoUpdated: callback({
    name: 'Live.CallbackAfterUpdateRoomInfo', product: 'live', event: 'ROOM_INFO_UPDATED', changes: ['liveRoom', 'liveRooms'],
  }),
  memberStateChanged: callback({
    name: 'Live.CallbackAfterMemberStateChanged',
    // The page's URL table spells it without "After" (spec §9, §13 #11).
    aliases: ['Live.CallbackMemberStateChanged'],
    // Online counts and view counts move; a member who goes offline leaves their seat.
    product: 'live', event: 'MEMBER_STATE_CHANGED', changes: ['liveMembers', 'liveRoom', 'liveRooms', 'seats'],
  }),
  metadataSet: callback({
    name: 'Live.CallbackAfterSetMetadata', product: 'live', event: 'METADATA_SET', changes: ['metadata'],
  }),
  metadataDeleted: callback({
    name: 'Live.CallbackAfterDelMetadata', product: 'live', event: 'METADATA_DELETED', changes: ['metadata'],
  }),
  battleCreated: callback({
    name: 'Live.CallbackAfterCreateBattle', product: 'live', event: 'BATTLE_CREATED', changes: [], rooms: battleRooms,
  }),
  battleStarted: callback({
    name: 'Live.CallbackAfterStartBattle', product: 'live', event: 'BATTLE_STARTED', changes: [], rooms: startedBattleRooms,
  }),
  ownerChanged: callback({
    name: 'Live.CallbackAfterChangeOwner', product: 'live', event: 'OWNER_CHANGED', changes: ['liveRoom', 'liveRooms'],
  }),
  messageSent: callback({
    // An IM group callback: the live room is the group.
    name: 'Group.CallbackAfterSendMsg', product: 'live', event: 'MESSAGE_SENT', changes: ['stats'],
    rooms: (body) => (asId(body.GroupId) ? [asId(body.GroupId)] : []),
  }),
  cloudRecordingChanged: callback({
    name: 'Follow.CallbackAfterCloudRecordingChanged', product: 'live', event: 'CLOUD_RECORDING_CHANGED', changes: [],
    rooms: (body) => {
      const info = body.EventInfo && typeof body.EventInfo === 'object' ? (body.EventInfo as Body) : {};
      return asId(info.RoomId) ? [asId(info.RoomId)] : [];
    },
  }),
});

export const CALLBACK_TABLE: readonly CallbackDecl[] = Object.freeze([...Object.values(Callbacks), ...Object.values(LiveCallbacks)]);
const byName: ReadonlyMap<string, CallbackDecl> = new Map(
  CALLBACK_TABLE.flatMap((c) => [c.name, ...c.aliases].map((n) => [n, c] as const)),
);

/** The callback a name (canonical or alias) stands for; undefined for anything else. */
export function callbackNamed(name: string): CallbackDecl | undefined {
  return byName.get(name);
}

/** The callbacks one product's configuration can enable, in table order. */
export function callbacksOf(product: Product): readonly CallbackDecl[] {
  return CALLBACK_TABLE.filter((c) => c.product === product);
}
