/**
 * One subscriber's events, waiting for its socket: a bounded buffer behind an async iterator.
 * The WebSocket side pulls an event only once the previous one was written, so a client that
 * cannot keep up makes the buffer grow; past `capacity` the subscriber is dropped (its next pull
 * throws SLOW_CONSUMER, which ends the subscription with that error) instead of the gateway
 * holding events without end. A dropped client re-subscribes and re-queries.
 */
import { GraphQLError } from 'graphql';

export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | undefined;
  private failWaiting: ((e: Error) => void) | undefined;
  private failure: Error | undefined;
  private done = false;

  /** `onEnd` runs once, whether the consumer stopped, the queue overflowed or it was ended. */
  constructor(
    private readonly capacity: number,
    private readonly onEnd: () => void,
  ) {}

  get ended(): boolean {
    return this.done || this.failure !== undefined;
  }

  /** Offers one event; drops the subscriber when it already has `capacity` waiting. */
  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value, done: false });
      return;
    }
    if (this.buffer.length >= this.capacity) {
      this.fail(
        new GraphQLError(
          `Subscription dropped: this client fell more than ${this.capacity} events behind; subscribe again and re-query what it shows`,
          { extensions: { code: 'SLOW_CONSUMER' } },
        ),
      );
      return;
    }
    this.buffer.push(value);
  }

  /** Ends the subscription with `error` (after nothing more: what was buffered is dropped too). */
  fail(error: Error): void {
    if (this.ended) return;
    this.failure = error;
    this.buffer.length = 0;
    this.onEnd();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = undefined;
      this.failure = undefined;
      this.done = true;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift() as T, done: false });
    if (this.failure) {
      const e = this.failure;
      this.failure = undefined;
      this.done = true;
      return Promise.reject(e);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  /** The consumer stopped (client `complete`, socket closed, shutdown). */
  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    const wasFailed = this.failure !== undefined;
    this.done = true;
    this.failure = undefined;
    this.buffer.length = 0;
    if (!wasFailed) this.onEnd();
    const resolve = this.waiting;
    this.waiting = this.failWaiting = undefined;
    resolve?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
