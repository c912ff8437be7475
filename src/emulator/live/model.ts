/**
 * The shapes of Live state: what a live room keeps beyond the room state both products share,
 * the app-wide gift catalogue and battles. Types and constructors only, so the shared room state
 * (../state.ts) can hold them without importing the reads in ./state.ts.
 */

/** `SeatTemplate` values (spec §7.1, §11) and the seats each gives when MaxSeatCount is not given. */
export const SEAT_TEMPLATE_SEATS = {
  VideoDynamicGrid9Seats: 9,
  VideoDynamicFloat7Seats: 7,
  VideoFixedGrid9Seats: 9,
  VideoFixedFloat7Seats: 7,
  VideoLandscape4Seat: 4,
  AudioSalon: 8,
  Karaoke: 8,
} as const;
export type SeatTemplate = keyof typeof SEAT_TEMPLATE_SEATS;

/** A message sent with send_text_msg or send_custom_msg, as GET /emulator/v1/rooms/{id}/messages lists it. */
export interface LiveMessage {
  msgSeq: number;
  msgId: string;
  random: number;
  /** Unix seconds. */
  msgTime: number;
  from: string;
  msgBody: Record<string, unknown>[];
  cloudCustomData: string;
}

export interface GiftTally {
  count: number;
  coins: number;
}

export interface LiveState {
  /** Absent for a room created the old doc's way (IsSeatEnabled / TakeSeatMode, no template; spec §13 #17). */
  seatTemplate?: SeatTemplate;
  isPublicVisible: boolean;
  coverUrl: string;
  category: number[];
  notice: string;
  activityStatus: number;
  backgroundUrl: string;
  isUnlimitedRoomEnabled: boolean;
  /** Total entries into the room (spec §7.4): every enter counts, re-entries too. */
  viewCount: number;
  /** Key → value, in insertion order (spec §7.6). */
  metadata: Map<string, string>;
  /** userId → MutedUntil (Unix seconds). */
  muted: Map<string, number>;
  /** Room administrators, in the order they were added (spec §7.8); they need not be present. */
  admins: Set<string>;
  robots: Set<string>;
  // ---- statistics (spec §7.7) ----
  /** Distinct accounts that ever entered: TotalViewers. */
  viewers: Set<string>;
  /** send_text_msg + send_custom_msg: TotalMsgCount. */
  msgCount: number;
  /** The room's message sequence (MsgSeq of the last message). */
  msgSeq: number;
  /** The last MESSAGE_LOG_SIZE messages. */
  messages: LiveMessage[];
  /** Gift events recorded through the control API: the get_gift_count `Sequence`. */
  giftSequence: number;
  giftsSent: number;
  giftCoins: number;
  /** Sender → what they sent (TotalUniqueGiftSenders is its size). */
  giftSenders: Map<string, GiftTally>;
  likes: number;
}

export const MESSAGE_LOG_SIZE = 1000;

export function newLiveState(): LiveState {
  return {
    isPublicVisible: true,
    coverUrl: '',
    category: [],
    notice: '',
    activityStatus: 0,
    backgroundUrl: '',
    isUnlimitedRoomEnabled: false,
    viewCount: 0,
    metadata: new Map(),
    muted: new Map(),
    admins: new Set(),
    robots: new Set(),
    viewers: new Set(),
    msgCount: 0,
    msgSeq: 0,
    messages: [],
    giftSequence: 0,
    giftsSent: 0,
    giftCoins: 0,
    giftSenders: new Map(),
    likes: 0,
  };
}

// ---- the app-wide gift catalogue (spec §7.10) ----

export type GiftLanguage = 'en' | 'zh-Hans' | 'zh-Hant';
export const GIFT_LANGUAGES: readonly GiftLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

export interface Localized {
  name: string;
  desc: string;
}

export interface Gift {
  giftId: string;
  iconUrl: string;
  resourceUrl: string;
  coins: number;
  level: number;
  extensionInfo: string;
  defaultName: string;
  defaultDesc: string;
  /** Unix seconds. */
  createTime: number;
  languages: Map<GiftLanguage, Localized>;
}

export interface GiftCategory {
  categoryId: string;
  extensionInfo: string;
  defaultName: string;
  defaultDesc: string;
  giftIds: string[];
  languages: Map<GiftLanguage, Localized>;
}

export interface GiftCatalogue {
  gifts: Map<string, Gift>;
  categories: Map<string, GiftCategory>;
}

// ---- battles (spec §7.11) ----

export interface Battle {
  battleId: string;
  fromRoomId: string;
  /** The invited rooms that joined (ResultCode 0). */
  toRoomIds: string[];
  startMs: number;
  /** Emulated ms the battle ends at (start + Duration). */
  endMs: number;
}
