/**
 * What a command handler gets: the app's state, who operates (the REST identifier, or the user a
 * control-API client action stands for), the emulated time, and a way to raise callback events.
 */
import type { CallbackDecl } from '../wire/callbacks';
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
  /**
   * Raises a callback event, named by the callback table (src/wire/callbacks.ts); the body gets
   * `CallbackCommand` (the canonical name) first and `EventTime` (ms) last.
   */
  emit(callback: CallbackDecl, body: Rec): void;
}
