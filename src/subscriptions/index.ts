/**
 * Live data: GraphQL subscriptions fed by Tencent's callbacks. The hub (hub.ts) turns verified
 * callbacks into events and fans them out, across instances over Redis; the WebSocket edge
 * (ws-server.ts) authenticates graphql-ws connections and runs the subscription fields
 * (events.resolver.ts) with the same limits and error masking as HTTP.
 */
import type { ProductModule } from '../graphql/product';
import { RoomEventsResolver } from './events.resolver';

export { createEventHub, type EventHub } from './hub';
export { createWsEdge, type WsEdge } from './ws-server';

/** `roomEvents` and `liveRoomEvents`: no loaders; the callbacks are the products' own. */
export const subscriptionsModule: ProductModule = {
  name: 'subscriptions',
  resolvers: [RoomEventsResolver],
  // Subscribing reads nothing; each event is priced as a request of its own by what it selects.
  costs: { Subscription: { roomEvents: { rooms: 1 }, liveRoomEvents: { rooms: 1 } } },
};
