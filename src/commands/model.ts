/**
 * The gateway's own view of Conference data: camelCase, enums normalised. Everything PascalCase
 * from the wire is translated into these shapes in `upstream/` (DESIGN: nothing from the wire
 * reaches the schema). Enum values equal the GraphQL enum values.
 */

export type RoomType = 'CONFERENCE' | 'LIVE';
export type RoomStatus = 'NONE' | 'NOT_STARTED' | 'RUNNING';
export type TakeSeatMode = 'NONE' | 'FREE_TO_TAKE' | 'APPLY_TO_TAKE';
export type MemberRole = 'OWNER' | 'ADMIN' | 'MEMBER';

export interface RoomInfo {
  roomId: string;
  roomName: string;
  roomType: RoomType;
  ownerId: string | null;
  maxMemberCount: number | null;
  maxSeatCount: number | null;
  isVideoDisabled: boolean;
  isAudioDisabled: boolean;
  isMessageDisabled: boolean;
  isScreenSharingDisabled: boolean;
  isCloudRecordingDisabled: boolean;
  customInfo: string;
  /** Unix seconds. */
  scheduleStartTime: number | null;
  scheduleEndTime: number | null;
  status: RoomStatus;
  isSeatEnabled: boolean;
  takeSeatMode: TakeSeatMode;
  /** Unix seconds. */
  createTime: number | null;
  memberCount: number | null;
}

export interface RoomMember {
  userId: string;
  nameCard: string;
  role: MemberRole;
  marks: number[];
  customInfo: string;
}

export interface MemberPage {
  members: RoomMember[];
  /** Cursor for the next page; `''` when this is the last page. */
  next: string;
}

export interface BannedMember {
  userId: string;
  /** Unix seconds the ban ends at. */
  bannedUntil: number;
}

export interface BannedPage {
  banned: BannedMember[];
  /** Offset for the next page; `0` when the list is complete (spec §3.11). */
  nextOffset: number;
}

export interface Seat {
  index: number;
  /** `null` when the seat is free. */
  userId: string | null;
  isTakenDisabled: boolean;
  isVideoDisabled: boolean;
  isAudioDisabled: boolean;
}

export interface CallbackConfig {
  url: string;
  commands: string[];
}

/** Input shapes (already validated at the GraphQL edge). */
export interface CreateRoomParams {
  roomId: string;
  roomName?: string;
  ownerId?: string;
  maxMemberCount?: number;
  scheduleStartTime?: number;
  scheduleEndTime?: number;
  isVideoDisabled?: boolean;
  isAudioDisabled?: boolean;
  isMessageDisabled?: boolean;
  isScreenSharingDisabled?: boolean;
  isCloudRecordingDisabled?: boolean;
  customInfo?: string;
  isSeatEnabled?: boolean;
  maxSeatCount?: number;
  takeSeatMode?: Exclude<TakeSeatMode, 'NONE'>;
  scheduleInvitees?: string[];
}

export interface UpdateRoomParams {
  roomId: string;
  roomName?: string;
  maxMemberCount?: number;
  isVideoDisabled?: boolean;
  isAudioDisabled?: boolean;
  isMessageDisabled?: boolean;
  isScreenSharingDisabled?: boolean;
  isCloudRecordingDisabled?: boolean;
  customInfo?: string;
  takeSeatMode?: Exclude<TakeSeatMode, 'NONE'>;
}

export interface UpdateMemberParams {
  roomId: string;
  userId: string;
  nameCard?: string;
  role?: Exclude<MemberRole, 'OWNER'>;
  customInfo?: string;
}

export interface LockSeatParams {
  roomId: string;
  index: number;
  forbidTaken?: boolean;
  forbidVideo?: boolean;
  forbidAudio?: boolean;
}

export type MovePolicy = 'CANCEL' | 'FORCE' | 'SWAP';
