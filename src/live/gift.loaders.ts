/**
 * Every gift read, through the one app-wide `gifts` cache entry. Most gift reads are limited to
 * 1 call/s upstream (spec §7.10; Tencent answers 100012 past it), so each read is a part of that
 * entry (`catalogue`, `gift:<id>`, `lang:<id>:<language>`, `category:<id>`,
 * `catlang:<id>:<language>`): concurrent identical reads share one call, and any catalogue write
 * drops them all at once.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import * as gifts from '../commands/live-gifts';
import type { Gift, GiftCatalogue, GiftCategory, GiftLanguageCode } from '../commands/live-model';
import type { Context } from '../graphql/context';
import type { DataSources } from '../graphql/product';
import type { TencentClient } from '../upstream/client';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';

export type GiftRead =
  | { kind: 'catalogue' }
  | { kind: 'gift'; id: string }
  | { kind: 'giftLanguage'; id: string; language: GiftLanguageCode }
  | { kind: 'category'; id: string }
  | { kind: 'categoryLanguage'; id: string; language: GiftLanguageCode };

/** A name and description in one language, as the language getters answer. */
export interface Translation {
  name: string;
  desc: string;
}

declare module '../graphql/context' {
  interface Loaders {
    /** Gift catalogue reads of every kind, by their part of the `gifts` entry. */
    giftReads: DataLoader<GiftRead, unknown, string>;
  }
}

function partOf(r: GiftRead): string {
  switch (r.kind) {
    case 'catalogue': return 'catalogue';
    case 'gift': return `gift:${r.id}`;
    case 'giftLanguage': return `lang:${r.id}:${r.language}`;
    case 'category': return `category:${r.id}`;
    case 'categoryLanguage': return `catlang:${r.id}:${r.language}`;
  }
}

/** A gift or category that does not exist is an answer (null), cached like any other. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof TencentApiError && e.errorCode === ErrorCodes.ROOM_NOT_FOUND) return null;
    throw e;
  }
}

function fetchOf(client: TencentClient, r: GiftRead): () => Promise<unknown> {
  switch (r.kind) {
    case 'catalogue': return () => client.call(gifts.getGiftInfoList);
    case 'gift': return () => orNull(client.call(gifts.getGift, r.id));
    case 'giftLanguage': return () => orNull(client.call(gifts.getGiftLanguage, r.id, r.language));
    case 'category': return () => orNull(client.call(gifts.getGiftCategory, r.id));
    case 'categoryLanguage': return () => orNull(client.call(gifts.getGiftCategoryLanguage, r.id, r.language));
  }
}

export function createGiftReadLoader({ client, cache }: DataSources) {
  return new DataLoader<GiftRead, unknown, string>(
    (reads) => Promise.all(reads.map((r) => cache.getPart('gifts', '', partOf(r), fetchOf(client, r)).catch((e: Error) => e))),
    { cacheKeyFn: partOf },
  );
}

// ---- typed reads ----

export type CatalogueGift = GiftCatalogue['gifts'][number];
export type CatalogueCategory = GiftCatalogue['categories'][number];

export const catalogue = (ctx: Context) => ctx.loaders.giftReads.load({ kind: 'catalogue' }) as Promise<GiftCatalogue>;
export const giftById = (ctx: Context, id: string) => ctx.loaders.giftReads.load({ kind: 'gift', id }) as Promise<Gift | null>;
export const categoryById = (ctx: Context, id: string) => ctx.loaders.giftReads.load({ kind: 'category', id }) as Promise<GiftCategory | null>;
export const giftTranslation = (ctx: Context, id: string, language: GiftLanguageCode) =>
  ctx.loaders.giftReads.load({ kind: 'giftLanguage', id, language }) as Promise<Translation | null>;
export const categoryTranslation = (ctx: Context, id: string, language: GiftLanguageCode) =>
  ctx.loaders.giftReads.load({ kind: 'categoryLanguage', id, language }) as Promise<Translation | null>;

export async function catalogueGift(ctx: Context, id: string): Promise<CatalogueGift | undefined> {
  return (await catalogue(ctx)).gifts.find((g) => g.giftId === id);
}

export async function catalogueCategory(ctx: Context, id: string): Promise<CatalogueCategory | undefined> {
  return (await catalogue(ctx)).categories.find((c) => c.categoryId === id);
}

/** What a gift mutation answers: the gift as the catalogue now lists it (write() dropped the old catalogue). */
export async function giftOrNotFound(ctx: Context, id: string): Promise<CatalogueGift> {
  const g = await catalogueGift(ctx, id);
  if (!g) throw new GraphQLError(`Gift ${id} is not in the gift catalogue`, { extensions: { code: 'NOT_FOUND' } });
  return g;
}

/** What a category mutation answers: the category as the catalogue now lists it. */
export async function categoryOrNotFound(ctx: Context, id: string): Promise<CatalogueCategory> {
  const c = await catalogueCategory(ctx, id);
  if (!c) throw new GraphQLError(`Gift category ${id} is not in the gift catalogue`, { extensions: { code: 'NOT_FOUND' } });
  return c;
}
