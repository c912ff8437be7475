/**
 * The app's gift catalogue (spec §7.10): gifts viewers send hosts, and the categories a gift panel
 * groups them in, each with a default name and description plus translations. App-wide, not per
 * room. Runtime values are the model's `Gift` / `GiftCategory`, with `createTime`, `languages`
 * and `giftIds` when they came from the catalogue (get_gift_info_list).
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GiftLanguage } from './live.enums';

@ObjectType({ description: 'A gift\'s or category\'s name and description in one language.' })
export class LocalizedText {
  @Field(() => GiftLanguage, { description: 'The language.' })
  language!: GiftLanguage;

  @Field(() => String, { description: 'The name in that language.' })
  name!: string;

  @Field(() => String, { name: 'description', description: 'The description in that language; empty when none is set.' })
  desc!: string;
}

@ObjectType({ description: 'A gift viewers can send in live rooms.' })
export class Gift {
  @Field(() => ID, { name: 'id', description: 'The gift id (at most 20 bytes).' })
  giftId!: string;

  @Field(() => String, { name: 'name', description: 'The default name, shown where no translation for the viewer\'s language exists.' })
  defaultName!: string;

  @Field(() => String, { name: 'description', description: 'The default description; empty when none is set.' })
  defaultDesc!: string;

  @Field(() => String, { description: 'The icon shown in the gift panel.' })
  iconUrl!: string;

  @Field(() => String, { description: 'The animation played when the gift is sent (an MP4 or SVGA file).' })
  resourceUrl!: string;

  @Field(() => Int, { description: 'What the gift costs, in your app\'s coins.' })
  coins!: number;

  @Field(() => Int, { description: 'Your own level of the gift, e.g. for effects or ordering (default 0).' })
  level!: number;

  @Field(() => String, { description: 'Your own data about the gift, as a JSON string; empty when none is set.' })
  extensionInfo!: string;
}

@ObjectType({ description: 'A tab of the gift panel: a named group of gifts.' })
export class GiftCategory {
  @Field(() => ID, { name: 'id', description: 'The category id (at most 20 bytes).' })
  categoryId!: string;

  @Field(() => String, { name: 'name', description: 'The default name, shown where no translation for the viewer\'s language exists.' })
  defaultName!: string;

  @Field(() => String, { name: 'description', description: 'The default description; empty when none is set.' })
  defaultDesc!: string;

  @Field(() => String, { description: 'Your own data about the category, as a JSON string; empty when none is set.' })
  extensionInfo!: string;
}

@ObjectType({ description: 'Every gift and category of the app, with their translations (get_gift_info_list).' })
export class GiftCatalogue {
  @Field(() => [Gift], { description: 'Every gift.' })
  gifts!: Gift[];

  @Field(() => [GiftCategory], { description: 'Every category.' })
  categories!: GiftCategory[];

  @Field(() => Int, { nullable: true, description: 'How many gifts Tencent counts; null when it does not say.' })
  totalCount!: number | null;
}
