/**
 * Callback configuration in GraphQL, made for a product: its enum of events (from the callback
 * table), its object and input types, and the query and three mutations over that product's four
 * `*_config` commands. Conference's is `callbackConfig` over room_config; Live's will be another
 * call of `callbackConfigModule` over live_config.
 */
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { CallbackConfigCommands } from '../commands/callback-config';
import { describeLimit } from '../commands/limits';
import type { CallbackConfig as CallbackConfigModel } from '../commands/model';
import type { Context } from '../graphql/context';
import type { ProductModule } from '../graphql/product';
import { badInput, check } from '../graphql/validate';
import { write } from '../graphql/write';
import { TencentApiError } from '../upstream/errors';
import { callbackNamed, callbacksOf, type Product } from '../wire/callbacks';
import { ErrorCodes } from '../wire/envelope';

export interface CallbackConfigNames {
  /** e.g. `ConferenceEvent`. */
  eventEnum: string;
  /** e.g. `CallbackConfig`; the input is `<type>Input`. */
  type: string;
  /** e.g. `callbackConfig`, `createCallbackConfig`, `updateCallbackConfig`, `deleteCallbackConfig`. */
  query: string;
  create: string;
  update: string;
  delete: string;
  /** Who delivers these, for descriptions: e.g. `Conference`. */
  title: string;
}

export function callbackConfigModule(product: Product, commands: CallbackConfigCommands, names: CallbackConfigNames): ProductModule {
  const table = callbacksOf(product);
  const service = commands.getCallback.service;
  // The enum's values are the table's events, in table order.
  const Event: Record<string, string> = Object.fromEntries(table.map((c) => [c.event, c.event]));
  registerEnumType(Event, { name: names.eventEnum, description: `${names.title} callbacks Tencent can deliver.` });
  const eventOf = (command: string) => callbackNamed(command)?.event;
  const limits = commands.setCallback.limits;

  @ObjectType(names.type, { description: `Where Tencent delivers ${names.title} callbacks (${service}).` })
  class ConfigType {
    @Field(() => String)
    url!: string;

    @Field(() => [Event])
    events!: string[];
  }

  @InputType(`${names.type}Input`, { description: `${service} set_callback / update_callback.` })
  class ConfigInput {
    @Field(() => String, { description: `An http:// or https:// URL. ${describeLimit(limits.url)}` })
    url!: string;

    @Field(() => [Event], { description: 'At least one event.' })
    events!: string[];
  }

  function toModel(input: ConfigInput): CallbackConfigModel {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw badInput('input.url', 'must be an absolute URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('input.url', 'must start with http:// or https://');
    check(limits.url, 'input.url', input.url);
    if (input.events.length === 0) throw badInput('input.events', 'must list at least one event');
    const byEvent = new Map(table.map((c) => [c.event, c.name]));
    return { url: input.url, commands: Array.from(new Set(input.events), (e) => byEvent.get(e) as string) };
  }

  const present = (c: CallbackConfigModel) => {
    const events = new Set(c.commands.map(eventOf));
    return { url: c.url, events: table.filter((c) => events.has(c.event)).map((c) => c.event) };
  };

  /** Callback configuration is administrator business: every field here needs an admin. */
  @Resolver(() => ConfigType)
  class ConfigResolver {
    @Authorized('ADMIN')
    @Query(() => ConfigType, { name: names.query, nullable: true, description: `${service} get_callback; null when none is configured.` })
    async get(@Ctx() ctx: Context) {
      try {
        return present(await ctx.client.call(commands.getCallback));
      } catch (e) {
        if (e instanceof TencentApiError && e.errorCode === ErrorCodes.CALLBACK_NOT_FOUND) return null;
        throw e;
      }
    }

    @Authorized('ADMIN')
    @Mutation(() => ConfigType, { name: names.create, description: `${service} set_callback; CONFLICT when one exists.` })
    async create(@Arg('input', () => ConfigInput) input: ConfigInput, @Ctx() ctx: Context) {
      const model = toModel(input);
      await write(ctx, commands.setCallback, model);
      return present(model);
    }

    @Authorized('ADMIN')
    @Mutation(() => ConfigType, { name: names.update, description: `${service} update_callback; NOT_FOUND when none exists.` })
    async update(@Arg('input', () => ConfigInput) input: ConfigInput, @Ctx() ctx: Context) {
      const model = toModel(input);
      await write(ctx, commands.updateCallback, model);
      return present(model);
    }

    @Authorized('ADMIN')
    @Mutation(() => Boolean, { name: names.delete, description: `${service} delete_callback; NOT_FOUND when none exists.` })
    async delete(@Ctx() ctx: Context) {
      await write(ctx, commands.deleteCallback);
      return true;
    }
  }

  return { name: `${product} callback configuration`, resolvers: [ConfigResolver] };
}
