/**
 * The subscription fields: `roomEvents(roomId)` and `liveRoomEvents(roomId)`. Each subscribes to
 * one room's events on this instance's hub (hub.ts), which every instance feeds from the same bus;
 * the field resolves the event as the hub delivered it. Any authenticated viewer may subscribe,
 * as any may query a room (auth/rules.ts); the connection authenticated them (ws-server.ts).
 */
import { GraphQLError } from 'graphql';
import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../graphql/context';
import { assertCanRead, readRefusal } from '../graphql/read-access';
import { badInput } from '../graphql/validate';
import type { EventHub, Listener } from './hub';
import { LiveRoomEvent, LiveRoomEventKind, RoomEvent, RoomEventKind } from './event.types';
import { ReadGate } from './read-gate';
import type { EventValue } from './translate';

/** The context of an operation over WebSocket: the request context and this instance's hub. */
export interface SubscriptionContext extends Context {
  events: EventHub;
  /** A new context for the same viewer, with loaders of its own: a check that must read afresh. */
  renew(): Context;
}

const ROOM_ID = 'The room whose events to receive; other rooms\' events are not delivered.';
const KINDS = 'Only events of these kinds; every kind when omitted or null.';
/** ROOMGRAPH_READ_POLICY=members, over a subscription's lifetime (read-gate.ts). */
const READ_SUBSCRIBE =
  'With ROOMGRAPH_READ_POLICY=members, only someone in the room (a member, its owner or a room admin, and not banned) or an ' +
  'administrator subscribes: FORBIDDEN for anyone else, whether or not the room exists; a subscriber who is no longer in the ' +
  'room (left it, went offline, was kicked or banned; its owner stays in it) has the subscription ended with FORBIDDEN.';

const overHttp = () =>
  new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at the same /graphql URL, not over HTTP', {
    extensions: { code: 'BAD_REQUEST' },
  });

/** The event a subscription delivers; over HTTP (no event hub, no event) a clear refusal. */
function delivered(event: EventValue | undefined): EventValue {
  if (!event) throw overHttp();
  return event;
}

async function listen(data: SubscribeResolverData<unknown, { roomId: string; kinds?: string[] | null }, Context>, product: Listener['product']) {
  const ctx = data.context as SubscriptionContext;
  const hub = (ctx as Partial<SubscriptionContext>).events;
  if (!hub) throw overHttp();
  const { roomId, kinds } = data.args;
  if (roomId.length === 0) throw badInput('roomId', 'must not be empty');
  if (kinds && kinds.length === 0) throw badInput('kinds', 'must list at least one kind, or be omitted for every kind');
  // ROOMGRAPH_READ_POLICY=members: only someone in the room subscribes, and only while they stay in it.
  await assertCanRead(ctx, roomId, product);
  const listener: Listener = { product, kinds: kinds ? new Set(kinds) : undefined };
  if (!ctx.reads.restricted) return hub.listen(roomId, listener);
  const gate = new ReadGate(ctx.viewer.userId, () => ctx.renew().reads.canRead(roomId, product), () => readRefusal(ctx, roomId));
  return gate.wrap(hub.listen(roomId, { ...listener, observe: (event) => gate.observe(event) }));
}

@Resolver()
export class RoomEventsResolver {
  @Subscription(() => RoomEvent, {
    description:
      'Every event of one Conference room as it happens (members entering and leaving, seats, settings, destruction), over ' +
      'WebSocket (graphql-ws) at the GraphQL URL. Each arrives after the gateway dropped its cached copies of what changed. ' +
      'A client that falls 100 events behind is dropped with SLOW_CONSUMER. ' +
      READ_SUBSCRIBE,
    subscribe: (data) => listen(data, 'conference'),
  })
  roomEvents(
    @Root() event: EventValue,
    // type-graphql prints arguments last to first: this order shows roomId first.
    @Arg('kinds', () => [RoomEventKind], { nullable: true, description: KINDS }) _kinds: string[] | null | undefined,
    @Arg('roomId', () => ID, { description: ROOM_ID }) _roomId: string,
  ): EventValue {
    return delivered(event);
  }

  @Subscription(() => LiveRoomEvent, {
    description:
      'Every event of one live room as it happens (users coming online and going offline, metadata, seats, the host, battles, ' +
      'chat messages, settings, destruction), over WebSocket (graphql-ws) at the GraphQL URL. Each arrives after the gateway ' +
      'dropped its cached copies of what changed. A client that falls 100 events behind is dropped with SLOW_CONSUMER. ' +
      READ_SUBSCRIBE,
    subscribe: (data) => listen(data, 'live'),
  })
  liveRoomEvents(
    @Root() event: EventValue,
    // type-graphql prints arguments last to first: this order shows roomId first.
    @Arg('kinds', () => [LiveRoomEventKind], { nullable: true, description: KINDS }) _kinds: string[] | null | undefined,
    @Arg('roomId', () => ID, { description: ROOM_ID }) _roomId: string,
  ): EventValue {
    return delivered(event);
  }
}
