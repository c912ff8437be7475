/**
 * `live_engine_http_srv` — the app-wide gift catalogue (spec §7.10): gifts, categories, their
 * language variants and which gifts a category holds. Documented rates are 1 call/s, and past it
 * Tencent answers 100012 (D4); the getters' data sits at the top level of the body (D1), which
 * `dataOf` reads. Bodies marked "client code" are known only from the TUILiveKit_Manager console.
 */
import { command, envelopeOnly, noRoom } from './command';
import { bytes, int, items, roomIdLimit, userIdLimit } from './limits';
import type { Gift, GiftCatalogue, GiftCategory, GiftCategoryParams, GiftCount, GiftLanguageCode, GiftParams, Localized } from './live-model';
import { fromLanguage, rec, toLocalized } from './live-translate';
import { compact, dataOf, toArray, toInt, toStr } from './translate';

const service = 'live_engine_http_srv' as const;

/** Every catalogue write changes the one app-wide catalogue entry. */
const catalogue = { changes: ['gifts'] as const, room: noRoom };

const giftLimits = {
  giftId: bytes(20), iconUrl: bytes(200), resourceUrl: bytes(200), extensionInfo: bytes(100),
  defaultName: bytes(20), defaultDesc: bytes(20), coins: int(0), level: int(0),
};
const categoryLimits = { categoryId: bytes(20), extensionInfo: bytes(100), defaultName: bytes(20), defaultDesc: bytes(60) };
const languageLimits = { name: bytes(20), desc: bytes(20) };

const giftBody = (g: GiftParams) =>
  compact({
    GiftId: g.giftId, IconUrl: g.iconUrl, ResourceUrl: g.resourceUrl, Coins: g.coins, Level: g.level,
    ExtensionInfo: g.extensionInfo, DefaultName: g.defaultName, DefaultDesc: g.defaultDesc,
  });

function toGift(raw: unknown): Gift {
  const g = rec(raw);
  return {
    giftId: toStr(g.GiftId), iconUrl: toStr(g.IconUrl), resourceUrl: toStr(g.ResourceUrl), coins: toInt(g.Coins) ?? 0,
    level: toInt(g.Level) ?? 0, extensionInfo: toStr(g.ExtensionInfo),
    defaultName: toStr(g.DefaultName ?? g.Name), defaultDesc: toStr(g.DefaultDesc ?? g.Desc),
  };
}

function toCategory(raw: unknown): GiftCategory {
  const c = rec(raw);
  return {
    categoryId: toStr(c.CategoryId), extensionInfo: toStr(c.ExtensionInfo),
    defaultName: toStr(c.DefaultName ?? c.CategoryName), defaultDesc: toStr(c.DefaultDesc ?? c.CategoryDesc),
  };
}

const languages = (v: unknown): Localized[] => toArray(v).map(toLocalized).filter((l): l is Localized => l !== null);

// ---- gifts ----

/** add_gift (72845) — write, 1/s; `GiftId` ≤20 bytes, at most 16 gifts. */
export const addGift = command({
  service, name: 'add_gift', kind: 'write', perSecond: 1, limits: giftLimits, ...catalogue,
  body: giftBody, parse: envelopeOnly,
});

/** edit_gift (client code) — write; add_gift's body. Limit undocumented. */
export const editGift = command({
  service, name: 'edit_gift', kind: 'write', limits: giftLimits, ...catalogue,
  body: giftBody, parse: envelopeOnly,
});

/** del_gift (client code) — write. Limit undocumented. */
export const delGift = command({
  service, name: 'del_gift', kind: 'write', limits: { giftId: bytes(20) }, ...catalogue,
  body: (giftId: string) => ({ GiftId: giftId }), parse: envelopeOnly,
});

/** get_gift (72846) — read, 1/s; top-level `GiftInfo`. */
export const getGift = command({
  service, name: 'get_gift', kind: 'read', perSecond: 1, limits: { giftId: bytes(20) },
  body: (giftId: string) => ({ GiftId: giftId }),
  parse: (r): Gift => toGift(dataOf(r).GiftInfo),
});

/** get_gift_info_list (client code) — read; the whole catalogue with languages. Limit undocumented. */
export const getGiftInfoList = command({
  service, name: 'get_gift_info_list', kind: 'read',
  body: () => ({}),
  parse: (r): GiftCatalogue => {
    const d = dataOf(r);
    return {
      gifts: toArray(d.GiftList).map((g) => ({ ...toGift(g), createTime: toInt(rec(g).CreateTime), languages: languages(rec(g).LanguageList) })),
      categories: toArray(d.CategoryList).map((c) => ({
        ...toCategory(c), giftIds: toArray(rec(c).GiftIdList).map(toStr), languages: languages(rec(c).LanguageList),
      })),
      totalCount: toInt(d.TotalCount),
    };
  },
});

/** get_gift_count (72557) — read, 200/s; gift statistics of a room for an account. */
export const getGiftCount = command({
  service, name: 'get_gift_count', kind: 'read', perSecond: 200,
  limits: { roomId: roomIdLimit, userId: userIdLimit },
  body: (roomId: string, userId: string) => ({ RoomId: roomId, From_Account: userId }),
  parse: (r): GiftCount => {
    const d = dataOf(r);
    const n = (v: unknown) => toInt(v) ?? 0;
    return { sequence: n(d.Sequence), totalCount: n(d.TotalCount), totalCoins: n(d.TotalCoins), giftSenderCount: n(d.GiftSenderCount) };
  },
});

