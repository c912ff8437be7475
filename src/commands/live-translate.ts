/** Translators from Live's PascalCase records into the model (live-model.ts), tolerant as D1 asks. */
import { SEAT_TEMPLATES, type GiftLanguageCode, type LiveRoomInfo, type LiveRoomSummary, type Localized, type SeatTemplate } from './live-model';
import { roomRecord, toAccount, toArray, toBool, toInt, toStr, toTakeSeatMode } from './translate';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

const templateByWire = new Map(Object.entries(SEAT_TEMPLATES).map(([k, v]) => [v, k as SeatTemplate]));

export function toSeatTemplate(v: unknown): SeatTemplate | null {
  return (typeof v === 'string' && templateByWire.get(v as (typeof SEAT_TEMPLATES)[SeatTemplate])) || null;
}

export const fromSeatTemplate = (t: SeatTemplate): string => SEAT_TEMPLATES[t];

const LANGUAGES: Record<GiftLanguageCode, string> = { EN: 'en', ZH_HANS: 'zh-Hans', ZH_HANT: 'zh-Hant' };
export const fromLanguage = (l: GiftLanguageCode): string => LANGUAGES[l];
export function toLanguage(v: unknown): GiftLanguageCode | null {
  const hit = Object.entries(LANGUAGES).find(([, wire]) => wire === v);
  return hit ? (hit[0] as GiftLanguageCode) : null;
}

const ints = (v: unknown): number[] => toArray(v).map(toInt).filter((x): x is number => x !== null);

export function toLiveRoomSummary(raw: unknown): LiveRoomSummary {
  const r = rec(raw);
  return {
    roomId: toStr(r.RoomId),
    roomName: toStr(r.RoomName),
    ownerId: toAccount(r.Owner_Account),
    coverUrl: toStr(r.CoverURL),
    categories: ints(r.Category),
    createTime: toInt(r.CreateTime),
    activityStatus: toInt(r.ActivityStatus),
    viewCount: toInt(r.ViewCount),
  };
}

export function toLiveRoom(raw: unknown): LiveRoomInfo {
  const r = roomRecord(raw);
  return {
    ...toLiveRoomSummary(r),
    seatTemplate: toSeatTemplate(r.SeatTemplate),
    isSeatEnabled: toBool(r.IsSeatEnabled),
    takeSeatMode: toTakeSeatMode(r.TakeSeatMode),
    maxSeatCount: toInt(r.MaxSeatCount),
    maxMemberCount: toInt(r.MaxMemberCount),
    isMessageDisabled: toBool(r.IsMessageDisabled),
    // Default true (spec §7.1): a room that does not say is listed.
    isPublicVisible: toBool(r.IsPublicVisible, true),
    notice: toStr(r.Notice),
    customInfo: toStr(r.CustomInfo),
    onlineCount: toInt(r.OnlineCount ?? r.MemberCount),
  };
}

/** A LanguageList entry of get_gift_info_list; categories spell the fields CategoryName/CategoryDesc. */
export function toLocalized(raw: unknown): Localized | null {
  const r = rec(raw);
  const language = toLanguage(r.Language);
  if (!language) return null;
  return { language, name: toStr(r.Name ?? r.CategoryName), desc: toStr(r.Desc ?? r.CategoryDesc) };
}

export { rec };
