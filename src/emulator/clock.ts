/**
 * The emulated clock: the caller's base clock plus an offset the control API can advance. One
 * clock serves every app, so bans, schedules, rate windows and UserSig expiry all move together.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  /** Emulated time in ms. */
  now(): number {
    return this.base() + this.offsetMs;
  }

  /** Emulated time in Unix seconds. */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * The base clock in Unix seconds, without the advanced offset: what callbacks stamp as
   * `RequestTime`, so a receiver with a correct clock accepts them after a test moved the emulated
   * time (its one-minute window is about the real time of delivery).
   */
  wallSeconds(): number {
    return Math.floor(this.base() / 1000);
  }

  /** How far the clock has been advanced, in ms. */
  offset(): number {
    return this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Back to the base clock (the emulator's reset). */
  reset(): void {
    this.offsetMs = 0;
  }
}
