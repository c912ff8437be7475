/**
 * `liveRoomEvents` end to end: a graphql-ws client subscribes to a live room; viewers' apps (the
 * emulator's control API) and the gateway's Live mutations make things happen; the emulator's
 * Live callbacks (live_config) and seat callbacks (room_config) reach the gateway.
 */
import {
  ChangeLiveRoomOwnerDocument, CreateBattleDocument, CreateCallbackConfigDocument, CreateLiveCallbackConfigDocument,
  DeleteLiveRoomMetadataDocument, DestroyLiveRoomDocument, LiveRoomEventsDocument, SendLiveTextMessageDocument,
  SetLiveRoomMetadataDocument, UpdateLiveRoomDocument, type LiveRoomEventsSubscription,
} from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive, fresh } from '../live/helpers';
import { connect, listenerTracker, subscribe, type Connected } from './helpers';

type Event = LiveRoomEventsSubscription['liveRoomEvents'];

const listeners = listenerTracker();
let t: TestGateway;
let c: Connected;

beforeAll(async () => {
  t = await startTestGateway({}, { onListeners: listeners.onListeners });
  const url = `${new URL(t.url).origin}/callbacks/tencent`;
  const live = await t.exec(CreateLiveCallbackConfigDocument, {
    input: {
      url,
      events: [
        'ROOM_CREATED', 'ROOM_DESTROYED', 'ROOM_INFO_UPDATED', 'MEMBER_STATE_CHANGED', 'METADATA_SET', 'METADATA_DELETED',
        'BATTLE_CREATED', 'BATTLE_STARTED', 'OWNER_CHANGED', 'MESSAGE_SENT',
      ],
    },
  });
  expect(live.errors).toBeUndefined();
  const conference = await t.exec(CreateCallbackConfigDocument, { input: { url, events: ['SEAT_INFO_CHANGED'] } });
  expect(conference.errors).toBeUndefined();
  c = await connect(t.url, t.userToken('fan'));
});
afterAll(async () => {
  await c?.dispose();
  await t?.close();
});

async function watchedLiveRoom(kinds?: Event['kind'][]) {
  const id = fresh('sub-live');
  await createLive(t, id, { ownerId: 'host1' });
  const sub = subscribe(c.client, LiveRoomEventsDocument, { roomId: id, kinds });
  await listeners.until(id, 1);
  return { id, sub };
}

const ok = async (p: Promise<{ errors?: unknown }>) => expect((await p).errors).toBeUndefined();

describe('liveRoomEvents', () => {
  it('delivers MEMBER_STATE_CHANGED as ONLINE, then OFFLINE with reason LEAVE, as a viewer comes and goes', async () => {
    const { id, sub } = await watchedLiveRoom();
    await t.emulator.enter(id, 'viewer1');
    expect((await sub.next()).liveRoomEvents).toMatchObject({
      kind: 'MEMBER_STATE_CHANGED', roomId: id, userIds: ['viewer1'], memberState: 'ONLINE', leaveReason: null,
    });
    await t.emulator.leave(id, 'viewer1');
    expect((await sub.next()).liveRoomEvents).toMatchObject({
      kind: 'MEMBER_STATE_CHANGED', userIds: ['viewer1'], memberState: 'OFFLINE', leaveReason: 'LEAVE',
    });
    sub.stop();
  });

  it('delivers METADATA_SET with the entries and METADATA_DELETED with the keys', async () => {
    const { id, sub } = await watchedLiveRoom();
    await ok(t.exec(SetLiveRoomMetadataDocument, { input: { roomId: id, entries: [{ key: 'song', value: 'Blue' }, { key: 'poll', value: '1' }] } }));
    expect((await sub.next()).liveRoomEvents).toMatchObject({
      kind: 'METADATA_SET', metadata: [{ key: 'song', value: 'Blue' }, { key: 'poll', value: '1' }], metadataKeys: ['song', 'poll'],
    });
    await ok(t.exec(DeleteLiveRoomMetadataDocument, { input: { roomId: id, keys: ['poll'] } }));
    expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'METADATA_DELETED', metadata: [], metadataKeys: ['poll'] });
    sub.stop();
  });

  it('delivers ROOM_INFO_UPDATED, OWNER_CHANGED and ROOM_DESTROYED for the Live mutations', async () => {
    const { id, sub } = await watchedLiveRoom();
    await ok(t.exec(UpdateLiveRoomDocument, { input: { id, name: 'Late show' } }));
    expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'ROOM_INFO_UPDATED', roomId: id, roomName: 'Late show' });
    await ok(t.exec(ChangeLiveRoomOwnerDocument, { input: { roomId: id, newOwnerId: 'host2' } }));
    expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'OWNER_CHANGED', ownerId: 'host2', previousOwnerId: 'host1' });
    await ok(t.exec(DestroyLiveRoomDocument, { id }));
    expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'ROOM_DESTROYED', roomId: id, roomName: 'Late show' });
    sub.stop();
  });

  it('delivers MESSAGE_SENT with the sender and the text', async () => {
    const { id, sub } = await watchedLiveRoom();
    await ok(t.exec(SendLiveTextMessageDocument, { input: { roomId: id, senderId: 'host1', text: 'hello room' } }));
    const e = (await sub.next()).liveRoomEvents;
    expect(e).toMatchObject({ kind: 'MESSAGE_SENT', roomId: id, message: { senderId: 'host1', text: 'hello room' } });
    expect(e.message!.sequence).toBeGreaterThan(0);
    sub.stop();
  });

  it('delivers BATTLE_CREATED and BATTLE_STARTED to each room of the battle', async () => {
    const a = await watchedLiveRoom();
    const b = await watchedLiveRoom();
    const r = await t.exec(CreateBattleDocument, { input: { fromRoomId: a.id, toRoomIds: [b.id], durationSeconds: 60 } });
    expect(r.errors).toBeUndefined();
    for (const s of [a.sub, b.sub]) {
      expect((await s.next()).liveRoomEvents).toMatchObject({ kind: 'BATTLE_CREATED', battleRoomIds: [a.id, b.id] });
      const started = (await s.next()).liveRoomEvents;
      expect(started).toMatchObject({ kind: 'BATTLE_STARTED', battleRoomIds: [a.id, b.id] });
      expect(started.battleId).toBeTruthy();
      s.stop();
    }
  });

  it('delivers seat changes of a live room (SEAT_INFO_CHANGED), and only the kinds asked for', async () => {
    const { id, sub } = await watchedLiveRoom(['SEAT_INFO_CHANGED']);
    await t.emulator.enter(id, 'singer');
    await t.emulator.takeSeat(id, 1, 'singer');
    expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'SEAT_INFO_CHANGED', seats: [{ index: 1, userId: 'singer' }] });
    expect(sub.events).toHaveLength(1);
    sub.stop();
  });
});
