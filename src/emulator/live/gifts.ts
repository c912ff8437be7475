/**
 * The gift catalogue, one per SDKAppID (spec §7.10): gifts, their language entries, and the whole
 * catalogue read at once. Categories are in gift-categories.ts.
 *
 * Rates: add_gift, get_gift, set_gift_language and get_gift_language 1 call/s, and past it
 * 100012, not 60007 (D4); the rest (edit_gift, del_gift, del_gift_language, get_gift_info_list:
 * console client code only) no documented limit. The getters answer their data both inside
 * `Response` and at the top level (D1).
 *
 * Choices where the docs are silent (inferred): a GiftId that exists already → 100003 (like a
 * room id); a gift, or a language entry, that does not exist → 100004 (errors.ts `notFound`);
 * edit_gift changes only the fields it is given; deleting a gift takes it out of its categories.
 */
import * as gifts from '../../commands/live-gifts';
import { ErrorCodes } from '../../wire/envelope';
import type { Ctx } from '../context';
import { EmuError, invalid, notFound } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { id, jsonString, language } from './fields';
import type { Gift, GiftCatalogue, GiftLanguage } from './state';

/** D4: the documented 1/s gift commands answer 100012 past their limit. */
export const oncePerSecond = { perSecond: 1, limitCode: ErrorCodes.FREQUENCY_LIMIT } as const;

/** "Up to 16 gifts can be set" (72845, Korean edition). */
export const MAX_GIFTS = 16;

export function giftOf(c: GiftCatalogue, giftId: string): Gift {
  const g = c.gifts.get(giftId);
  if (!g) throw notFound(`gift '${giftId}' does not exist`);
  return g;
}

/** add_gift's fields besides GiftId (72845): `required` for add, all optional for edit. */
function giftFields(f: Fields, required: boolean) {
  return {
    coins: f.int('Coins', { required, min: 0 }),
    defaultName: f.str('DefaultName', { required, maxBytes: 20 }),
    defaultDesc: f.str('DefaultDesc', { maxBytes: 20 }),
    iconUrl: f.str('IconUrl', { maxBytes: 200 }),
    resourceUrl: f.str('ResourceUrl', { maxBytes: 200 }),
    extensionInfo: jsonString(f, 'ExtensionInfo', 100),
    level: f.int('Level', { min: 0 }),
  };
}

function addGift(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const giftId = id(f, 'GiftId', 20);
  const g = giftFields(f, true);
  const c = ctx.state.catalogue;
  if (c.gifts.has(giftId)) throw new EmuError(ErrorCodes.ROOM_EXISTS, `gift '${giftId}' already exists; change it with edit_gift`);
  if (c.gifts.size >= MAX_GIFTS) throw invalid(`at most ${MAX_GIFTS} gifts can be set; delete one first`);
  c.gifts.set(giftId, {
    giftId,
    coins: g.coins as number,
    defaultName: g.defaultName as string,
    defaultDesc: g.defaultDesc ?? '',
    iconUrl: g.iconUrl ?? '',
    resourceUrl: g.resourceUrl ?? '',
    extensionInfo: g.extensionInfo ?? '',
    level: g.level ?? 0, // default 0 (72845)
    createTime: ctx.nowS,
    languages: new Map(),
  });
  return undefined;
}

function editGift(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const giftId = id(f, 'GiftId', 20);
  const changes = giftFields(f, false);
  const gift = giftOf(ctx.state.catalogue, giftId);
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) Object.assign(gift, { [k]: v });
  return undefined;
}

function delGift(ctx: Ctx, body: Rec): undefined {
  const giftId = id(new Fields(body), 'GiftId', 20);
  const c = ctx.state.catalogue;
  giftOf(c, giftId);
  c.gifts.delete(giftId);
  for (const cat of c.categories.values()) cat.giftIds = cat.giftIds.filter((g) => g !== giftId);
  return undefined;
}

export function giftWire(g: Gift): Rec {
  return {
    GiftId: g.giftId, IconUrl: g.iconUrl, ResourceUrl: g.resourceUrl, Coins: g.coins, Level: g.level,
    ExtensionInfo: g.extensionInfo, DefaultName: g.defaultName, DefaultDesc: g.defaultDesc,
  };
}

