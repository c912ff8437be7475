/**
 * keyv stores every entry as a string (its serializer: JSON with a reviver), in Redis and in the
 * in-process Map alike, and parses it again on every read. A warm page of 20 rooms reads 60
 * entries, so that parsing was a large part of a warm read.
 *
 * `ParsedMemo` remembers the parse of the last strings read, keyed by the string itself: the same
 * stored text gives back the same parsed value, and any other text (a newer write, another
 * instance's write in Redis) is a different key and is parsed afresh. Nothing is served that the
 * store does not hold at that moment: keyv still reads the store and checks the entry's expiry on
 * every read, so staleness and cross-instance behaviour are exactly the store's. The values are
 * shared between requests, so they are deeply frozen: code that tried to change one would throw
 * rather than corrupt another request's answer. Bounded in entries and in characters held.
 */
export interface ParsedMemoOptions {
  /** Most entries remembered; default 4096. */
  maxEntries?: number;
  /** Most characters of stored text held as keys; default 16 Mi (a longer text is parsed, not remembered). */
  maxChars?: number;
}

/** Freezes `value` and everything in it; false (and unfrozen leaves) when it holds anything but plain data. */
export function deepFreeze(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Object.isFrozen(value)) return true;
  const proto = Object.getPrototypeOf(value);
  // Buffers (keyv's ":base64:" strings) and other exotic objects cannot be frozen: not remembered.
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return false;
  for (const v of Object.values(value as Record<string, unknown>)) if (!deepFreeze(v)) return false;
  Object.freeze(value);
  return true;
}

export class ParsedMemo {
  private readonly entries = new Map<string, unknown>();
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;

  /** @param parse keyv's own deserializer (what a miss runs). */
  constructor(
    private readonly parse: (text: string) => unknown,
    o: ParsedMemoOptions = {},
  ) {
    this.maxEntries = o.maxEntries ?? 4096;
    this.maxChars = o.maxChars ?? 16 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  /** keyv's `deserialize`: the parse of `text`, remembered. */
  readonly deserialize = (text: string): unknown => {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      // Most recently used last, so eviction takes the least recently used first.
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const parsed = this.parse(text);
    if (text.length <= this.maxChars / 16 && deepFreeze(parsed)) {
      this.entries.set(text, parsed);
      this.chars += text.length;
      for (const [k] of this.entries) {
        if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break;
        this.entries.delete(k);
        this.chars -= k.length;
      }
    }
    return parsed;
  };

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
