/**
 * `roomEvents` end to end: a graphql-ws client over a real WebSocket subscribes to a Conference
 * room; the emulator's control API (what members' apps do) and the gateway's REST mutations make
 * things happen; the emulator's signed callbacks reach the gateway, which invalidates and then
 * publishes. One gateway, in-process event bus.
 */
import {
  CreateCallbackConfigDocument, CreateRoomDocument, DestroyRoomDocument, KickMembersDocument, LockSeatDocument,
  RoomEventsDocument, RoomMembersDocument, UpdateRoomDocument, type RoomEventsSubscription,
} from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { connect, listenerTracker, postCallback, subscribe, type Connected } from './helpers';

type Event = RoomEventsSubscription['roomEvents'];

const listeners = listenerTracker();
let t: TestGateway;
let c: Connected;
let n = 0;
const fresh = () => `sub-${process.pid}-${++n}`;

beforeAll(async () => {
  // A long TTL: only the callback's invalidation can make a re-query fresh.
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '60000' }, { onListeners: listeners.onListeners });
  const r = await t.exec(CreateCallbackConfigDocument, {
    input: {
      url: `${new URL(t.url).origin}/callbacks/tencent`,
      events: ['ROOM_CREATED', 'ROOM_DESTROYED', 'ROOM_INFO_UPDATED', 'MEMBER_ENTERED', 'MEMBER_LEFT', 'SEAT_INFO_CHANGED'],
    },
  });
  expect(r.errors).toBeUndefined();
  c = await connect(t.url, t.userToken('watcher'));
});
afterAll(async () => {
  await c?.dispose();
  await t?.close();
});

/** A room through createRoom, and a subscription to its events the server already listens for. */
async function watchedRoom(input: Record<string, unknown> = {}, kinds?: Event['kind'][]) {
  const id = fresh();
  expect((await t.exec(CreateRoomDocument, { input: { id, ownerId: 'olga', ...input } })).errors).toBeUndefined();
  const sub = subscribe(c.client, RoomEventsDocument, { roomId: id, kinds });
  await listeners.until(id, 1);
  return { id, sub };
}

