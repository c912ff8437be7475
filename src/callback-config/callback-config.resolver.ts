import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { roomConfig as cfg } from '../commands/callback-config';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';
import type { CallbackConfig as CallbackConfigModel } from '../commands/model';
import type { Context } from '../server/context';
import { CallbackConfig, CallbackConfigInput } from './callback-config.type';
import { ConferenceEvent, EVENT_COMMANDS } from './enums';
import * as v from './validate';

function toEvents(commands: string[]): ConferenceEvent[] {
  return (Object.keys(EVENT_COMMANDS) as ConferenceEvent[]).filter((e) =>
    EVENT_COMMANDS[e].some((c) => commands.includes(c)),
  );
}

function toModel(input: CallbackConfigInput): CallbackConfigModel {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw v.badInput('input.url', 'must be an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw v.badInput('input.url', 'must start with http:// or https://');
  v.maxBytes('input.url', input.url, 1000);
  if (input.events.length === 0) throw v.badInput('input.events', 'must list at least one event');
  return { url: input.url, commands: Array.from(new Set(input.events)).map((e) => EVENT_COMMANDS[e][0]) };
}

const present = (c: CallbackConfigModel) => ({ url: c.url, events: toEvents(c.commands) });

/** Callback configuration is administrator business: every field here needs an admin. */
@Resolver(() => CallbackConfig)
export class CallbackConfigResolver {
  @Authorized('ADMIN')
  @Query(() => CallbackConfig, { nullable: true, description: 'room_config get_callback; null when none is configured.' })
  async callbackConfig(@Ctx() ctx: Context) {
    try {
      return present(await ctx.conference.client.call(cfg.getCallback));
    } catch (e) {
      if (e instanceof TencentApiError && e.errorCode === ErrorCodes.CALLBACK_NOT_FOUND) return null;
      throw e;
    }
  }

  @Authorized('ADMIN')
  @Mutation(() => CallbackConfig, { description: 'room_config set_callback; CONFLICT when one exists.' })
  async createCallbackConfig(@Arg('input', () => CallbackConfigInput) input: CallbackConfigInput, @Ctx() ctx: Context) {
    const model = toModel(input);
    await ctx.conference.client.call(cfg.setCallback, model);
    return present(model);
  }

  @Authorized('ADMIN')
  @Mutation(() => CallbackConfig, { description: 'room_config update_callback; NOT_FOUND when none exists.' })
  async updateCallbackConfig(@Arg('input', () => CallbackConfigInput) input: CallbackConfigInput, @Ctx() ctx: Context) {
    const model = toModel(input);
    await ctx.conference.client.call(cfg.updateCallback, model);
    return present(model);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'room_config delete_callback; NOT_FOUND when none exists.' })
  async deleteCallbackConfig(@Ctx() ctx: Context) {
    await ctx.conference.client.call(cfg.deleteCallback);
    return true;
  }
}
