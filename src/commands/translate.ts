/**
 * Tolerant readers for the wire forms D1 says clients must accept, and translators from Tencent's
 * PascalCase records into the gateway's model.
 */
import type { Envelope } from '../wire/envelope';
import type { MemberRole, RoomInfo, RoomMember, RoomStatus, RoomType, Seat, TakeSeatMode } from './model';

type Rec = Record<string, unknown>;

/** Command data: inside `Response`, or at the top level of the body (D1, the gift getters). */
export function dataOf(env: Envelope): Rec {
  const r = env.Response;
  if (r && typeof r === 'object' && !Array.isArray(r)) return r;
  return env as Rec;
}

/** `true`/`false` as JSON booleans or as the strings "true"/"false" (D1). */
export function toBool(v: unknown, fallback = false): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1') return true;
  if (v === 'false' || v === 0 || v === '0') return false;
  return fallback;
}

/** Account ids as strings or as bare JSON numbers (D1); empty means none. */
export function toAccount(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'bigint') return v.toString();
  return null;
}

export function toInt(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  return null;
}

export function toStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

export function toArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** `Conference` or `Meeting` (D1); `Live`. */
export function toRoomType(v: unknown): RoomType {
  return v === 'Live' ? 'LIVE' : 'CONFERENCE';
}

export function toRoomStatus(v: unknown): RoomStatus {
  if (v === 'Running') return 'RUNNING';
  if (v === 'NotStarted') return 'NOT_STARTED';
  return 'NONE';
}

/** Strings, or integers 1 = FreeToTake, 2 = ApplyToTake (D1). */
export function toTakeSeatMode(v: unknown): TakeSeatMode {
  if (v === 'FreeToTake' || v === 1 || v === '1') return 'FREE_TO_TAKE';
  if (v === 'ApplyToTake' || v === 2 || v === '2') return 'APPLY_TO_TAKE';
  return 'NONE';
}

export function fromTakeSeatMode(m: TakeSeatMode): string {
  return m === 'FREE_TO_TAKE' ? 'FreeToTake' : m === 'APPLY_TO_TAKE' ? 'ApplyToTake' : 'None';
}

/** `Owner` or `RoomOwner` (D1), `Admin`, `Member`. */
export function toRole(v: unknown): MemberRole {
  if (v === 'Owner' || v === 'RoomOwner') return 'OWNER';
  if (v === 'Admin') return 'ADMIN';
  return 'MEMBER';
}

export function fromRole(r: Exclude<MemberRole, 'OWNER'>): string {
  return r === 'ADMIN' ? 'Admin' : 'Member';
}

/** Throws when the record is not an object with a RoomId (the client makes that UpstreamProtocolError). */
export function roomRecord(raw: unknown): Rec {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError('room record is not an object');
  const r = raw as Rec;
  if (typeof r.RoomId !== 'string' || r.RoomId === '') throw new TypeError('room record has no RoomId');
  return r;
}

export function toRoom(raw: unknown): RoomInfo {
  const r = roomRecord(raw);
  return {
    roomId: toStr(r.RoomId),
    roomName: toStr(r.RoomName),
    roomType: toRoomType(r.RoomType),
    ownerId: toAccount(r.Owner_Account),
    maxMemberCount: toInt(r.MaxMemberCount),
    maxSeatCount: toInt(r.MaxSeatCount),
    isVideoDisabled: toBool(r.IsVideoDisabled),
    isAudioDisabled: toBool(r.IsAudioDisabled),
    isMessageDisabled: toBool(r.IsMessageDisabled),
    isScreenSharingDisabled: toBool(r.IsScreenSharingDisabled),
    isCloudRecordingDisabled: toBool(r.IsCloudRecordingDisabled),
    customInfo: toStr(r.CustomInfo),
    scheduleStartTime: toInt(r.ScheduleStartTime),
    scheduleEndTime: toInt(r.ScheduleEndTime),
    status: toRoomStatus(r.RoomStatus),
    isSeatEnabled: toBool(r.IsSeatEnabled),
    takeSeatMode: toTakeSeatMode(r.TakeSeatMode),
    createTime: toInt(r.CreateTime),
    memberCount: toInt(r.MemberCount),
  };
}

export function toMember(raw: unknown): RoomMember {
  const m = (raw && typeof raw === 'object' ? raw : {}) as Rec;
  return {
    userId: toAccount(m.Member_Account) ?? '',
    nameCard: toStr(m.NameCard),
    role: toRole(m.Role),
    marks: toArray(m.Marks).map(toInt).filter((x): x is number => x !== null),
    customInfo: toStr(m.CustomInfo),
  };
}

export function toSeat(raw: unknown, position: number): Seat {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Rec;
  return {
    index: toInt(s.Index) ?? position,
    userId: toAccount(s.Member_Account),
    isTakenDisabled: toBool(s.IsTakenDisabled),
    isVideoDisabled: toBool(s.IsVideoDisabled),
    isAudioDisabled: toBool(s.IsAudioDisabled),
  };
}

/** Drops keys whose value is `undefined`, so optional fields are not sent at all. */
export function compact<T extends Rec>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
