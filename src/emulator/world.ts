/**
 * Everything one running emulator holds: the apps' states, the shared clock, the callback sender
 * and the options. Built by startEmulator, read by the REST front and the control API.
 */
import type { CallbackSender } from './callbacks';
import type { Clock } from './clock';
import type { Ctx, Platform } from './context';
import type { AppState } from './state';

export interface World {
  apps: Map<number, AppState>;
  /** The first configured app: the control API's default. */
  defaultApp: AppState;
  clock: Clock;
  rateLimits: boolean;
  callbacks: CallbackSender;
  log?: (line: string) => void;
  /** A wait that close() cuts short (fault delays). */
  sleep(ms: number): Promise<void>;
}

/** A handler context at the current emulated time; events go to the app's callback receiver. */
export function makeCtx(world: World, state: AppState, operator: string, platform: Platform): Ctx {
  const nowMs = world.clock.now();
  return {
    state,
    operator,
    nowMs,
    nowS: Math.floor(nowMs / 1000),
    emit: (callback, body) =>
      world.callbacks.send(state, callback, { CallbackCommand: callback.name, ...body, EventTime: nowMs }, platform, nowMs),
  };
}
