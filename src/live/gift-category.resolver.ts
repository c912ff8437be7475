/**
 * Gift categories: `giftCategory(id)`, the `GiftCategory` fields that read more of the catalogue,
 * and the category mutations. Reads go through the shared `gifts` entry; mutations answer the
 * category as the catalogue now lists it.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import * as gifts from '../commands/live-gifts';
import type { GiftCategory as CategoryModel } from '../commands/live-model';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { GiftLanguage } from './live.enums';
import {
  AddGiftsToCategoryInput, CreateGiftCategoryInput, DeleteGiftCategoryLanguageInput, RemoveGiftsFromCategoryInput,
  SetGiftCategoryLanguageInput, UpdateGiftCategoryInput,
} from './gift.inputs';
import { catalogue, catalogueCategory, categoryById, categoryOrNotFound, categoryTranslation, type CatalogueCategory } from './gift.loaders';
import { Gift, GiftCategory, LocalizedText } from './gift.type';
import { jsonText } from './json-text';

type CategoryValue = CategoryModel & Partial<Pick<CatalogueCategory, 'giftIds' | 'languages'>>;

/** The gift ids of a relations mutation, each checked. */
function giftIdsOf(limits: typeof gifts.addGiftCategoryRelations.limits, ids: string[]): string[] {
  return check(limits.giftIds, 'input.giftIds', ids).map((id, i) => check(limits.giftId, `input.giftIds[${i}]`, id));
}

@Resolver(() => GiftCategory)
export class GiftCategoryResolver {
  @Query(() => GiftCategory, { nullable: true, description: 'One gift category by id (get_gift_category, 1 call/s upstream, cached); null when it does not exist.' })
  giftCategory(@Arg('id', () => ID, { description: 'The category id (at most 20 bytes).' }) id: string, @Ctx() ctx: Context) {
    return categoryById(ctx, check(gifts.getGiftCategory.limits.categoryId, 'id', id));
  }

  @FieldResolver(() => [Gift], { description: 'The gifts in the category, in the order it lists them (from the catalogue).' })
  async gifts(@Root() c: CategoryValue, @Ctx() ctx: Context) {
    const all = await catalogue(ctx);
    const ids = c.giftIds ?? all.categories.find((x) => x.categoryId === c.categoryId)?.giftIds ?? [];
    const byId = new Map(all.gifts.map((g) => [g.giftId, g]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  @FieldResolver(() => [LocalizedText], { description: 'Every translation of the category (from the catalogue: no per-language reads).' })
  async languages(@Root() c: CategoryValue, @Ctx() ctx: Context) {
    return c.languages ?? (await catalogueCategory(ctx, c.categoryId))?.languages ?? [];
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description:
      'The category in one language (get_gift_category_language); null when it has no translation into it. Tencent allows 1 such read ' +
      'per second for the whole app: to show many categories, ask for `languages` instead.',
  })
  async localized(
    @Root() c: CategoryValue,
    @Ctx() ctx: Context,
    @Arg('language', () => GiftLanguage, { description: 'The language.' }) language: GiftLanguage,
  ) {
    const t = await categoryTranslation(ctx, c.categoryId, language);
    return t && (t.name || t.desc) ? { language, name: t.name, desc: t.desc } : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Adds a gift category (Tencent allows at most 3); answers it as the catalogue now lists it. Admins only. RATE_LIMITED past 1 call per second (add_gift_category).' })
  async createGiftCategory(
    @Arg('input', () => CreateGiftCategoryInput, { description: 'The new category.' }) input: CreateGiftCategoryInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.addGiftCategory.limits;
    const id = check(l.categoryId, 'input.id', input.id);
    await write(ctx, gifts.addGiftCategory, {
      categoryId: id,
      defaultName: check(l.defaultName, 'input.name', input.name),
      defaultDesc: check(l.defaultDesc, 'input.description', input.description),
      extensionInfo: jsonText('input.extensionInfo', check(l.extensionInfo, 'input.extensionInfo', input.extensionInfo)),
    });
    return categoryOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Changes a category\'s default name and description; answers it afterwards. Admins only (edit_gift_category).' })
  async updateGiftCategory(
    @Arg('input', () => UpdateGiftCategoryInput, { description: 'The category and its default name and description.' }) input: UpdateGiftCategoryInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.editGiftCategory.limits;
    const id = check(l.categoryId, 'input.id', input.id);
    await write(ctx, gifts.editGiftCategory, {
      categoryId: id,
      defaultName: check(l.defaultName, 'input.name', input.name),
      defaultDesc: check(l.defaultDesc, 'input.description', input.description),
    });
    return categoryOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Removes a category (its gifts stay in the catalogue); answers its id. Admins only (del_gift_category).' })
  async deleteGiftCategory(@Arg('id', () => ID, { description: 'The category to remove.' }) id: string, @Ctx() ctx: Context) {
    await write(ctx, gifts.delGiftCategory, check(gifts.delGiftCategory.limits.categoryId, 'id', id));
    return id;
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Sets a category\'s name and description in one language; answers it afterwards. Admins only (set_gift_category_language).' })
  async setGiftCategoryLanguage(
    @Arg('input', () => SetGiftCategoryLanguageInput, { description: 'The category, the language and the translation.' }) input: SetGiftCategoryLanguageInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.setGiftCategoryLanguage.limits;
    const id = check(l.categoryId, 'input.categoryId', input.categoryId);
    await write(
      ctx, gifts.setGiftCategoryLanguage, id, input.language,
      check(l.name, 'input.name', input.name), check(l.desc, 'input.description', input.description),
    );
    return categoryOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Removes a category\'s translation into one language; answers it afterwards. Admins only (del_gift_category_language).' })
  async deleteGiftCategoryLanguage(
    @Arg('input', () => DeleteGiftCategoryLanguageInput, { description: 'The category and the language to remove.' }) input: DeleteGiftCategoryLanguageInput,
    @Ctx() ctx: Context,
  ) {
    const id = check(gifts.delGiftCategoryLanguage.limits.categoryId, 'input.categoryId', input.categoryId);
    await write(ctx, gifts.delGiftCategoryLanguage, id, input.language);
    return categoryOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Puts gifts in a category (a gift may be in several); answers the category afterwards. Admins only (add_gift_category_relations).' })
  async addGiftsToCategory(
    @Arg('input', () => AddGiftsToCategoryInput, { description: 'The category and the gifts to put in it.' }) input: AddGiftsToCategoryInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.addGiftCategoryRelations.limits;
    const id = check(l.categoryId, 'input.categoryId', input.categoryId);
    await write(ctx, gifts.addGiftCategoryRelations, id, giftIdsOf(l, input.giftIds));
    return categoryOrNotFound(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => GiftCategory, { description: 'Takes gifts out of a category (they stay in the catalogue); answers the category afterwards. Admins only (del_gift_category_relations).' })
  async removeGiftsFromCategory(
    @Arg('input', () => RemoveGiftsFromCategoryInput, { description: 'The category and the gifts to take out.' }) input: RemoveGiftsFromCategoryInput,
    @Ctx() ctx: Context,
  ) {
    const l = gifts.delGiftCategoryRelations.limits;
    const id = check(l.categoryId, 'input.categoryId', input.categoryId);
    await write(ctx, gifts.delGiftCategoryRelations, id, giftIdsOf(l, input.giftIds));
    return categoryOrNotFound(ctx, id);
  }
}
