/**
 * Subscriptions across instances: two gateways in Tencent mode over one standalone emulator
 * (their "Tencent") and the real Redis. Tencent calls back instance A only; subscribers on B (and
 * on A) get each event exactly once, over Redis pub/sub. A duplicate callback reaching either
 * instance is dropped by the seen-set they share. A subscriber that falls too far behind is
 * dropped with SLOW_CONSUMER.
 *
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); without one this suite fails.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { createClient } from '@keyv/redis';
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { print } from 'graphql';
import { CreateCallbackConfigDocument, CreateRoomDocument, RoomEventsDocument } from '../generated/operations';
import { emulatorControl } from '../helpers/gateway';
import { connect, listenerTracker, postCallback, subscribe, within, type Connected } from './helpers';

const CALLBACK_TOKEN = 'subscriptions-callback-token-5e1f';
const APP = { sdkAppId: 1400000077, secretKey: 'subscriptions-secret-7a3c', adminIds: ['ops-admin'], callbackToken: CALLBACK_TOKEN };
const run = `${process.pid}-${Date.now()}`;
// Its own namespace: the event channel is derived from it, so parallel suites do not cross-talk.
const NAMESPACE = `roomgraph-test-subs-${run}`;

const env = (emulator: RunningEmulator): Record<string, string> => ({
  TRTC_SDKAPPID: String(APP.sdkAppId),
  TRTC_SECRET_KEY: APP.secretKey,
  TRTC_ADMIN_ID: APP.adminIds[0],
  TRTC_BASE_URL: emulator.url,
  ROOMGRAPH_CACHE_URL: REDIS_URL,
  ROOMGRAPH_CACHE_NAMESPACE: NAMESPACE,
  ROOMGRAPH_CALLBACK_TOKEN: CALLBACK_TOKEN,
  ROOMGRAPH_PORT: '0',
  ROOMGRAPH_LOG_LEVEL: 'silent',
});

async function gql(gw: Gateway, query: string, variables: unknown) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.tokenFor(APP.adminIds[0])}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return json.data;
}

describe('subscriptions across two gateways sharing Redis', () => {
  let emulator: RunningEmulator;
  let a: Gateway;
  let b: Gateway;
  const onA = listenerTracker();
  const onB = listenerTracker();
  let clientA: Connected;
  let clientB: Connected;
  let n = 0;

  beforeAll(async () => {
    await requireRedis();
    emulator = await startEmulator({ apps: [APP] });
    [a, b] = await Promise.all([
      createGateway(loadConfig(env(emulator)), { onListeners: onA.onListeners }),
      createGateway(loadConfig(env(emulator)), { onListeners: onB.onListeners }),
    ]);
    // Tencent calls back instance A only.
    await gql(a, print(CreateCallbackConfigDocument), {
      input: { url: `${new URL(a.url).origin}/callbacks/tencent`, events: ['MEMBER_ENTERED', 'MEMBER_LEFT'] },
    });
    [clientA, clientB] = await Promise.all([connect(a.url, a.tokenFor('ann')), connect(b.url, b.tokenFor('ben'))]);
  });
  afterAll(async () => {
    await Promise.all([clientA?.dispose(), clientB?.dispose()]);
    await Promise.all([a?.close(), b?.close()]);
    await emulator?.close();
  });

  async function room(): Promise<string> {
    const id = `subs-${run}-${++n}`;
    await gql(a, print(CreateRoomDocument), { input: { id, ownerId: 'olga' } });
    return id;
  }

  it("delivers a callback received by A to B's subscriber within a second, exactly once (and to A's, once)", async () => {
    const id = await room();
    const onInstanceB = subscribe(clientB.client, RoomEventsDocument, { roomId: id });
    const onInstanceA = subscribe(clientA.client, RoomEventsDocument, { roomId: id });
    await Promise.all([onB.until(id, 1), onA.until(id, 1)]);
    const started = Date.now();
    await emulatorControl(emulator.url).enter(id, 'remote');
    expect((await within(onInstanceB.next(), 'the event on B', 1000)).roomEvents).toMatchObject({
      kind: 'MEMBER_ENTERED', roomId: id, userIds: ['remote'],
    });
    expect(Date.now() - started).toBeLessThan(1000);
    // A later event: once it is here, a second copy of the first would have been too.
    await emulatorControl(emulator.url).leave(id, 'remote');
    expect((await onInstanceB.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['remote'] });
    expect((await onInstanceA.next()).roomEvents).toMatchObject({ kind: 'MEMBER_ENTERED', userIds: ['remote'] });
    expect((await onInstanceA.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['remote'] });
    for (const s of [onInstanceB, onInstanceA]) {
      expect(s.events.map((e) => e.roomEvents.kind)).toEqual(['MEMBER_ENTERED', 'MEMBER_LEFT']);
      s.stop();
    }
  });

  it('delivers a callback Tencent sent to both instances once, by the seen-set they share in Redis', async () => {
    const id = await room();
    const sub = subscribe(clientB.client, RoomEventsDocument, { roomId: id });
    await onB.until(id, 1);
    const body = { RoomId: id, MemberList_Account: ['twice'], MemberCount: 1, Type: 'Enter', EventTime: Date.now() };
    expect(await postCallback(a.url, APP.sdkAppId, CALLBACK_TOKEN, 'Room.CallbackAfterMemberEnter', body)).toBe(200);
    expect(await postCallback(b.url, APP.sdkAppId, CALLBACK_TOKEN, 'Room.CallbackAfterMemberEnter', body)).toBe(200);
    const sentinel = { ...body, MemberList_Account: ['after'], EventTime: body.EventTime + 1 };
    expect(await postCallback(b.url, APP.sdkAppId, CALLBACK_TOKEN, 'Room.CallbackAfterMemberEnter', sentinel)).toBe(200);
    expect((await sub.next()).roomEvents.userIds).toEqual(['twice']);
    expect((await sub.next()).roomEvents.userIds).toEqual(['after']);
    expect(sub.events).toHaveLength(2);
    sub.stop();
  });

  it('drops a subscriber that falls more than 100 events behind with SLOW_CONSUMER, and stops buffering for it', async () => {
    const id = await room();
    const slow = subscribe(clientB.client, RoomEventsDocument, { roomId: id });
    await onB.until(id, 1);
    // A burst no socket drains in time: 150 events for the room in one message on the shared channel
    // (the hub hands them out in one go, as it does a burst of callbacks arriving together).
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      const event = (i: number) => ({
        scope: 'conference',
        event: {
          kind: 'MEMBER_ENTERED', roomId: id, at: new Date().toISOString(), operatorId: null, userIds: [`u${i}`], memberCount: i,
          memberState: null, leaveReason: null, removalReason: null, seats: [], roomName: null, ownerId: null, previousOwnerId: null,
          metadata: [], metadataKeys: [], battleId: null, battleRoomIds: [], message: null,
        },
      });
      const channel = `${NAMESPACE}:events:${APP.sdkAppId}`;
      await redis.publish(channel, JSON.stringify({ v: 1, events: Array.from({ length: 150 }, (_, i) => event(i)) }));
    } finally {
      await redis.close();
    }
    expect(await within(slow.ended, 'the drop')).toEqual([{
      message: 'Subscription dropped: this client fell more than 100 events behind; subscribe again and re-query what it shows',
      extensions: { code: 'SLOW_CONSUMER' },
    }]);
    await onB.until(id, 0);
    expect(slow.events.length).toBeLessThan(150);
    // The connection itself stays usable.
    const again = subscribe(clientB.client, RoomEventsDocument, { roomId: id });
    await onB.until(id, 1);
    again.stop();
  });
});
