/**
 * A verified callback, translated into what subscribers receive: one event per room it names,
 * camelCase, with the payload a frontend acts on (user ids, the leave reason, seats, metadata
 * keys…). Nothing PascalCase from the wire survives this file. The same value serves
 * `RoomEvent` and `LiveRoomEvent` (each shows the fields that matter to its product), and it is
 * plain JSON, so it crosses instances over Redis as it is.
 */
import { Callbacks, LiveCallbacks, callbackNamed, type CallbackDecl } from '../wire/callbacks';

type Body = Record<string, unknown>;

/** Which subscriptions see an event: seats belong to both products. */
export type Scope = 'conference' | 'live' | 'both';

/** Why members left: Tencent's `Type` (Conference) or `EventCause` (Live). */
export type LeaveReason = 'LEAVE' | 'KICKED' | 'EXPIRED';

export interface SeatEventValue {
  roomId: string;
  index: number;
  userId: string | null;
  isTakenDisabled: boolean;
  isVideoDisabled: boolean;
  isAudioDisabled: boolean;
}

export interface ChatMessageValue {
  id: string | null;
  senderId: string | null;
  text: string | null;
  sequence: number | null;
  sentAt: string | null;
}

/** One event for one room, as every subscription field resolves it. */
export interface EventValue {
  /** The callback table's event name (ROOM_DESTROYED, MEMBER_ENTERED, …). */
  kind: string;
  roomId: string;
  /** ISO 8601: when Tencent says it happened (EventTime), else when the gateway heard of it. */
  at: string;
  operatorId: string | null;
  userIds: string[];
  memberCount: number | null;
  memberState: 'ONLINE' | 'OFFLINE' | null;
  leaveReason: LeaveReason | null;
  removalReason: string | null;
  seats: SeatEventValue[];
  roomName: string | null;
  ownerId: string | null;
  previousOwnerId: string | null;
  metadata: { key: string; value: string }[];
  metadataKeys: string[];
  battleId: string | null;
  battleRoomIds: string[];
  message: ChatMessageValue | null;
}

/** An event and the room whose subscribers get it. */
export interface RoutedEvent {
  scope: Scope;
  event: EventValue;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Body => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Body) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ids = (v: unknown): string[] => list(v).map(str).filter((s): s is string => s !== null);

/** Tencent's EventTime is in milliseconds; a value in seconds is read as such. */
function timeOf(body: Body, now: number): string {
  const t = num(body.EventTime);
  const ms = t === null ? now : t < 1e12 ? t * 1000 : t;
  return new Date(ms).toISOString();
}

function leaveReasonOf(v: unknown): LeaveReason | null {
  switch (typeof v === 'string' ? v.toLowerCase() : '') {
    case 'leave':
      return 'LEAVE';
    case 'kicked':
    case 'kick':
      return 'KICKED';
    case 'expired':
    case 'timeout':
      return 'EXPIRED';
    default:
      return null;
  }
}

function seatsOf(roomId: string, body: Body): SeatEventValue[] {
  return list(body.SeatList).map(obj).flatMap((s) => {
    const index = num(s.Index);
    if (index === null) return [];
    return [{
      roomId,
      index,
      userId: str(s.Member_Account),
      isTakenDisabled: s.IsTakenDisabled === true,
      isVideoDisabled: s.IsVideoDisabled === true,
      isAudioDisabled: s.IsAudioDisabled === true,
    }];
  });
}

/** The text of a chat message: its text elements (TIMTextElem), joined; null when it has none. */
function textOf(msgBody: unknown): string | null {
  const texts = list(msgBody).map(obj).filter((e) => e.MsgType === 'TIMTextElem').map((e) => str(obj(e.MsgContent).Text) ?? '');
  return texts.length > 0 ? texts.join('') : null;
}

function blank(kind: string, roomId: string, body: Body, now: number): EventValue {
  return {
    kind, roomId, at: timeOf(body, now), operatorId: str(body.Operator_Account),
    userIds: [], memberCount: null, memberState: null, leaveReason: null, removalReason: null, seats: [],
    roomName: null, ownerId: null, previousOwnerId: null, metadata: [], metadataKeys: [],
    battleId: null, battleRoomIds: [], message: null,
  };
}

/** The payload fields of one callback, for one of the rooms it names. */
function payloadOf(decl: CallbackDecl, roomId: string, body: Body, rooms: string[]): Partial<EventValue> {
  const info = obj(body.RoomInfo);
  switch (decl) {
    case Callbacks.roomCreated:
    case Callbacks.roomInfoUpdated:
    case LiveCallbacks.roomCreated:
    case LiveCallbacks.roomInfoUpdated:
    case Callbacks.roomDestroyed:
    case LiveCallbacks.roomDestroyed:
      return { roomName: str(info.RoomName), ownerId: str(info.Owner_Account) };
    case Callbacks.memberEntered:
      return { userIds: ids(body.MemberList_Account), memberCount: num(body.MemberCount) };
    case Callbacks.memberLeft:
      return {
        userIds: ids(body.MemberList_Account), memberCount: num(body.MemberCount),
        leaveReason: leaveReasonOf(body.Type), removalReason: str(body.Reason),
      };
    case Callbacks.seatsChanged:
      return { seats: seatsOf(roomId, body) };
    case LiveCallbacks.memberStateChanged: {
      const online = String(body.EventType).toLowerCase() === 'online';
      return {
        userIds: list(body.MemberList).map((m) => str(obj(m).Member_Account)).filter((s): s is string => s !== null),
        memberState: online ? 'ONLINE' : 'OFFLINE',
        leaveReason: online ? null : leaveReasonOf(body.EventCause),
      };
    }
    case LiveCallbacks.metadataSet: {
      const metadata = list(body.Metadata).map(obj).flatMap((e) => {
        const key = str(e.Key);
        return key === null ? [] : [{ key, value: typeof e.Value === 'string' ? e.Value : '' }];
      });
      return { metadata, metadataKeys: metadata.map((e) => e.key) };
    }
    case LiveCallbacks.metadataDeleted:
      return { metadataKeys: ids(body.Keys) };
    case LiveCallbacks.ownerChanged:
      return { ownerId: str(body.CurrentOwner_Account), previousOwnerId: str(body.OriginalOwner_Account) };
    case LiveCallbacks.battleCreated:
    case LiveCallbacks.battleStarted:
      return { battleId: str(body.BattleId), battleRoomIds: rooms };
    case LiveCallbacks.messageSent: {
      const sentAt = num(body.MsgTime);
      return {
        message: {
          id: str(body.MsgId),
          senderId: str(body.From_Account),
          text: textOf(body.MsgBody),
          sequence: num(body.MsgSeq),
          sentAt: sentAt === null ? null : new Date(sentAt * 1000).toISOString(),
        },
      };
    }
    default:
      return {};
  }
}

/** The events of one verified callback, one per room it names; none for a command we do not know. */
export function eventsOf(effect: { command: string; roomIds: readonly string[]; body: Body }, now = Date.now()): RoutedEvent[] {
  const decl = callbackNamed(effect.command);
  if (!decl) return [];
  const scope: Scope = decl === Callbacks.seatsChanged ? 'both' : decl.product;
  const rooms = [...new Set(effect.roomIds)];
  return rooms.map((roomId) => ({
    scope,
    event: { ...blank(decl.event, roomId, effect.body, now), ...payloadOf(decl, roomId, effect.body, rooms) },
  }));
}