describe('roomEvents', () => {
  it('delivers MEMBER_ENTERED and MEMBER_LEFT with reason LEAVE when members come and go through their apps', async () => {
    const { id, sub } = await watchedRoom();
    await t.emulator.enter(id, 'mia');
    expect((await sub.next()).roomEvents).toMatchObject({
      kind: 'MEMBER_ENTERED', roomId: id, userIds: ['mia'], memberCount: 1, operatorId: 'mia', leaveReason: null, seats: [],
    });
    await t.emulator.leave(id, 'mia');
    const left = (await sub.next()).roomEvents;
    expect(left).toMatchObject({ kind: 'MEMBER_LEFT', roomId: id, userIds: ['mia'], memberCount: 0, leaveReason: 'LEAVE' });
    expect(Date.parse(left.at)).toBeGreaterThan(Date.now() - 60_000);
    sub.stop();
  });

  it('delivers MEMBER_LEFT with reason KICKED and the reason given when an admin kicks members', async () => {
    const { id, sub } = await watchedRoom();
    await t.emulator.enter(id, 'kim');
    await sub.next();
    const r = await t.exec(KickMembersDocument, { input: { roomId: id, userIds: ['kim'], reason: 'spam' } });
    expect(r.errors).toBeUndefined();
    expect((await sub.next()).roomEvents).toMatchObject({
      kind: 'MEMBER_LEFT', userIds: ['kim'], leaveReason: 'KICKED', removalReason: 'spam', operatorId: t.gw.config.tencent.adminId,
    });
    sub.stop();
  });

  it('delivers SEAT_INFO_CHANGED with each changed seat as it is now, from a client and from lockSeat', async () => {
    const { id, sub } = await watchedRoom({ isSeatEnabled: true, maxSeatCount: 3 });
    await t.emulator.enter(id, 'sam');
    await sub.next();
    await t.emulator.takeSeat(id, 2, 'sam');
    expect((await sub.next()).roomEvents).toMatchObject({
      kind: 'SEAT_INFO_CHANGED', seats: [{ index: 2, userId: 'sam', isLocked: false }],
    });
    expect((await t.exec(LockSeatDocument, { input: { roomId: id, index: 0, locked: true } })).errors).toBeUndefined();
    const locked = (await sub.next()).roomEvents;
    expect(locked.seats).toEqual([{ id: `${id}:0`, index: 0, userId: null, isLocked: true }]);
    sub.stop();
  });

  it('delivers ROOM_INFO_UPDATED and then ROOM_DESTROYED for updateRoom and destroyRoom', async () => {
    const { id, sub } = await watchedRoom();
    expect((await t.exec(UpdateRoomDocument, { input: { id, name: 'Renamed' } })).errors).toBeUndefined();
    expect((await sub.next()).roomEvents).toMatchObject({ kind: 'ROOM_INFO_UPDATED', roomId: id, roomName: 'Renamed', ownerId: 'olga' });
    expect((await t.exec(DestroyRoomDocument, { id })).errors).toBeUndefined();
    expect((await sub.next()).roomEvents).toMatchObject({ kind: 'ROOM_DESTROYED', roomId: id });
    sub.stop();
  });

  it('delivers ROOM_CREATED to a subscriber that was waiting for the room', async () => {
    const id = fresh();
    const sub = subscribe(c.client, RoomEventsDocument, { roomId: id });
    await listeners.until(id, 1);
    expect((await t.exec(CreateRoomDocument, { input: { id, name: 'Standup', ownerId: 'olga' } })).errors).toBeUndefined();
    expect((await sub.next()).roomEvents).toMatchObject({ kind: 'ROOM_CREATED', roomId: id, roomName: 'Standup', ownerId: 'olga' });
    sub.stop();
  });

  it("delivers only the subscribed room's events, and only the kinds asked for", async () => {
    const a = await watchedRoom();
    const b = await watchedRoom();
    const onlyLeaves = subscribe(c.client, RoomEventsDocument, { roomId: a.id, kinds: ['MEMBER_LEFT'] });
    await listeners.until(a.id, 2);
    await t.emulator.enter(b.id, 'bea');
    await t.emulator.enter(a.id, 'abe');
    await t.emulator.leave(a.id, 'abe');
    expect((await a.sub.next()).roomEvents).toMatchObject({ kind: 'MEMBER_ENTERED', userIds: ['abe'] });
    expect((await a.sub.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['abe'] });
    expect((await onlyLeaves.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['abe'] });
    expect((await b.sub.next()).roomEvents).toMatchObject({ kind: 'MEMBER_ENTERED', userIds: ['bea'] });
    expect(a.sub.events.map((e) => e.roomEvents.roomId)).toEqual([a.id, a.id]);
    expect(onlyLeaves.events).toHaveLength(1);
    expect(b.sub.events).toHaveLength(1);
    for (const s of [a.sub, b.sub, onlyLeaves]) s.stop();
  });

  it('publishes after the invalidation: a re-query in the event handler sees the member, despite a warm cache', async () => {
    const { id, sub } = await watchedRoom();
    const before = await t.exec(RoomMembersDocument, { roomId: id }); // now cached for a minute
    expect(before.data!.room!.members!.edges).toEqual([]);
    await t.emulator.enter(id, 'fay');
    await sub.next();
    const after = await t.exec(RoomMembersDocument, { roomId: id });
    expect(after.data!.room!.members!.edges.map((e) => e.node.userId)).toEqual(['fay']);
    expect(after.data!.room!.memberCount).toBe(1);
    sub.stop();
  });

  it('delivers a callback Tencent sends twice (same command and body) once', async () => {
    const { id, sub } = await watchedRoom();
    const { sdkAppId } = t.gw.config.tencent;
    const token = t.gw.config.callbacks.token!.reveal();
    const body = { RoomId: id, MemberList_Account: ['dup'], MemberCount: 1, Type: 'Enter', EventTime: Date.now() };
    expect(await postCallback(t.url, sdkAppId, token, 'Room.CallbackAfterMemberEnter', body)).toBe(200);
    expect(await postCallback(t.url, sdkAppId, token, 'Room.CallbackAfterMemberEnter', body)).toBe(200);
    // A different event after them: once it is here, a duplicate would have been too.
    const sentinel = { ...body, MemberList_Account: ['next'], EventTime: body.EventTime + 1 };
    expect(await postCallback(t.url, sdkAppId, token, 'Room.CallbackAfterMemberEnter', sentinel)).toBe(200);
    expect((await sub.next()).roomEvents.userIds).toEqual(['dup']);
    expect((await sub.next()).roomEvents.userIds).toEqual(['next']);
    expect(sub.events).toHaveLength(2);
    sub.stop();
  });

  it('stops listening when the client completes its subscription', async () => {
    const { id, sub } = await watchedRoom();
    sub.stop();
    await listeners.until(id, 0);
  });
});
