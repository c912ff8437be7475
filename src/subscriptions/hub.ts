/**
 * Where verified callbacks become subscribers' events, on one instance or many.
 *
 * `publish(effect)` runs after the callback's cache entries were invalidated (the receiver's
 * `apply`): it drops a callback already seen (Tencent may send one twice: same command, same
 * body), translates the rest and hands them to the bus. Every instance delivers only what comes
 * off the bus, itself included, so with Redis each subscriber anywhere gets an event exactly
 * once, and the instance that received the callback does not deliver it twice.
 *
 * - No ROOMGRAPH_CACHE_URL: an in-process bus and an in-memory "seen" set.
 * - Redis: PUBLISH on `<namespace>:events:<SDKAppID>` (each instance SUBSCRIBEs to it), and the
 *   seen set as `SET <namespace>:callback-seen:<SDKAppID>:<hash> NX EX`, shared by all instances.
 *   Redis pub/sub is at most once: an instance whose subscriber connection is down meanwhile
 *   misses those events (its clients re-query after a reconnect).
 */
import { createHash } from 'node:crypto';
import { createClient } from '@keyv/redis';
import type { CallbackEffect } from '../callbacks/events';
import { EventQueue } from './queue';
import { eventsOf, type EventValue, type RoutedEvent, type Scope } from './translate';

/** What the hub logs through (the server's logger). */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
}

/** How long a callback counts as seen: Tencent's resends come within seconds. */
export const SEEN_SECONDS = 120;
/** Events waiting per subscriber before it is dropped as too slow. */
export const SUBSCRIBER_BUFFER = 100;

export interface EventHubOptions {
  /** `redis://…` to fan out across instances; undefined = in process. */
  redisUrl?: string;
  /** The cache namespace: instances sharing it (and the SDKAppID) share events. */
  namespace: string;
  sdkAppId: number;
  log: Logger;
  bufferSize?: number;
  /** Test hook: a room's number of listening subscribers changed. */
  onListeners?: (roomId: string, count: number) => void;
}

export interface Listener {
  /** Which product's subscription listens: it sees that product's events and seat changes. */
  product: 'conference' | 'live';
  /** Only these kinds; all when undefined. */
  kinds?: ReadonlySet<string>;
  /** Sees every event of the room, whatever `kinds` and before it is queued (read-gate.ts). */
  observe?: (event: EventValue) => void;
}

export interface EventHub {
  readonly kind: 'redis' | 'memory';
  /** After a verified callback's invalidation: publish its events, unless it was seen already. */
  publish(effect: CallbackEffect): Promise<void>;
  /** A subscriber's stream of one room's events. */
  listen(roomId: string, listener: Listener): EventQueue<EventValue>;
  /** Ends every subscriber's stream and disconnects from Redis. */
  close(): Promise<void>;
}

interface Bus {
  /** Whether this callback (by hash) is new; marks it seen. */
  firstTime(hash: string): Promise<boolean>;
  forget(hash: string): Promise<void>;
  send(message: string): Promise<void>;
  close(): Promise<void>;
}

interface Wire {
  v: 1;
  events: RoutedEvent[];
}

/** A hash of command and body: a resend of the same event is the same bytes. */
export function callbackHash(command: string, body: unknown): string {
  const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return createHash('sha256').update(command).update('\n').update(text).digest('hex');
}

function memoryBus(deliver: (message: string) => void): Bus {
  const seen = new Map<string, number>();
  return {
    async firstTime(hash) {
      const now = Date.now();
      if (seen.size > 1000) for (const [h, until] of seen) if (until <= now) seen.delete(h);
      const until = seen.get(hash);
      if (until !== undefined && until > now) return false;
      seen.set(hash, now + SEEN_SECONDS * 1000);
      return true;
    },
    async forget(hash) {
      seen.delete(hash);
    },
    async send(message) {
      deliver(message);
    },
    async close() {
      seen.clear();
    },
  };
}

