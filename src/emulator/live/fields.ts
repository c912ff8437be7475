/** Readers for Live's own field types, on top of input.ts's (same D1 tolerance, same 100002 messages). */
import { invalid } from '../errors';
import { utf8Bytes, type Fields } from '../input';
import { GIFT_LANGUAGES, SEAT_TEMPLATE_SEATS, type GiftLanguage, type SeatTemplate } from './state';

/** `Category`: custom integer tags, at most 3 (spec §7.1, §7.3). */
export function category(f: Fields, key = 'Category'): number[] | undefined {
  const items = f.array(key, { max: 3 });
  if (!items) return undefined;
  return items.map((v, i) => {
    const n = typeof v === 'string' && /^-?\d{1,15}$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw invalid(`${f.path(key)}[${i}] must be an integer`);
    return n;
  });
}

/** `SeatTemplate`: one of the seven documented values (spec §7.1, §11). */
export function seatTemplate(f: Fields, key = 'SeatTemplate'): SeatTemplate | undefined {
  const v = f.str(key);
  if (v === undefined) return undefined;
  if (!Object.hasOwn(SEAT_TEMPLATE_SEATS, v)) {
    throw invalid(`${f.path(key)} must be one of ${Object.keys(SEAT_TEMPLATE_SEATS).join(', ')}`);
  }
  return v as SeatTemplate;
}

/** A string that must hold JSON (send_text_msg and gift `ExtensionInfo`). */
export function jsonString(f: Fields, key: string, maxBytes?: number): string | undefined {
  const v = f.str(key, { maxBytes });
  if (v === undefined) return undefined;
  try {
    JSON.parse(v);
  } catch {
    throw invalid(`${f.path(key)} must be a JSON string, e.g. "{\\"key\\":\\"value\\"}"`);
  }
  return v;
}

/** Gift `Language`: "en", "zh-Hans" or "zh-Hant" (spec §7.10). */
export function language(f: Fields, key = 'Language'): GiftLanguage {
  const v = f.str(key, { required: true });
  if (!(GIFT_LANGUAGES as readonly string[]).includes(v)) {
    throw invalid(`${f.path(key)} must be one of ${GIFT_LANGUAGES.map((l) => `"${l}"`).join(', ')}`);
  }
  return v as GiftLanguage;
}

/** A required, non-empty id of at most `maxBytes` (GiftId, CategoryId: 20). */
export function id(f: Fields, key: string, maxBytes: number): string {
  const v = f.str(key, { required: true, maxBytes });
  if (v === '') throw invalid(`${f.path(key)} must not be empty`);
  return v;
}

/** A list of strings (metadata Keys, GiftIdList). */
export function strings(f: Fields, key: string, opts: { required?: boolean; nonEmpty?: boolean; max?: number } = {}): string[] | undefined {
  const items = f.array(key, { required: opts.required && opts.nonEmpty, max: opts.max });
  if (!items) {
    if (opts.required) throw invalid(`${f.path(key)} is required`);
    return undefined;
  }
  return items.map((v, i) => {
    if (typeof v !== 'string') throw invalid(`${f.path(key)}[${i}] must be a string`);
    return v;
  });
}

/** A non-empty list of RoomIds, each checked like `RoomId` (printable ASCII, 1–48 bytes). */
export function roomIds(f: Fields, key: string): string[] {
  const list = strings(f, key, { required: true, nonEmpty: true }) as string[];
  return list.map((v, i) => {
    const path = `${f.path(key)}[${i}]`;
    if (v === '') throw invalid(`${path} must not be empty`);
    if (utf8Bytes(v) > 48) throw invalid(`${path} must be at most 48 bytes, got ${utf8Bytes(v)}`);
    if (!/^[\x20-\x7e]+$/.test(v)) throw invalid(`${path} must contain printable ASCII characters only`);
    return v;
  });
}
