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
import { Callbacks, LiveCallbacks, callbackNamed, callbacksOf, type CallbackDecl, type Product } from '../wire/callbacks';
import { ErrorCodes } from '../wire/envelope';

/** Each callback in a frontend developer's words (the table in wire/callbacks.ts names them). */
const EVENT_WORDS: ReadonlyMap<CallbackDecl, string> = new Map([
  [Callbacks.roomCreated, 'A room was created'],
  [Callbacks.roomDestroyed, 'A room was destroyed'],
  [Callbacks.roomInfoUpdated, 'A room\'s settings changed'],
  [Callbacks.memberEntered, 'A member entered a room'],
  [Callbacks.memberLeft, 'A member left a room, was removed or was banned'],
  [Callbacks.seatsChanged, 'A room\'s seats changed (taken, left, locked, …)'],
  [LiveCallbacks.roomCreated, 'A live room was created'],
  [LiveCallbacks.roomDestroyed, 'A live room was destroyed'],
  [LiveCallbacks.roomInfoUpdated, 'A live room\'s settings changed'],
  [LiveCallbacks.memberStateChanged, 'A user came online in a live room or went offline'],
  [LiveCallbacks.metadataSet, 'Keys of a live room\'s metadata were set'],
  [LiveCallbacks.metadataDeleted, 'Keys of a live room\'s metadata were removed'],
  [LiveCallbacks.battleCreated, 'A battle between live rooms was created'],
  [LiveCallbacks.battleStarted, 'A battle between live rooms started'],
  [LiveCallbacks.ownerChanged, 'A live room got a new host'],
  [LiveCallbacks.messageSent, 'A chat message was sent in a live room'],
  [LiveCallbacks.cloudRecordingChanged, 'The cloud recording of a live room changed state'],
]);

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
  registerEnumType(Event, {
    name: names.eventEnum,
    description: `The ${names.title} events Tencent can call your server about (webhooks); a callback configuration lists those it delivers.`,
    // A callback without words stays undescribed, and test/graphql/descriptions.test.ts names it.
    valuesConfig: Object.fromEntries(table.map((c) => [c.event, EVENT_WORDS.has(c) ? { description: `${EVENT_WORDS.get(c)} (${c.name}).` } : {}])),
  });
  const eventOf = (command: string) => callbackNamed(command)?.event;
  const limits = commands.setCallback.limits;

  @ObjectType(names.type, { description: `Where Tencent sends ${names.title} callbacks (webhooks), and for which events (${service}).` })
  class ConfigType {
    @Field(() => String, { description: 'The URL Tencent POSTs each event to.' })
    url!: string;

    @Field(() => [Event], { description: 'The events Tencent delivers there.' })
    events!: string[];
  }

  @InputType(`${names.type}Input`, { description: `Where Tencent should send ${names.title} callbacks, and for which events.` })
  class ConfigInput {
    @Field(() => String, { description: `The URL Tencent POSTs each event to: http:// or https://. ${describeLimit(limits.url)}` })
    url!: string;

    @Field(() => [Event], { description: 'The events to deliver: at least one.' })
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
    @Query(() => ConfigType, {
      name: names.query,
      nullable: true,
      description: `Where Tencent sends ${names.title} callbacks now; null when none is configured. Admins only (${service} get_callback).`,
    })
    async get(@Ctx() ctx: Context) {
      try {
        return present(await ctx.client.call(commands.getCallback));
      } catch (e) {
        if (e instanceof TencentApiError && e.errorCode === ErrorCodes.CALLBACK_NOT_FOUND) return null;
        throw e;
      }
    }

    @Authorized('ADMIN')
    @Mutation(() => ConfigType, {
      name: names.create,
      description: `Sets up ${names.title} callbacks; answers the configuration. Admins only. CONFLICT when one exists: update it instead (${service} set_callback).`,
    })
    async create(@Arg('input', () => ConfigInput, { description: 'The URL and the events.' }) input: ConfigInput, @Ctx() ctx: Context) {
      const model = toModel(input);
      await write(ctx, commands.setCallback, model);
      return present(model);
    }

    @Authorized('ADMIN')
    @Mutation(() => ConfigType, {
      name: names.update,
      description: `Replaces the ${names.title} callback configuration; answers it. Admins only. NOT_FOUND when none exists: create it first (${service} update_callback).`,
    })
    async update(@Arg('input', () => ConfigInput, { description: 'The new URL and events.' }) input: ConfigInput, @Ctx() ctx: Context) {
      const model = toModel(input);
      await write(ctx, commands.updateCallback, model);
      return present(model);
    }

    @Authorized('ADMIN')
    @Mutation(() => Boolean, {
      name: names.delete,
      description: `Stops ${names.title} callbacks; answers true. Admins only. NOT_FOUND when none is configured (${service} delete_callback).`,
    })
    async delete(@Ctx() ctx: Context) {
      await write(ctx, commands.deleteCallback);
      return true;
    }
  }

  return {
    name: `${product} callback configuration`,
    resolvers: [ConfigResolver],
    // One get_callback per read; each mutation writes once and reads nothing back.
    costs: { Query: { [names.query]: { calls: 1 } }, Mutation: Object.fromEntries([names.create, names.update, names.delete].map((m) => [m, { calls: 1 }])) },
  };
}