async function redisBus(url: string, namespace: string, sdkAppId: number, log: Logger, deliver: (message: string) => void): Promise<Bus> {
  const channel = `${namespace}:events:${sdkAppId}`;
  const seenKey = (hash: string) => `${namespace}:callback-seen:${sdkAppId}:${hash}`;
  let connected = false;
  const pub = createClient({
    url,
    socket: {
      // As the cache: a failure before the first connection is final (start-up fails); later, back off.
      reconnectStrategy: (retries: number) => (connected ? Math.min(100 * 2 ** retries, 5000) : false),
      connectTimeout: 2000,
    },
  });
  const sub = pub.duplicate();
  for (const c of [pub, sub]) {
    c.on('error', (err: Error) => log.error('event bus error', { error: err.message }));
    c.on('ready', () => (connected = true));
  }
  try {
    await pub.connect();
    await sub.connect();
    await sub.subscribe(channel, (message: string) => deliver(message));
  } catch (e) {
    pub.destroy();
    sub.destroy();
    throw e;
  }
  return {
    async firstTime(hash) {
      const set = await pub.set(seenKey(hash), '1', { condition: 'NX', expiration: { type: 'EX', value: SEEN_SECONDS } });
      return set === 'OK';
    },
    async forget(hash) {
      await pub.del(seenKey(hash));
    },
    async send(message) {
      await pub.publish(channel, message);
    },
    async close() {
      await sub.unsubscribe(channel).catch(() => undefined);
      await Promise.all([sub.close().catch(() => sub.destroy()), pub.close().catch(() => pub.destroy())]);
    },
  };
}

export async function createEventHub(o: EventHubOptions): Promise<EventHub> {
  const capacity = o.bufferSize ?? SUBSCRIBER_BUFFER;
  const rooms = new Map<string, Map<EventQueue<EventValue>, Listener>>();

  const sees = (l: Listener, scope: Scope, kind: string) =>
    (scope === 'both' || scope === l.product) && (!l.kinds || l.kinds.has(kind));

  const deliver = (message: string) => {
    let wire: Wire;
    try {
      wire = JSON.parse(message) as Wire;
      if (wire?.v !== 1 || !Array.isArray(wire.events)) throw new Error('not an event message');
    } catch (e) {
      o.log.error('event bus message ignored', { error: (e as Error).message });
      return;
    }
    for (const { scope, event } of wire.events) {
      const listening = rooms.get(event?.roomId);
      if (!listening) continue;
      for (const [queue, l] of [...listening]) {
        l.observe?.(event);
        if (sees(l, scope, event.kind)) queue.push(event);
      }
    }
  };

  const bus = o.redisUrl ? await redisBus(o.redisUrl, o.namespace, o.sdkAppId, o.log, deliver) : memoryBus(deliver);

  return {
    kind: o.redisUrl ? 'redis' : 'memory',
    async publish(effect) {
      const events = eventsOf(effect);
      if (events.length === 0) return;
      const hash = callbackHash(effect.command, effect.body);
      if (!(await bus.firstTime(hash))) {
        o.log.debug('duplicate callback not published', { command: effect.command, roomIds: effect.roomIds });
        return;
      }
      try {
        await bus.send(JSON.stringify({ v: 1, events } satisfies Wire));
      } catch (e) {
        // Not published: let a resend of the same callback through.
        await bus.forget(hash).catch(() => undefined);
        throw e;
      }
    },
    listen(roomId, listener) {
      let listening = rooms.get(roomId);
      if (!listening) rooms.set(roomId, (listening = new Map()));
      const room = listening;
      const queue: EventQueue<EventValue> = new EventQueue<EventValue>(capacity, () => {
        room.delete(queue);
        if (room.size === 0 && rooms.get(roomId) === room) rooms.delete(roomId);
        o.onListeners?.(roomId, room.size);
      });
      room.set(queue, listener);
      o.onListeners?.(roomId, room.size);
      return queue;
    },
    async close() {
      for (const listening of [...rooms.values()]) for (const queue of [...listening.keys()]) queue.end();
      rooms.clear();
      await bus.close();
    },
  };
}
