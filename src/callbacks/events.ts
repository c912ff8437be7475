/**
 * What one callback tells us changed: the callback table's row for its command (aliases included)
 * gives the resources, its body the rooms. Only the callbacks of the products this gateway serves
 * count; anything else is ignored.
 */
import type { CallbackDecl } from '../wire/callbacks';
import { callbackNamed } from '../wire/callbacks';
import type { Resource } from '../wire/resources';

export interface CallbackEffect {
  /** The canonical command name. */
  command: string;
  roomIds: string[];
  resources: readonly Resource[];
  /** The callback's body as Tencent sent it: what subscriptions translate into events. */
  body: Record<string, unknown>;
}

/** The effect of one callback body, or `undefined` for a command not in `accepted` or naming no room. */
export function effectOf(
  accepted: ReadonlySet<CallbackDecl>,
  command: string,
  body: Record<string, unknown>,
): CallbackEffect | undefined {
  const decl = callbackNamed(command);
  if (!decl || !accepted.has(decl)) return undefined;
  const roomIds = decl.rooms(body);
  if (roomIds.length === 0) return undefined;
  return { command: decl.name, roomIds, resources: decl.changes, body };
}
