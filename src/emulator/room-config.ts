/**
 * `room_config` — the Conference callback configuration of one SDKAppID (spec §3.14, D2).
 * get_callback and update_callback: 200 calls/s (documented); set_callback and delete_callback:
 * limit unknown, so none (D4). Without a configuration, get/update/delete answer 100301; a second
 * set_callback answers 100300. `Room.CallbackUpdateRoomInfo` is accepted for
 * `Room.CallbackAfterUpdateRoomInfo`, and the "After" spelling is what get_callback returns.
 */
import { ErrorCodes } from '../wire/envelope';
import { canonicalCallback, CONFERENCE_CALLBACKS } from './callbacks';
import type { Ctx, Service } from './context';
import { EmuError, invalid } from './errors';
import { Fields, type Rec } from './input';
import type { CallbackConfig } from './state';

const notConfigured = (): EmuError =>
  new EmuError(ErrorCodes.CALLBACK_NOT_FOUND, 'callback configuration does not exist; create it with set_callback first');

function readConfig(body: Rec): CallbackConfig {
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
    const name = typeof c === 'string' ? canonicalCallback(c) : undefined;
    if (!name) {
      throw invalid(`CallbackCommandList[${i}] must be one of ${CONFERENCE_CALLBACKS.join(', ')}`);
    }
    return name;
  });
  return { url, commands: [...new Set(commands)] };
}

function getCallback(ctx: Ctx): Rec {
  const cfg = ctx.state.callbackConfig;
  if (!cfg) throw notConfigured();
  return { Url: cfg.url, CallbackCommandList: [...cfg.commands] };
}

function setCallback(ctx: Ctx, body: Rec): undefined {
  const cfg = readConfig(body);
  if (ctx.state.callbackConfig) {
    throw new EmuError(ErrorCodes.CALLBACK_EXISTS, 'callback configuration already exists; change it with update_callback');
  }
  ctx.state.callbackConfig = cfg;
  return undefined;
}

function updateCallback(ctx: Ctx, body: Rec): undefined {
  const cfg = readConfig(body);
  if (!ctx.state.callbackConfig) throw notConfigured();
  ctx.state.callbackConfig = cfg;
  return undefined;
}

function deleteCallback(ctx: Ctx): undefined {
  if (!ctx.state.callbackConfig) throw notConfigured();
  ctx.state.callbackConfig = undefined;
  return undefined;
}

export const roomConfig: Service = {
  get_callback: { perSecond: 200, run: getCallback },
  set_callback: { run: setCallback },
  update_callback: { perSecond: 200, run: updateCallback },
  delete_callback: { run: deleteCallback },
};
