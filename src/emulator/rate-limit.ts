/**
 * D4: per command and per SDKAppID, at most the documented calls per second (spec §16); over it
 * the emulator answers 60007. A window opens at the first admitted call and lasts one emulated
 * second, so a burst sent under a frozen clock sees exactly `limit` admissions.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** Admits one call of `key` at `nowMs` unless `limit` calls were already admitted in its window. */
  allow(key: string, limit: number, nowMs: number): boolean {
    const w = this.windows.get(key);
    if (!w || nowMs - w.start >= 1000 || nowMs < w.start) {
      this.windows.set(key, { start: nowMs, count: 1 });
      return true;
    }
    if (w.count >= limit) return false;
    w.count++;
    return true;
  }

  reset(): void {
    this.windows.clear();
  }
}
