/**
 * A new Conference room with the documented defaults (spec §3.1), shared by create_room and the
 * demo seed. Seats exist only when IsSeatEnabled; then TakeSeatMode defaults to FreeToTake,
 * otherwise it is "None" (the value get_room_info documents for rooms without seats).
 */
import type { Room, Seat } from '../state';

/**
 * MaxMemberCount when create_room gives none. Tencent defaults to the purchased package's limit
 * (trial edition: 20, spec §3.1); the emulator stands for a paid package and uses 300, the value in
 * every doc example, so demo and test rooms are not capped at a trial's 20.
 */
export const DEFAULT_MAX_MEMBER_COUNT = 300;
/** MaxSeatCount when seats are enabled and none is given (the doc example's value). */
export const DEFAULT_MAX_SEAT_COUNT = 16;
/** Larger MaxSeatCount values are capped here ("capped by the package", spec §3.1, inferred). */
export const MAX_SEAT_COUNT = 50;

/** Room-wide switches: wire name and state key. */
export const ROOM_FLAGS = [
  ['IsVideoDisabled', 'isVideoDisabled'],
  ['IsAudioDisabled', 'isAudioDisabled'],
  ['IsMessageDisabled', 'isMessageDisabled'],
  ['IsScreenSharingDisabled', 'isScreenSharingDisabled'],
  ['IsCloudRecordingDisabled', 'isCloudRecordingDisabled'],
] as const;

export interface NewRoom {
  roomId: string;
  ownerId: string;
  roomName?: string;
  maxMemberCount?: number;
  scheduleStartTime?: number;
  scheduleEndTime?: number;
  flags?: Partial<Record<(typeof ROOM_FLAGS)[number][1], boolean>>;
  customInfo?: string;
  isSeatEnabled?: boolean;
  maxSeatCount?: number;
  takeSeatMode?: 'FreeToTake' | 'ApplyToTake';
  invitees?: string[];
}

/** A room with the documented defaults applied; used by create_room and the demo seed. */
export function buildRoom(p: NewRoom, nowS: number): Room {
  const seats = p.isSeatEnabled ?? false;
  const maxSeatCount = seats ? Math.min(p.maxSeatCount ?? DEFAULT_MAX_SEAT_COUNT, MAX_SEAT_COUNT) : 0;
  const start = p.scheduleStartTime ?? nowS;
  return {
    roomId: p.roomId,
    type: 'Conference',
    roomName: p.roomName || p.roomId,
    ownerId: p.ownerId,
    maxMemberCount: p.maxMemberCount ?? DEFAULT_MAX_MEMBER_COUNT,
    maxSeatCount,
    isVideoDisabled: p.flags?.isVideoDisabled ?? false,
    isAudioDisabled: p.flags?.isAudioDisabled ?? false,
    isMessageDisabled: p.flags?.isMessageDisabled ?? false,
    isScreenSharingDisabled: p.flags?.isScreenSharingDisabled ?? false,
    isCloudRecordingDisabled: p.flags?.isCloudRecordingDisabled ?? false,
    customInfo: p.customInfo ?? '',
    scheduleStartTime: start,
    scheduleEndTime: p.scheduleEndTime ?? start + 3600,
    createTime: nowS,
    isSeatEnabled: seats,
    takeSeatMode: seats ? (p.takeSeatMode ?? 'FreeToTake') : 'None',
    invitees: p.invitees ?? [],
    members: new Map(),
    nextSeq: 1,
    seats: Array.from({ length: maxSeatCount }, (_, index): Seat => ({
      index, isTakenDisabled: false, isVideoDisabled: false, isAudioDisabled: false,
    })),
    bans: new Map(),
  };
}
