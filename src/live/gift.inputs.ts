/**
 * Inputs of the gift catalogue mutations; descriptions print the declared limits (src/commands/live-gifts.ts), which the resolvers check.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import * as gifts from '../commands/live-gifts';
import { describeLimit as d } from '../commands/limits';
import { GiftLanguage } from './live.enums';

const gift = gifts.addGift.limits;
const category = gifts.addGiftCategory.limits;

/** The gift fields add_gift and edit_gift share (the same body, spec §7.10); never an argument itself. */
@InputType()
export abstract class GiftFieldsInput {
  @Field(() => ID, { description: `The gift id. ${d(gift.giftId)}` })
  id!: string;

  @Field(() => String, { description: `The default name. ${d(gift.defaultName)}` })
  name!: string;

  @Field(() => String, { nullable: true, description: `The default description. ${d(gift.defaultDesc)}` })
  description?: string;

  @Field(() => String, { nullable: true, description: `The icon shown in the gift panel. ${d(gift.iconUrl)}` })
  iconUrl?: string;

  @Field(() => String, { nullable: true, description: `The animation played when the gift is sent (MP4 or SVGA). ${d(gift.resourceUrl)}` })
  resourceUrl?: string;

  @Field(() => Int, { description: `What the gift costs, in your app's coins. ${d(gift.coins)}` })
  coins!: number;

  @Field(() => Int, { nullable: true, description: `Your own level of the gift (Tencent's default 0). ${d(gift.level)}` })
  level?: number;

  @Field(() => String, { nullable: true, description: `Your own data about the gift, as a JSON string. ${d(gift.extensionInfo)}` })
  extensionInfo?: string;
}

@InputType({ description: 'A new gift for the catalogue (Tencent allows at most 16 gifts).' })
export class CreateGiftInput extends GiftFieldsInput {}

@InputType({
  description:
    'A gift\'s new settings. Tencent takes the whole gift again, so give the name and coins, and every optional field ' +
    'you want kept: fields left out are not sent.',
})
export class UpdateGiftInput extends GiftFieldsInput {}

@InputType({ description: 'A gift\'s name and description in one language.' })
export class SetGiftLanguageInput {
  @Field(() => ID, { description: 'The gift.' })
  giftId!: string;

  @Field(() => GiftLanguage, { description: 'The language.' })
  language!: GiftLanguage;

  @Field(() => String, { nullable: true, description: `The name in that language; required the first time a language is set. ${d(gifts.setGiftLanguage.limits.name)}` })
  name?: string;

  @Field(() => String, { nullable: true, description: `The description in that language. ${d(gifts.setGiftLanguage.limits.desc)}` })
  description?: string;
}

@InputType({ description: 'Which translation of a gift to remove.' })
export class DeleteGiftLanguageInput {
  @Field(() => ID, { description: 'The gift.' })
  giftId!: string;

  @Field(() => GiftLanguage, { description: 'The language to remove.' })
  language!: GiftLanguage;
}

@InputType({ description: 'A new gift category (Tencent allows at most 3).' })
export class CreateGiftCategoryInput {
  @Field(() => ID, { description: `The category id. ${d(category.categoryId)}` })
  id!: string;

  @Field(() => String, { description: `The default name. ${d(category.defaultName)}` })
  name!: string;

  @Field(() => String, { nullable: true, description: `The default description. ${d(category.defaultDesc)}` })
  description?: string;

  @Field(() => String, { nullable: true, description: `Your own data about the category, as a JSON string. ${d(category.extensionInfo)}` })
  extensionInfo?: string;
}

@InputType({ description: 'A category\'s new default name and description (Tencent takes both again).' })
export class UpdateGiftCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  id!: string;

  @Field(() => String, { description: `The default name. ${d(gifts.editGiftCategory.limits.defaultName)}` })
  name!: string;

  @Field(() => String, { nullable: true, description: `The default description. ${d(gifts.editGiftCategory.limits.defaultDesc)}` })
  description?: string;
}

@InputType({ description: 'A category\'s name and description in one language.' })
export class SetGiftCategoryLanguageInput {
  @Field(() => ID, { description: 'The category.' })
  categoryId!: string;

  @Field(() => GiftLanguage, { description: 'The language.' })
  language!: GiftLanguage;

  @Field(() => String, { nullable: true, description: `The name in that language. ${d(gifts.setGiftCategoryLanguage.limits.name)}` })
  name?: string;

  @Field(() => String, { nullable: true, description: `The description in that language. ${d(gifts.setGiftCategoryLanguage.limits.desc)}` })
  description?: string;
}

@InputType({ description: 'Which translation of a category to remove.' })
export class DeleteGiftCategoryLanguageInput {
  @Field(() => ID, { description: 'The category.' })
  categoryId!: string;

  @Field(() => GiftLanguage, { description: 'The language to remove.' })
  language!: GiftLanguage;
}

@InputType({ description: 'Gifts to put in a category (a gift may be in several).' })
export class AddGiftsToCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  categoryId!: string;

  @Field(() => [ID], { description: `The gifts. ${d(gifts.addGiftCategoryRelations.limits.giftIds)}` })
  giftIds!: string[];
}

@InputType({ description: 'Gifts to take out of a category (they stay in the catalogue).' })
export class RemoveGiftsFromCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  categoryId!: string;

  @Field(() => [ID], { description: `The gifts. ${d(gifts.delGiftCategoryRelations.limits.giftIds)}` })
  giftIds!: string[];
}
