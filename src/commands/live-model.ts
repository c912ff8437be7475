/**
 * The gateway's own view of Live data (spec §7): camelCase, enums normalised, in the model's
 * style (model.ts). Everything PascalCase from the wire is translated in live-translate.ts.
 */
import type { TakeSeatMode } from './model';

/** `SeatTemplate` values (spec §11), as GraphQL enum values. */
export const SEAT_TEMPLATES = {
  VIDEO_DYNAMIC_GRID_9_SEATS: 'VideoDynamicGrid9Seats',
  VIDEO_DYNAMIC_FLOAT_7_SEATS: 'VideoDynamicFloat7Seats',
  VIDEO_FIXED_GRID_9_SEATS: 'VideoFixedGrid9Seats',
  VIDEO_FIXED_FLOAT_7_SEATS: 'VideoFixedFloat7Seats',
  VIDEO_LANDSCAPE_4_SEAT: 'VideoLandscape4Seat',
  AUDIO_SALON: 'AudioSalon',
  KARAOKE: 'Karaoke',
} as const;
export type SeatTemplate = keyof typeof SEAT_TEMPLATES;

/** A live room as `get_room_list` lists it: a summary. */
export interface LiveRoomSummary {
  roomId: string;
  roomName: string;
  ownerId: string | null;
  coverUrl: string;
  categories: number[];
  /** Unix seconds. */
  createTime: number | null;
  activityStatus: number | null;
  viewCount: number | null;
}

/** A live room as `get_room_info` reads it (spec §7.4). */
export interface LiveRoomInfo extends LiveRoomSummary {
  seatTemplate: SeatTemplate | null;
  isSeatEnabled: boolean;
  takeSeatMode: TakeSeatMode;
  maxSeatCount: number | null;
  maxMemberCount: number | null;
  isMessageDisabled: boolean;
  isPublicVisible: boolean;
  notice: string;
  customInfo: string;
  /** Members online now, where Tencent says (`OnlineCount` / `MemberCount`). */
  onlineCount: number | null;
}

export interface LiveRoomPage {
  rooms: LiveRoomSummary[];
  /** `''` when this is the last page. */
  next: string;
}

export interface LiveMemberPage {
  userIds: string[];
  /** Members online, as Tencent counts them. */
  memberCount: number | null;
  next: string;
}

export interface TimedAccount {
  userId: string;
  /** Unix seconds the mute or ban ends at. */
  until: number;
}

export interface LiveBannedPage {
  banned: TimedAccount[];
  /** `0` when the list is complete. */
  nextOffset: number;
}

export interface MetadataEntry {
  key: string;
  value: string;
}

export interface LiveRoomStats {
  totalViewers: number;
  totalGiftsSent: number;
  totalGiftCoins: number;
  totalUniqueGiftSenders: number;
  totalLikesReceived: number;
  totalMsgCount: number;
}

export interface CreateLiveRoomParams {
  roomId: string;
  seatTemplate: SeatTemplate;
  ownerId?: string;
  roomName?: string;
  takeSeatMode?: Exclude<TakeSeatMode, 'NONE'>;
  maxSeatCount?: number;
  maxMemberCount?: number;
  isMessageDisabled?: boolean;
  isPublicVisible?: boolean;
  coverUrl?: string;
  categories?: number[];
  notice?: string;
  activityStatus?: number;
}

export interface UpdateLiveRoomParams {
  roomId: string;
  roomName?: string;
  maxMemberCount?: number;
  isMessageDisabled?: boolean;
  coverUrl?: string;
  categories?: number[];
  activityStatus?: number;
  isPublicVisible?: boolean;
  takeSeatMode?: Exclude<TakeSeatMode, 'NONE'>;
  notice?: string;
}

export interface TextMessage {
  roomId: string;
  senderId: string;
  text: string;
  /** A JSON string, delivered as the message's CloudCustomData. */
  extensionInfo?: string;
}

export interface CustomMessage {
  roomId: string;
  senderId: string;
  businessId: string;
  data: string;
}

export type GiftLanguageCode = 'EN' | 'ZH_HANS' | 'ZH_HANT';

export interface Gift {
  giftId: string;
  iconUrl: string;
  resourceUrl: string;
  coins: number;
  level: number;
  extensionInfo: string;
  defaultName: string;
  defaultDesc: string;
}

export interface GiftParams {
  giftId: string;
  coins: number;
  defaultName: string;
  iconUrl?: string;
  resourceUrl?: string;
  level?: number;
  extensionInfo?: string;
  defaultDesc?: string;
}

export interface GiftCategory {
  categoryId: string;
  extensionInfo: string;
  defaultName: string;
  defaultDesc: string;
}

export interface GiftCategoryParams {
  categoryId: string;
  defaultName: string;
  defaultDesc?: string;
  extensionInfo?: string;
}

/** A name and description in one language (gifts and categories). */
export interface Localized {
  language: GiftLanguageCode;
  name: string;
  desc: string;
}

/** get_gift_info_list: the whole catalogue. */
export interface GiftCatalogue {
  gifts: (Gift & { createTime: number | null; languages: Localized[] })[];
  categories: (GiftCategory & { giftIds: string[]; languages: Localized[] })[];
  totalCount: number | null;
}

export interface GiftCount {
  sequence: number;
  totalCount: number;
  totalCoins: number;
  giftSenderCount: number;
}

export interface BattleResult {
  battleId: string;
  results: { roomId: string; resultCode: number; resultMessage: string }[];
}