/** set_gift_language (72854) — write, 1/s; `Name` is required the first time a language is set. */
export const setGiftLanguage = command({
  service, name: 'set_gift_language', kind: 'write', perSecond: 1, limits: { giftId: bytes(20), ...languageLimits }, ...catalogue,
  body: (giftId: string, language: GiftLanguageCode, name?: string, desc?: string) =>
    compact({ GiftId: giftId, Language: fromLanguage(language), Name: name, Desc: desc }),
  parse: envelopeOnly,
});

/** get_gift_language (72855) — read, 1/s; top-level `GiftInfo {Name, Desc}`. */
export const getGiftLanguage = command({
  service, name: 'get_gift_language', kind: 'read', perSecond: 1, limits: { giftId: bytes(20) },
  body: (giftId: string, language: GiftLanguageCode) => ({ GiftId: giftId, Language: fromLanguage(language) }),
  parse: (r) => ({ name: toStr(rec(dataOf(r).GiftInfo).Name), desc: toStr(rec(dataOf(r).GiftInfo).Desc) }),
});

/** del_gift_language (client code) — write. Limit undocumented. */
export const delGiftLanguage = command({
  service, name: 'del_gift_language', kind: 'write', limits: { giftId: bytes(20) }, ...catalogue,
  body: (giftId: string, language: GiftLanguageCode) => ({ GiftId: giftId, Language: fromLanguage(language) }),
  parse: envelopeOnly,
});

// ---- categories ----

/** add_gift_category (72848) — write, 1/s; at most 3 categories. */
export const addGiftCategory = command({
  service, name: 'add_gift_category', kind: 'write', perSecond: 1, limits: categoryLimits, ...catalogue,
  body: (c: GiftCategoryParams) =>
    compact({ CategoryId: c.categoryId, ExtensionInfo: c.extensionInfo, DefaultName: c.defaultName, DefaultDesc: c.defaultDesc }),
  parse: envelopeOnly,
});

/** edit_gift_category (client code) — write; `{CategoryId, DefaultName, DefaultDesc}`. Limit undocumented. */
export const editGiftCategory = command({
  service, name: 'edit_gift_category', kind: 'write', limits: categoryLimits, ...catalogue,
  body: (c: GiftCategoryParams) => compact({ CategoryId: c.categoryId, DefaultName: c.defaultName, DefaultDesc: c.defaultDesc }),
  parse: envelopeOnly,
});

/** del_gift_category (client code) — write. Limit undocumented. */
export const delGiftCategory = command({
  service, name: 'del_gift_category', kind: 'write', limits: { categoryId: bytes(20) }, ...catalogue,
  body: (categoryId: string) => ({ CategoryId: categoryId }), parse: envelopeOnly,
});

/** get_gift_category (72849) — read, 1/s; top-level `GiftCategoryInfo`. */
export const getGiftCategory = command({
  service, name: 'get_gift_category', kind: 'read', perSecond: 1, limits: { categoryId: bytes(20) },
  body: (categoryId: string) => ({ CategoryId: categoryId }),
  parse: (r): GiftCategory => toCategory(dataOf(r).GiftCategoryInfo),
});

/** set_gift_category_language (client code) — write. Limit undocumented. */
export const setGiftCategoryLanguage = command({
  service, name: 'set_gift_category_language', kind: 'write',
  limits: { categoryId: bytes(20), name: bytes(20), desc: bytes(60) }, ...catalogue,
  body: (categoryId: string, language: GiftLanguageCode, name?: string, desc?: string) =>
    compact({ CategoryId: categoryId, Language: fromLanguage(language), CategoryName: name, CategoryDesc: desc }),
  parse: envelopeOnly,
});

/** get_gift_category_language (72858) — read, 1/s; top-level `CategoryInfo {CategoryName, CategoryDesc}`. */
export const getGiftCategoryLanguage = command({
  service, name: 'get_gift_category_language', kind: 'read', perSecond: 1, limits: { categoryId: bytes(20) },
  body: (categoryId: string, language: GiftLanguageCode) => ({ CategoryId: categoryId, Language: fromLanguage(language) }),
  parse: (r) => ({ name: toStr(rec(dataOf(r).CategoryInfo).CategoryName), desc: toStr(rec(dataOf(r).CategoryInfo).CategoryDesc) }),
});

/** del_gift_category_language (client code) — write. Limit undocumented. */
export const delGiftCategoryLanguage = command({
  service, name: 'del_gift_category_language', kind: 'write', limits: { categoryId: bytes(20) }, ...catalogue,
  body: (categoryId: string, language: GiftLanguageCode) => ({ CategoryId: categoryId, Language: fromLanguage(language) }),
  parse: envelopeOnly,
});

/** add_gift_category_relations (client code) — write; puts gifts in a category. Limit undocumented. */
export const addGiftCategoryRelations = command({
  service, name: 'add_gift_category_relations', kind: 'write',
  limits: { categoryId: bytes(20), giftIds: items(1, 16, 'gifts'), giftId: bytes(20) }, ...catalogue,
  body: (categoryId: string, giftIds: string[]) => ({ CategoryId: categoryId, GiftIdList: giftIds }),
  parse: envelopeOnly,
});

/** del_gift_category_relations (client code) — write. Limit undocumented. */
export const delGiftCategoryRelations = command({
  service, name: 'del_gift_category_relations', kind: 'write',
  limits: { categoryId: bytes(20), giftIds: items(1, 16, 'gifts'), giftId: bytes(20) }, ...catalogue,
  body: (categoryId: string, giftIds: string[]) => ({ CategoryId: categoryId, GiftIdList: giftIds }),
  parse: envelopeOnly,
});
