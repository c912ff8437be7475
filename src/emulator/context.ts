/**
 * What a command handler gets: the app's state, who operates (the REST identifier, or the user a
 * control-API client action stands for), the emulated time, and a way to raise callback events.
 */
import type { Rec } from './input';
import type { AppState } from './state';

/** `OptPlatform` of the callbacks an action raises (spec §5.1). */
export type Platform = 'RESTAPI' | 'Web';

export interface Ctx {
  state: AppState;
  /** `Operator_Account` of raised events. */
  operator: string;
  nowMs: number;
  nowS: number;
  /** Raises a callback event; the body gets `CallbackCommand` first and `EventTime` (ms) last. */
  emit(command: string, body: Rec): void;
}

export interface CommandDef {
  /** Documented calls per second per SDKAppID (spec §16); undefined = no limit (D4). */
  perSecond?: number;
  /** Returns the `Response` data, or undefined for an envelope-only answer. Throws EmuError. */
  run(ctx: Ctx, body: Rec): Rec | undefined;
}

/** Handlers of one servicename, by command name. */
export type Service = Record<string, CommandDef>;
