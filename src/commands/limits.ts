/**
 * Field limits as Tencent documents them (spec §3, §11), in a small vocabulary that command
 * declarations use. The gateway validates arguments against them before any upstream call and
 * prints them into input descriptions; the emulator keeps its own hand-written checks (it plays
 * Tencent and must not borrow ours).
 */
export type Limit =
  /** A RoomId: printable ASCII, 1 to 48 bytes (client SDK error −2105, spec §3.1). */
  | { readonly kind: 'roomId' }
  /** An account id: non-empty, no control characters, at most 32 bytes (Tencent's UserID limit). */
  | { readonly kind: 'userId' }
  /** 1 to `max` account ids per call; duplicates are dropped. */
  | { readonly kind: 'userIds'; readonly max: number }
  /** At most `max` UTF-8 bytes. */
  | { readonly kind: 'bytes'; readonly max: number }
  /** A whole number from `min` to `max`. */
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  /** A list of `min` to `max` items, e.g. members per call. */
  | { readonly kind: 'items'; readonly min: number; readonly max: number; readonly noun: string };

export const INT32_MAX = 2_147_483_647;

export const roomIdLimit: Limit = Object.freeze({ kind: 'roomId' });
export const userIdLimit: Limit = Object.freeze({ kind: 'userId' });
export const userIds = (max: number): Limit => Object.freeze({ kind: 'userIds', max });
export const bytes = (max: number): Limit => Object.freeze({ kind: 'bytes', max });
export const int = (min: number, max = INT32_MAX): Limit => Object.freeze({ kind: 'int', min, max });
export const items = (min: number, max: number, noun: string): Limit => Object.freeze({ kind: 'items', min, max, noun });

/** The largest value a whole-number limit allows (a page size's maximum, say); a TypeError for any other kind. */
export function largest(l: Limit): number {
  if (l.kind !== 'int') throw new TypeError(`largest: a ${l.kind} limit has no largest value`);
  return l.max;
}

/** The limit as a sentence for an input field's description. */
export function describeLimit(l: Limit): string {
  switch (l.kind) {
    case 'roomId': return 'Printable ASCII, at most 48 bytes.';
    case 'userId': return 'At most 32 bytes, no control characters.';
    case 'userIds': return `At most ${l.max} users per call.`;
    case 'bytes': return `At most ${l.max} bytes.`;
    case 'int': return l.max === INT32_MAX ? `At least ${l.min}.` : `${l.min} to ${l.max}.`;
    case 'items': return `${l.min} to ${l.max} ${l.noun}.`;
  }
}
