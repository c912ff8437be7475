/**
 * What the WebSocket edge adds to /metrics: sockets open, operations by name, type and outcome
 * (refused before they ran, answered, or subscriptions started), subscriptions streaming, and
 * events delivered. Through a real gateway, a real socket and the emulator's signed callbacks.
 */
import { CreateCallbackConfigDocument, CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { listenerTracker, rawSocket, within } from '../subscriptions/helpers';
import { scrape, total, type Sample } from './helpers';

const OPS = 'roomgraph_graphql_ws_operations_total';
const EVENTS = 'roomgraph_subscription_events_total';
const ACTIVE = 'roomgraph_subscriptions_active';
const SOCKETS = 'roomgraph_websocket_connections';

const listeners = listenerTracker();
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '60000', ROOMGRAPH_MAX_DEPTH: '3' }, { onListeners: listeners.onListeners });
  const r = await t.exec(CreateCallbackConfigDocument, {
    input: { url: `${new URL(t.url).origin}/callbacks/tencent`, events: ['MEMBER_ENTERED'] },
  });
  expect(r.errors).toBeUndefined();
});
afterAll(() => t?.close());

async function samples(): Promise<Sample[]> {
  const s = await scrape(t);
  expect(s.status).toBe(200);
  return s.samples;
}

/** Polls /metrics until `ready` holds (the gauges move when graphql-ws's hooks run, after the messages). */
async function metricsUntil(ready: (s: Sample[]) => boolean, what: string): Promise<Sample[]> {
  return within((async () => {
    for (;;) {
      const s = await samples();
      if (ready(s)) return s;
      await new Promise((r) => setTimeout(r, 20));
    }
  })(), what);
}

describe('WebSocket metrics', () => {
  it('counts sockets, operations by outcome, subscriptions streaming and events delivered', async () => {
    const roomId = `ws-metrics-${process.pid}`;
    expect((await t.exec(CreateRoomDocument, { input: { id: roomId, ownerId: 'olga' } })).errors).toBeUndefined();
    const before = await samples();
    const delta = (after: Sample[], name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);

    const s = rawSocket(t.url, { Authorization: `Bearer ${t.userToken('wanda')}` });
    await within(s.acked, 'connection_ack');
    const send = (id: string, query: string, variables?: Record<string, unknown>) =>
      s.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
    send('q', 'query WhoAmI { viewer { userId } }');
    send('m', 'mutation Destroy { destroyRoom(id: "x") }');
    send('p', 'query Broken { viewer { userId }');
    send('v', 'query Nope { viewer { nope } }');
    send('d', 'query Deep { room(id: "x") { members { nodes { user { userId } } } } }');
    await s.until((ms) => ['q', 'm'].every((id) => ms.some((m) => m.id === id && m.type === 'complete'))
      && ['p', 'v', 'd'].every((id) => ms.some((m) => m.id === id && m.type === 'error')), 'five answers');

    send('s', 'subscription WatchRoom($roomId: ID!) { roomEvents(roomId: $roomId) { kind userIds } }', { roomId });
    await listeners.until(roomId, 1);
    const streaming = await metricsUntil((m) => delta(m, ACTIVE) === 1, 'one subscription streaming');
    expect(delta(streaming, SOCKETS)).toBe(1);

    await t.emulator.enter(roomId, 'mia');
    await s.until((ms) => ms.some((m) => m.id === 's' && m.type === 'next'), 'the event');
    const after = await metricsUntil((m) => delta(m, EVENTS, { operation: 'WatchRoom', outcome: 'OK' }) === 1, 'the event counted');

    expect(delta(after, OPS, { operation: 'WhoAmI', type: 'query', outcome: 'OK' })).toBe(1);
    expect(delta(after, OPS, { operation: 'Destroy', type: 'mutation', outcome: 'FORBIDDEN' })).toBe(1);
    // A document that does not parse has no operation to name (none was sent) or type.
    expect(delta(after, OPS, { operation: 'anonymous', type: 'unknown', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(delta(after, OPS, { operation: 'Nope', type: 'query', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta(after, OPS, { operation: 'Deep', type: 'query', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta(after, OPS, { operation: 'WatchRoom', type: 'subscription', outcome: 'OK' })).toBe(1);
    expect(delta(after, OPS)).toBe(6);
    // WebSocket operations are not HTTP requests.
    expect(delta(after, 'roomgraph_graphql_request_duration_seconds_count', { operation: 'WhoAmI' })).toBe(0);

    // The client completes the subscription: no longer streaming; the socket closes: none open.
    s.ws.send(JSON.stringify({ id: 's', type: 'complete' }));
    await metricsUntil((m) => delta(m, ACTIVE) === 0, 'the subscription ended');
    s.ws.close();
    await s.closed;
    await metricsUntil((m) => delta(m, SOCKETS) === 0, 'the socket counted closed');
  });

  it('stops counting a subscription whose socket closes under it', async () => {
    const roomId = `ws-metrics-close-${process.pid}`;
    expect((await t.exec(CreateRoomDocument, { input: { id: roomId, ownerId: 'olga' } })).errors).toBeUndefined();
    const before = await samples();
    const s = rawSocket(t.url, { Authorization: `Bearer ${t.userToken('wanda')}` });
    await within(s.acked, 'connection_ack');
    s.ws.send(JSON.stringify({ id: 's', type: 'subscribe', payload: { query: `subscription { roomEvents(roomId: "${roomId}") { kind } }` } }));
    await listeners.until(roomId, 1);
    await metricsUntil((m) => total(m, ACTIVE) === total(before, ACTIVE) + 1, 'one subscription streaming');
    s.ws.terminate();
    const after = await metricsUntil((m) => total(m, ACTIVE) === total(before, ACTIVE) && total(m, SOCKETS) === total(before, SOCKETS), 'nothing left open');
    expect(total(after, OPS, { operation: 'anonymous', type: 'subscription', outcome: 'OK' }) - total(before, OPS, { operation: 'anonymous', type: 'subscription', outcome: 'OK' })).toBe(1);
  });
});
