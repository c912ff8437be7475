/**
 * A new live room with the documented defaults (spec §7.1), shared by create_room and the demo
 * seed. A live room always has seats: their number comes from the SeatTemplate, or MaxSeatCount.
 */
import { buildRoom, MAX_SEAT_COUNT } from '../conference/new-room';
import { newLiveState, SEAT_TEMPLATE_SEATS, type LiveRoom, type SeatTemplate } from './state';

/** Seats of a room created the old doc's way (IsSeatEnabled / TakeSeatMode, no SeatTemplate) without MaxSeatCount. */
export const OLD_STYLE_SEATS = 8;

const VOICE: ReadonlySet<SeatTemplate> = new Set<SeatTemplate>(['AudioSalon', 'Karaoke']);

export interface NewLiveRoom {
  roomId: string;
  ownerId: string;
  seatTemplate?: SeatTemplate;
  roomName?: string;
  maxMemberCount?: number;
  maxSeatCount?: number;
  takeSeatMode?: 'FreeToTake' | 'ApplyToTake';
  isMessageDisabled?: boolean;
  isPublicVisible?: boolean;
  coverUrl?: string;
  category?: number[];
  notice?: string;
  activityStatus?: number;
  customInfo?: string;
  backgroundUrl?: string;
  isUnlimitedRoomEnabled?: boolean;
}

/**
 * Seats: MaxSeatCount is documented for voice rooms (AudioSalon / Karaoke: default 8); a video
 * template's layout fixes its seats (Grid9 9, Float7 7, Landscape4 4), so a MaxSeatCount sent
 * with one (the console sends it) can only lower that number (inferred). Capped like Conference.
 */
export function seatCountOf(template: SeatTemplate | undefined, maxSeatCount: number | undefined): number {
  const n =
    template === undefined ? (maxSeatCount ?? OLD_STYLE_SEATS)
    : VOICE.has(template) ? (maxSeatCount ?? SEAT_TEMPLATE_SEATS[template])
    : Math.min(maxSeatCount ?? SEAT_TEMPLATE_SEATS[template], SEAT_TEMPLATE_SEATS[template]);
  return Math.min(n, MAX_SEAT_COUNT);
}

export function buildLiveRoom(p: NewLiveRoom, nowS: number): LiveRoom {
  const base = buildRoom(
    {
      roomId: p.roomId,
      ownerId: p.ownerId,
      roomName: p.roomName,
      maxMemberCount: p.maxMemberCount,
      flags: { isMessageDisabled: p.isMessageDisabled },
      customInfo: p.customInfo,
      isSeatEnabled: true,
      maxSeatCount: seatCountOf(p.seatTemplate, p.maxSeatCount),
      // Default FreeToTake (spec §7.1).
      takeSeatMode: p.takeSeatMode ?? 'FreeToTake',
    },
    nowS,
  );
  const live = newLiveState();
  live.seatTemplate = p.seatTemplate;
  live.isPublicVisible = p.isPublicVisible ?? true;
  live.coverUrl = p.coverUrl ?? '';
  live.category = p.category ?? [];
  live.notice = p.notice ?? '';
  live.activityStatus = p.activityStatus ?? 0;
  live.backgroundUrl = p.backgroundUrl ?? '';
  live.isUnlimitedRoomEnabled = p.isUnlimitedRoomEnabled ?? false;
  return { ...base, type: 'Live', live };
}
