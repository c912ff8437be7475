/**
 * A handler is registered against a command's declaration (src/commands), so the routing key is
 * written once: `commandPath(decl)`. Only the declaration's `service` and `name` are read. The
 * per-second limit is the emulator's own hand-written number: the emulator plays Tencent and must
 * never take its rules from the gateway's declarations (DESIGN "Layout"), or a wrong limit in a
 * declaration would be confirmed by the very emulator meant to catch it.
 */
import { commandPath, type AnyCommand } from '../commands/command';
import type { Ctx } from './context';
import type { Rec } from './input';

export interface Rules {
  /** Calls per second per SDKAppID as Tencent enforces them (spec §16); undefined = no limit (D4). */
  perSecond?: number;
  /**
   * The ErrorCode past `perSecond`: 60007 unless given. D4 makes it 100012 for the 1/s gift
   * commands, so it is each handler's choice rather than the front's.
   */
  limitCode?: number;
  /**
   * D1: the gift getters answer their data both inside `Response` and at the top level of the
   * body (spec §2.2, §7.10). Default false: data only in `Response`.
   */
  topLevel?: boolean;
  /** Returns the `Response` data, or undefined for an envelope-only answer. Throws EmuError. */
  run(ctx: Ctx, body: Rec): Rec | undefined;
}

export interface Handler extends Rules {
  /** `'<servicename>/<command>'`, from the declaration. */
  readonly path: string;
}

export function handler(decl: Pick<AnyCommand, 'service' | 'name'>, rules: Rules): Handler {
  return Object.freeze({
    path: commandPath(decl),
    perSecond: rules.perSecond,
    limitCode: rules.limitCode,
    topLevel: rules.topLevel,
    run: rules.run,
  });
}

/**
 * The routing table: a Map, so a command named `__proto__` or `constructor` finds nothing.
 * Two handlers for one command are a wiring mistake, caught when the emulator module loads.
 */
export function routingTable(handlers: readonly Handler[]): ReadonlyMap<string, Handler> {
  const table = new Map<string, Handler>();
  for (const h of handlers) {
    if (table.has(h.path)) throw new Error(`emulator: two handlers for ${h.path}`);
    table.set(h.path, h);
  }
  return table;
}
