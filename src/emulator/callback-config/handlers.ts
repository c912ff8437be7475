/**
 * Callback configuration, made for a product: Conference's `room_config` (spec §3.14, D2) and
 * Live's `live_config` (§7.12) take the same four commands with the same rules, so one product is
 * one call of `callbackConfigHandlers`. Without a configuration, get/update/delete answer 100301;
 * a second set_callback answers 100300. A configuration accepts the callbacks of its own product
 * (src/wire/callbacks.ts), aliases included (`Room.CallbackUpdateRoomInfo` is accepted for
 * `Room.CallbackAfterUpdateRoomInfo`), and keeps and returns the canonical spelling.
 *
 * The per-second limits are the caller's hand-written numbers, never the declarations'.
 */
import type { CallbackConfigCommands } from '../../commands/callback-config';
import { callbackNamed, callbacksOf, type Product } from '../../wire/callbacks';
import { ErrorCodes } from '../../wire/envelope';
import type { Ctx } from '../context';
import { EmuError, invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import type { CallbackConfig } from '../state';

/** Calls per second per SDKAppID of each command, as Tencent enforces them; omitted = no limit (D4). */
export interface CallbackConfigRates {
  get?: number;
  set?: number;
  update?: number;
  delete?: number;
}

const notConfigured = (): EmuError =>
  new EmuError(ErrorCodes.CALLBACK_NOT_FOUND, 'callback configuration does not exist; create it with set_callback first');

/** The canonical name of one of `product`'s callbacks, or undefined for anything else. */
function canonicalOf(product: Product, name: string): string | undefined {
  const callback = callbackNamed(name);
  return callback?.product === product ? callback.name : undefined;
}

function readConfig(product: Product, body: Rec): CallbackConfig {
  const f = new Fields(body);
  const url = f.str('Url', { required: true, maxBytes: 2048 });
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!/^https?:\/\//i.test(url) || !parsed || !/^https?:$/.test(parsed.protocol)) {
    throw invalid('Url must be an absolute URL starting with http:// or https://');
  }
  const list = f.array('CallbackCommandList'); // an empty list is a configuration with no events
  if (!list) throw invalid('CallbackCommandList is required');
  const commands = list.map((c, i) => {
    const name = typeof c === 'string' ? canonicalOf(product, c) : undefined;
    if (!name) {
      const names = callbacksOf(product).map((cb) => cb.name);
      throw invalid(`CallbackCommandList[${i}] must be one of ${names.join(', ')}`);
    }
    return name;
  });
  return { url, commands: [...new Set(commands)] };
}

/** The four handlers of one product's callback configuration, which lives in `state.callbackConfigs`. */
export function callbackConfigHandlers(
  commands: CallbackConfigCommands,
  product: Product,
  rates: CallbackConfigRates,
): readonly Handler[] {
  const configOf = (ctx: Ctx): CallbackConfig | undefined => ctx.state.callbackConfigs.get(product);

  function getCallback(ctx: Ctx): Rec {
    const cfg = configOf(ctx);
    if (!cfg) throw notConfigured();
    return { Url: cfg.url, CallbackCommandList: [...cfg.commands] };
  }

  function setCallback(ctx: Ctx, body: Rec): undefined {
    const cfg = readConfig(product, body);
    if (configOf(ctx)) {
      throw new EmuError(ErrorCodes.CALLBACK_EXISTS, 'callback configuration already exists; change it with update_callback');
    }
    ctx.state.callbackConfigs.set(product, cfg);
    return undefined;
  }

  function updateCallback(ctx: Ctx, body: Rec): undefined {
    const cfg = readConfig(product, body);
    if (!configOf(ctx)) throw notConfigured();
    ctx.state.callbackConfigs.set(product, cfg);
    return undefined;
  }

  function deleteCallback(ctx: Ctx): undefined {
    if (!configOf(ctx)) throw notConfigured();
    ctx.state.callbackConfigs.delete(product);
    return undefined;
  }

  return [
    handler(commands.getCallback, { perSecond: rates.get, run: getCallback }),
    handler(commands.setCallback, { perSecond: rates.set, run: setCallback }),
    handler(commands.updateCallback, { perSecond: rates.update, run: updateCallback }),
    handler(commands.deleteCallback, { perSecond: rates.delete, run: deleteCallback }),
  ];
}
