/**
 * ROOMGRAPH_READ_POLICY=members over a subscription's lifetime. Subscribing checks the policy once
 * (events.resolver.ts); this keeps it true afterwards: when an event says the subscriber's place
 * in the room may have changed — they left it, went offline, were kicked or banned (Conference
 * MEMBER_LEFT, Live MEMBER_STATE_CHANGED OFFLINE naming them), stopped being its host
 * (OWNER_CHANGED), or the room id was created anew (ROOM_CREATED) — the policy is asked again, with
 * fresh loaders (the callback already dropped what it staled from the shared cache). No event is
 * delivered while that check runs; if it refuses, the subscription ends with FORBIDDEN (the event
 * that set it off included), at once, even when its `kinds` would not show that event.
 *
 * Changes Tencent sends no callback for (a Live admin removed, a Conference admin demoted — who
 * stays a member anyway) take effect at the next of those events or the next subscribe.
 */
import type { EventQueue } from './queue';
import type { EventValue } from './translate';

/** Whether `event` may change whether `userId` is in the room. */
function mayChangeAccess(event: EventValue, userId: string): boolean {
  switch (event.kind) {
    case 'MEMBER_LEFT':
      return event.userIds.includes(userId);
    case 'MEMBER_STATE_CHANGED':
      return event.memberState !== 'ONLINE' && event.userIds.includes(userId);
    case 'OWNER_CHANGED':
      return event.previousOwnerId === null || event.previousOwnerId === userId;
    case 'ROOM_CREATED':
      return true;
    default:
      return false;
  }
}

export class ReadGate {
  /** The latest re-check: `null` when it allowed, else the error the subscription ends with. */
  private pending: Promise<Error | null> | undefined;
  private queue: EventQueue<EventValue> | undefined;

  /**
   * @param recheck whether the viewer may still read the room, read afresh
   * @param refusal the FORBIDDEN error the subscription ends with when not
   */
  constructor(
    private readonly userId: string,
    private readonly recheck: () => Promise<boolean>,
    private readonly refusal: () => Error,
  ) {}

  /** The hub's `observe`: every event of the room, before it is queued. */
  observe(event: EventValue): void {
    if (!mayChangeAccess(event, this.userId)) return;
    const check: Promise<Error | null> = this.recheck().then(
      (ok) => (ok ? null : this.refusal()),
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    this.pending = check;
    void check.then((error) => {
      if (error) this.queue?.fail(error);
      else if (this.pending === check) this.pending = undefined;
    });
  }

  /** The subscription's stream: `queue`'s events, each held back while a re-check runs. */
  wrap(queue: EventQueue<EventValue>): AsyncIterableIterator<EventValue> {
    this.queue = queue;
    const iterator: AsyncIterableIterator<EventValue> = {
      next: async () => {
        const r = await queue.next();
        const pending = this.pending;
        if (r.done || !pending) return r;
        const error = await pending;
        if (error) throw error;
        return r;
      },
      return: () => queue.return(),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