/** `GiftInfo` (72846). */
function getGift(ctx: Ctx, body: Rec): Rec {
  return { GiftInfo: giftWire(giftOf(ctx.state.catalogue, id(new Fields(body), 'GiftId', 20))) };
}

/** `Name` (≤20 bytes) is required the first time a language is set; `Desc` ≤20 bytes (72854). */
function setGiftLanguage(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const giftId = id(f, 'GiftId', 20);
  const lang = language(f);
  const name = f.str('Name', { maxBytes: 20 });
  const desc = f.str('Desc', { maxBytes: 20 });
  const gift = giftOf(ctx.state.catalogue, giftId);
  const entry = gift.languages.get(lang);
  if (!entry && name === undefined) throw invalid(`Name is required the first time language "${lang}" is set for gift '${giftId}'`);
  gift.languages.set(lang, { name: name ?? entry?.name ?? '', desc: desc ?? entry?.desc ?? '' });
  return undefined;
}

function languageOf(gift: Gift, lang: GiftLanguage) {
  const entry = gift.languages.get(lang);
  if (!entry) throw notFound(`gift '${gift.giftId}' has no "${lang}" language entry`);
  return entry;
}

/** `GiftInfo {Name, Desc}` (72855). */
function getGiftLanguage(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const giftId = id(f, 'GiftId', 20);
  const lang = language(f);
  const entry = languageOf(giftOf(ctx.state.catalogue, giftId), lang);
  return { GiftInfo: { Name: entry.name, Desc: entry.desc } };
}

function delGiftLanguage(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const giftId = id(f, 'GiftId', 20);
  const lang = language(f);
  const gift = giftOf(ctx.state.catalogue, giftId);
  languageOf(gift, lang);
  gift.languages.delete(lang);
  return undefined;
}

/**
 * The whole catalogue in the form the console's client code parses (spec §7.10): gifts with
 * `Name`/`Desc` (their defaults) and a `LanguageList`, categories with `CategoryName` /
 * `CategoryDesc`, their `GiftIdList` and `LanguageList`; `TotalCount` counts the gifts. Gifts
 * and categories also carry their `ExtensionInfo` (the gateway reads it).
 */
function getGiftInfoList(ctx: Ctx): Rec {
  const c = ctx.state.catalogue;
  return {
    GiftList: [...c.gifts.values()].map((g) => ({
      GiftId: g.giftId, Name: g.defaultName, Desc: g.defaultDesc, IconUrl: g.iconUrl, Coins: g.coins,
      ResourceUrl: g.resourceUrl, Level: g.level, ExtensionInfo: g.extensionInfo, CreateTime: g.createTime,
      LanguageList: [...g.languages].map(([lang, l]) => ({ Name: l.name, Desc: l.desc, Language: lang })),
    })),
    CategoryList: [...c.categories.values()].map((cat) => ({
      CategoryId: cat.categoryId, CategoryName: cat.defaultName, CategoryDesc: cat.defaultDesc,
      ExtensionInfo: cat.extensionInfo, GiftIdList: [...cat.giftIds],
      LanguageList: [...cat.languages].map(([lang, l]) => ({ CategoryName: l.name, CategoryDesc: l.desc, Language: lang })),
    })),
    TotalCount: c.gifts.size,
  };
}

export const giftHandlers: readonly Handler[] = [
  handler(gifts.addGift, { ...oncePerSecond, run: addGift }),
  handler(gifts.editGift, { run: editGift }), // limit (unknown)
  handler(gifts.delGift, { run: delGift }), // limit (unknown)
  handler(gifts.getGift, { ...oncePerSecond, topLevel: true, run: getGift }),
  handler(gifts.getGiftInfoList, { run: getGiftInfoList }), // limit (unknown)
  handler(gifts.setGiftLanguage, { ...oncePerSecond, run: setGiftLanguage }),
  handler(gifts.getGiftLanguage, { ...oncePerSecond, topLevel: true, run: getGiftLanguage }),
  handler(gifts.delGiftLanguage, { run: delGiftLanguage }), // limit (unknown)
];
