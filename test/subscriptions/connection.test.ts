/**
 * The WebSocket edge: who may connect (the UserSig in connection_init, as on HTTP), what closes a
 * socket and with which code, the limits per connection and per user, the query limits and error
 * masking that HTTP applies, and a graceful shutdown.
 */
import { genUserSig } from '../../src/wire/usersig';
import { RoomEventsDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { connect, listenerTracker, rawSocket, subscribe, within } from './helpers';

const listeners = listenerTracker();
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway(
    { ROOMGRAPH_WS_MAX_SUBSCRIPTIONS: '2', ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER: '2', ROOMGRAPH_MAX_DEPTH: '3' },
    { onListeners: listeners.onListeners },
  );
});
afterAll(() => t?.close());

describe('authentication', () => {
  it.each([
    ['no connection_init payload', undefined, /send \{"Authorization": "Bearer <UserSig>"\} in connection_init/],
    ['a payload without a token', { hello: 1 }, /send \{"Authorization": "Bearer <UserSig>"\}/],
    ['a token that is not a bearer', { Authorization: 'Basic abc' }, /must be "Bearer <UserSig>"/],
    ['a token that is not a UserSig', { Authorization: 'Bearer nonsense' }, /not a UserSig/],
    ['a token signed with another secret', {
      Authorization: `Bearer ${genUserSig({ sdkAppId: 1400000001, secretKey: 'not-the-secret', identifier: 'eve' })}`,
    }, /signature does not verify|another SDKAppID/],
  ])('closes the socket with 4401 and the reason for %s', async (_what, payload, reason) => {
    const s = rawSocket(t.url, payload);
    const closed = await s.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^Not authenticated: /);
    expect(closed.reason).toMatch(reason);
    expect(s.messages).toEqual([]);
  });

  it('accepts the token as `authorization` too, and answers queries over the socket with the HTTP rules', async () => {
    const s = rawSocket(t.url, { authorization: `Bearer ${t.userToken('lee')}` });
    await within(s.acked, 'connection_ack');
    s.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ viewer { userId isAdmin } }' } }));
    s.ws.send(JSON.stringify({ id: '2', type: 'subscribe', payload: { query: 'mutation { destroyRoom(id: "x") }' } }));
    await s.until((ms) => ms.filter((m) => m.type === 'complete').length === 2, 'both answers');
    expect(s.messages.find((m) => m.id === '1' && m.type === 'next').payload).toEqual({ data: { viewer: { userId: 'lee', isAdmin: false } } });
    const denied = s.messages.find((m) => m.id === '2' && m.type === 'next').payload;
    expect(denied.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
    s.ws.close();
  });

  it('closes with 4401 and "has expired" at connection_init for an expired token', async () => {
    const expired = genUserSig({
      sdkAppId: t.gw.config.tencent.sdkAppId, secretKey: t.gw.config.tencent.secretKey.reveal(), identifier: 'old',
      now: Math.floor(Date.now() / 1000) - 120, expireSeconds: 60,
    });
    const closed = await rawSocket(t.url, { Authorization: `Bearer ${expired}` }).closed;
    expect(closed).toEqual({ code: 4401, reason: 'Not authenticated: the bearer token has expired' });
  });

  it('closes an open connection with 4401 when its token expires, ending its subscriptions', async () => {
    const c = await connect(t.url, t.gw.tokenFor('brief', 1));
    const sub = subscribe(c.client, RoomEventsDocument, { roomId: 'expiring-room' });
    await listeners.until('expiring-room', 1);
    const closed = await within(c.closed, 'the expiry close', 5000);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toBe('Not authenticated: the bearer token expired while connected; reconnect with a new one');
    await listeners.until('expiring-room', 0);
    expect(sub.events).toEqual([]);
  });
});

describe('limits', () => {
  it('refuses a subscription past ROOMGRAPH_WS_MAX_SUBSCRIPTIONS on one connection with TOO_MANY_SUBSCRIPTIONS, keeping the others', async () => {
    const c = await connect(t.url, t.userToken('many'));
    const first = subscribe(c.client, RoomEventsDocument, { roomId: 'limit-a' });
    const second = subscribe(c.client, RoomEventsDocument, { roomId: 'limit-b' });
    await listeners.until('limit-a', 1);
    await listeners.until('limit-b', 1);
    const third = subscribe(c.client, RoomEventsDocument, { roomId: 'limit-c' });
    const errors = await within(third.ended, 'the refusal');
    expect(errors).toEqual([{
      message: 'Too many subscriptions on this connection: the limit is 2 (ROOMGRAPH_WS_MAX_SUBSCRIPTIONS); complete one first',
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
    }]);
    expect(listeners.count('limit-a')).toBe(1);
    first.stop();
    await listeners.until('limit-a', 0);
    const again = subscribe(c.client, RoomEventsDocument, { roomId: 'limit-c' });
    await listeners.until('limit-c', 1);
    for (const s of [second, again]) s.stop();
    await c.dispose();
  });

  it('closes a connection past ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER with 4429, and lets the user in again once one closed', async () => {
    const token = t.userToken('busy');
    const a = await connect(t.url, token);
    const b = await connect(t.url, token);
    const other = await connect(t.url, t.userToken('idle')); // another user's count is their own
    const third = rawSocket(t.url, { Authorization: `Bearer ${token}` });
    expect(await third.closed).toEqual({
      code: 4429, reason: 'Too many connections: the limit is 2 per user (ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER)',
    });
    await a.dispose();
    await a.closed;
    // The server counts the close once it sees it: retry until it has.
    let ack = false;
    for (let i = 0; i < 50 && !ack; i++) {
      const s = rawSocket(t.url, { Authorization: `Bearer ${token}` });
      ack = await Promise.race([s.acked.then(() => true), s.closed.then(() => false)]);
      s.ws.close();
    }
    expect(ack).toBe(true);
    await b.dispose();
    await other.dispose();
  });

  it('applies the query depth limit and masks errors on subscription operations as over HTTP', async () => {
    const c = await connect(t.url, t.userToken('deep'));
    const deep = subscribe(c.client, 'subscription { roomEvents(roomId: "r") { seats { member { seat { index } } } } }', {});
    expect(await within(deep.ended, 'the refusal')).toEqual([
      expect.objectContaining({ message: 'Query is deeper than the limit of 3 levels', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    const empty = subscribe(c.client, RoomEventsDocument, { roomId: '' });
    expect(await within(empty.ended, 'the refusal')).toEqual([
      expect.objectContaining({ message: 'roomId must not be empty', extensions: { code: 'BAD_USER_INPUT', field: 'roomId' } }),
    ]);
    await c.dispose();
  });

  it('answers a subscription sent over HTTP with an error pointing at WebSocket', async () => {
    const r = await t.raw('subscription { roomEvents(roomId: "r") { kind } }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({
      message: 'Subscriptions are served over WebSocket (graphql-ws) at the same /graphql URL, not over HTTP',
      extensions: { code: 'BAD_REQUEST' },
    })]);
  });
});

describe('shutdown', () => {
  it('closes open sockets with 1001 and a reason when the gateway closes, before the HTTP server', async () => {
    const own = await startTestGateway();
    const c = await connect(own.url, own.adminToken);
    const sub = subscribe(c.client, RoomEventsDocument, { roomId: 'closing-room' });
    const closing = own.close();
    const closed = await within(c.closed, 'the shutdown close');
    await within(closing, 'the gateway to close');
    expect(closed).toEqual({ code: 1001, reason: 'roomgraph is shutting down; reconnect' });
    expect(sub.events).toEqual([]);
  });
});
