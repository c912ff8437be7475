/**
 * Gifts: `gift(id)`, `giftCatalogue`, the `Gift` fields that read more of the catalogue, and the
 * gift mutations. Every read goes through the shared `gifts` entry (gift.loaders.ts); every
 * mutation answers the gift as the catalogue (get_gift_info_list, no documented limit) now lists
 * it, rather than spending a 1-call/s get_gift.
 */
import { Arg, Authorized, Ctx, FieldResolver, GraphQLISODateTime, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as gifts from '../commands/live-gifts';
import type { Gift as GiftModel, GiftParams } from '../commands/live-model';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { GiftLanguage } from './live.enums';
import { CreateGiftInput, DeleteGiftLanguageInput, GiftFieldsInput, SetGiftLanguageInput, UpdateGiftInput } from './gift.inputs';
import { catalogue, catalogueGift, giftById, giftOrNotFound, giftTranslation, type CatalogueGift } from './gift.loaders';
import { Gift, GiftCatalogue, LocalizedText } from './gift.type';
import { jsonText } from './json-text';

type GiftValue = GiftModel & Partial<Pick<CatalogueGift, 'createTime' | 'languages'>>;

/** add_gift and edit_gift take the same body with the same limits. */
function giftParams(input: GiftFieldsInput): GiftParams {
  const l = gifts.addGift.limits;
  return {
    giftId: check(l.giftId, 'input.id', input.id),
    defaultName: check(l.defaultName, 'input.name', input.name),
    defaultDesc: check(l.defaultDesc, 'input.description', input.description),
    iconUrl: check(l.iconUrl, 'input.iconUrl', input.iconUrl),
    resourceUrl: check(l.resourceUrl, 'input.resourceUrl', input.resourceUrl),
    coins: check(l.coins, 'input.coins', input.coins),
    level: check(l.level, 'input.level', input.level),
    extensionInfo: jsonText('input.extensionInfo', check(l.extensionInfo, 'input.extensionInfo', input.extensionInfo)),
  };
}

@Resolver(() => Gift)
export class GiftResolver {
  @Query(() => Gift, { nullable: true, description: 'One gift by id (get_gift, 1 call/s upstream, cached); null when it does not exist.' })
  gift(@Arg('id', () => ID, { description: 'The gift id (at most 20 bytes).' }) id: string, @Ctx() ctx: Context) {
    return giftById(ctx, check(gifts.getGift.limits.giftId, 'id', id));
  }

  @Query(() => GiftCatalogue, { description: 'Every gift and category with their translations (get_gift_info_list, cached): what a gift panel needs in one read.' })
  giftCatalogue(@Ctx() ctx: Context) {
    return catalogue(ctx);
  }

  @FieldResolver(() => GraphQLISODateTime, { nullable: true, description: 'When the gift was added (from the catalogue); null when Tencent does not say.' })
  async createdAt(@Root() g: GiftValue, @Ctx() ctx: Context) {
    const t = g.createTime !== undefined ? g.createTime : (await catalogueGift(ctx, g.giftId))?.createTime;
    return t == null ? null : new Date(t * 1000);
  }

  @FieldResolver(() => [LocalizedText], { description: 'Every translation of the gift (from the catalogue: no per-language reads).' })
  async languages(@Root() g: GiftValue, @Ctx() ctx: Context) {
    return g.languages ?? (await catalogueGift(ctx, g.giftId))?.languages ?? [];
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description:
      'The gift in one language (get_gift_language); null when it has no translation into it. Tencent allows 1 such read per second ' +
      'for the whole app: to show many gifts, ask for `languages` instead.',
  })
  async localized(
    @Root() g: GiftValue,
    @Ctx() ctx: Context,
    @Arg('language', () => GiftLanguage, { description: 'The language.' }) language: GiftLanguage,
  ) {
    const t = await giftTranslation(ctx, g.giftId, language);
    return t && (t.name || t.desc) ? { language, name: t.name, desc: t.desc } : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => Gift, { description: 'Adds a gift to the catalogue (Tencent allows at most 16); answers it as the catalogue now lists it. Admins only. RATE_LIMITED past 1 call per second (add_gift).' })
  async createGift(@Arg('input', () => CreateGiftInput, { description: 'The new gift.' }) input: CreateGiftInput, @Ctx() ctx: Context) {
    const params = giftParams(input);
    await write(ctx, gifts.addGift, params);
    return giftOrNotFound(ctx, params.giftId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Gift, { description: 'Changes a gift; answers it as the catalogue now lists it. Admins only (edit_gift).' })
  async updateGift(
    @Arg('input', () => UpdateGiftInput, { description: 'The gift and its settings.' }) input: UpdateGiftInput,
    @Ctx() ctx: Context,
  ) {
    const params = giftParams(input);
    await write(ctx, gifts.editGift, params);
    return giftOrNotFound(ctx, params.giftId);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Removes a gift from the catalogue; answers its id. Admins only (del_gift).' })
  async deleteGift(@Arg('id', () => ID, { description: 'The gift to remove.' }) id: string, @Ctx() ctx: Context) {
    await write(ctx, gifts.delGift, check(gifts.delGift.limits.giftId, 'id', id));
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => Gift, { description: 'Sets a gift\'s name and description in one language; answers the gift afterwards. Admins only. RATE_LIMITED past 1 call per second (set_gift_language).' })
  async setGiftLanguage(
    @Arg('input', () => SetGiftLanguageInput, { description: 'The gift, the language and the translation.' }) input: SetGiftLanguageInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.setGiftLanguage.limits;
    const id = check(l.giftId, 'input.giftId', input.giftId);
    await write(ctx, gifts.setGiftLanguage, id, input.language, check(l.name, 'input.name', input.name), check(l.desc, 'input.description', input.description));
    return giftOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Gift, { description: 'Removes a gift\'s translation into one language; answers the gift afterwards. Admins only (del_gift_language).' })
  async deleteGiftLanguage(
    @Arg('input', () => DeleteGiftLanguageInput, { description: 'The gift and the language to remove.' }) input: DeleteGiftLanguageInput,
    @Ctx() ctx: Context,
  ) {
    const id = check(gifts.delGiftLanguage.limits.giftId, 'input.giftId', input.giftId);
    await write(ctx, gifts.delGiftLanguage, id, input.language);
    return giftOrNotFound(ctx, id);
  }
}
