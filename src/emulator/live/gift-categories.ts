/**
 * Gift categories of the app's catalogue (spec §7.10): at most 3; `CategoryId` ≤20 bytes,
 * `DefaultName` required ≤20 bytes, `DefaultDesc` ≤60 bytes, `ExtensionInfo` ≤100 bytes (647/72848);
 * their language entries (`CategoryName` required the first time, like a gift's `Name`); and which
 * gifts each holds. add_gift_category, get_gift_category and get_gift_category_language are
 * limited to 1 call/s → 100012 past it (D4); the others (console client code only) have no
 * documented limit. A category that exists → 100003, one that does not → 100004 (inferred, as
 * for gifts).
 */
import * as gifts from '../../commands/live-gifts';
import { ErrorCodes } from '../../wire/envelope';
import type { Ctx } from '../context';
import { EmuError, invalid, notFound } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { id, language, strings } from './fields';
import { giftOf, MAX_GIFTS, oncePerSecond } from './gifts';
import type { GiftCatalogue, GiftCategory, GiftLanguage } from './state';

export const MAX_CATEGORIES = 3;

function categoryOf(c: GiftCatalogue, categoryId: string): GiftCategory {
  const cat = c.categories.get(categoryId);
  if (!cat) throw notFound(`gift category '${categoryId}' does not exist`);
  return cat;
}

function categoryFields(f: Fields, required: boolean) {
  return {
    defaultName: f.str('DefaultName', { required, maxBytes: 20 }),
    defaultDesc: f.str('DefaultDesc', { maxBytes: 60 }),
    extensionInfo: f.str('ExtensionInfo', { maxBytes: 100 }),
  };
}

function addGiftCategory(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const p = categoryFields(f, true);
  const c = ctx.state.catalogue;
  if (c.categories.has(categoryId)) {
    throw new EmuError(ErrorCodes.ROOM_EXISTS, `gift category '${categoryId}' already exists; change it with edit_gift_category`);
  }
  if (c.categories.size >= MAX_CATEGORIES) throw invalid(`at most ${MAX_CATEGORIES} gift categories can be set; delete one first`);
  c.categories.set(categoryId, {
    categoryId,
    defaultName: p.defaultName as string,
    defaultDesc: p.defaultDesc ?? '',
    extensionInfo: p.extensionInfo ?? '',
    giftIds: [],
    languages: new Map(),
  });
  return undefined;
}

/** `{CategoryId, DefaultName, DefaultDesc}` (client code); only the fields given change. */
function editGiftCategory(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const p = categoryFields(f, false);
  const cat = categoryOf(ctx.state.catalogue, categoryId);
  if (p.defaultName !== undefined) cat.defaultName = p.defaultName;
  if (p.defaultDesc !== undefined) cat.defaultDesc = p.defaultDesc;
  if (p.extensionInfo !== undefined) cat.extensionInfo = p.extensionInfo;
  return undefined;
}

/** Deleting a category leaves its gifts in the catalogue. */
function delGiftCategory(ctx: Ctx, body: Rec): undefined {
  const categoryId = id(new Fields(body), 'CategoryId', 20);
  categoryOf(ctx.state.catalogue, categoryId);
  ctx.state.catalogue.categories.delete(categoryId);
  return undefined;
}

/** `GiftCategoryInfo` (72849). */
function getGiftCategory(ctx: Ctx, body: Rec): Rec {
  const cat = categoryOf(ctx.state.catalogue, id(new Fields(body), 'CategoryId', 20));
  return {
    GiftCategoryInfo: {
      CategoryId: cat.categoryId, ExtensionInfo: cat.extensionInfo, DefaultName: cat.defaultName, DefaultDesc: cat.defaultDesc,
    },
  };
}

/** `{CategoryId, Language, CategoryName, CategoryDesc}` (client code); limits as DefaultName / DefaultDesc. */
function setGiftCategoryLanguage(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const lang = language(f);
  const name = f.str('CategoryName', { maxBytes: 20 });
  const desc = f.str('CategoryDesc', { maxBytes: 60 });
  const cat = categoryOf(ctx.state.catalogue, categoryId);
  const entry = cat.languages.get(lang);
  if (!entry && name === undefined) {
    throw invalid(`CategoryName is required the first time language "${lang}" is set for category '${categoryId}'`);
  }
  cat.languages.set(lang, { name: name ?? entry?.name ?? '', desc: desc ?? entry?.desc ?? '' });
  return undefined;
}

function entryOf(cat: GiftCategory, lang: GiftLanguage) {
  const entry = cat.languages.get(lang);
  if (!entry) throw notFound(`gift category '${cat.categoryId}' has no "${lang}" language entry`);
  return entry;
}

/** `CategoryInfo {CategoryName, CategoryDesc}` (72858). */
function getGiftCategoryLanguage(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const lang = language(f);
  const entry = entryOf(categoryOf(ctx.state.catalogue, categoryId), lang);
  return { CategoryInfo: { CategoryName: entry.name, CategoryDesc: entry.desc } };
}

function delGiftCategoryLanguage(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const lang = language(f);
  const cat = categoryOf(ctx.state.catalogue, categoryId);
  entryOf(cat, lang);
  cat.languages.delete(lang);
  return undefined;
}

/** `{CategoryId, GiftIdList}`: every id must name a gift of the catalogue (100004 otherwise). */
function relation(ctx: Ctx, body: Rec): { cat: GiftCategory; giftIds: string[] } {
  const f = new Fields(body);
  const categoryId = id(f, 'CategoryId', 20);
  const giftIds = [...new Set(strings(f, 'GiftIdList', { required: true, nonEmpty: true, max: MAX_GIFTS }))];
  const cat = categoryOf(ctx.state.catalogue, categoryId);
  for (const g of giftIds) giftOf(ctx.state.catalogue, g);
  return { cat, giftIds };
}

/** A gift already in the category stays where it is; a gift may be in several categories. */
function addGiftCategoryRelations(ctx: Ctx, body: Rec): undefined {
  const { cat, giftIds } = relation(ctx, body);
  for (const g of giftIds) if (!cat.giftIds.includes(g)) cat.giftIds.push(g);
  return undefined;
}

/** Gifts not in the category are ignored. */
function delGiftCategoryRelations(ctx: Ctx, body: Rec): undefined {
  const { cat, giftIds } = relation(ctx, body);
  cat.giftIds = cat.giftIds.filter((g) => !giftIds.includes(g));
  return undefined;
}

export const giftCategoryHandlers: readonly Handler[] = [
  handler(gifts.addGiftCategory, { ...oncePerSecond, run: addGiftCategory }),
  handler(gifts.editGiftCategory, { run: editGiftCategory }), // limit (unknown)
  handler(gifts.delGiftCategory, { run: delGiftCategory }), // limit (unknown)
  handler(gifts.getGiftCategory, { ...oncePerSecond, topLevel: true, run: getGiftCategory }),
  handler(gifts.setGiftCategoryLanguage, { run: setGiftCategoryLanguage }), // limit (unknown)
  handler(gifts.getGiftCategoryLanguage, { ...oncePerSecond, topLevel: true, run: getGiftCategoryLanguage }),
  handler(gifts.delGiftCategoryLanguage, { run: delGiftCategoryLanguage }), // limit (unknown)
  handler(gifts.addGiftCategoryRelations, { run: addGiftCategoryRelations }), // limit (unknown)
  handler(gifts.delGiftCategoryRelations, { run: delGiftCategoryRelations }), // limit (unknown)
];
