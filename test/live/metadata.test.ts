/** A live room's metadata through GraphQL: read all or some keys, set, delete, and the limits. */
import { DeleteLiveRoomMetadataDocument, LiveRoomMetadataDocument, SetLiveRoomMetadataDocument } from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const set = (roomId: string, entries: { key: string; value: string }[]) => t.exec(SetLiveRoomMetadataDocument, { input: { roomId, entries } });

describe('live room metadata', () => {
  it('sets keys, reads all or some of them, and deletes them', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    const r = await set(roomId, [{ key: 'song', value: 'Yesterday' }, { key: 'poll', value: '{"q":"tea?"}' }]);
    expect(r.errors).toBeUndefined();
    expect(r.data!.setLiveRoomMetadata.metadata).toEqual([{ key: 'song', value: 'Yesterday' }, { key: 'poll', value: '{"q":"tea?"}' }]);
    await set(roomId, [{ key: 'song', value: 'Let it be' }]);
    const some = await t.exec(LiveRoomMetadataDocument, { id: roomId, keys: ['poll', 'nope', 'song'] });
    expect(some.data!.liveRoom!.metadata).toEqual([{ key: 'poll', value: '{"q":"tea?"}' }, { key: 'song', value: 'Let it be' }]);
    const del = await t.exec(DeleteLiveRoomMetadataDocument, { input: { roomId, keys: ['song'] } });
    expect(del.data!.deleteLiveRoomMetadata.metadata).toEqual([{ key: 'poll', value: '{"q":"tea?"}' }]);
    expect((await t.exec(LiveRoomMetadataDocument, { id: roomId })).data!.liveRoom!.metadata).toEqual([{ key: 'poll', value: '{"q":"tea?"}' }]);
  });

  it('reads a room\'s metadata once, whatever keys the query asks for', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    const m = await t.raw(`mutation($roomId: ID!) { setLiveRoomMetadata(input: { roomId: $roomId, entries: [{ key: "a", value: "1" }, { key: "b", value: "2" }] }) { id } }`, { roomId });
    expect(m.errors).toBeUndefined();
    await t.emulator.resetCalls();
    const r = await t.raw(`query($id: ID!) { liveRoom(id: $id) { a: metadata(keys: ["a"]) { value } b: metadata(keys: ["b"]) { value } all: metadata { key } } }`, { id: roomId });
    expect(r.data.liveRoom).toEqual({ a: [{ value: '1' }], b: [{ value: '2' }], all: [{ key: 'a' }, { key: 'b' }] });
    expect(await t.emulator.calls()).toEqual({ 'live_engine_http_srv/get_room_metadata': 1 });
  });

  it.each([
    ['11 keys', Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: 'v' })), 'input.entries'],
    ['no keys', [], 'input.entries'],
    ['a key over 50 bytes', [{ key: 'k'.repeat(51), value: 'v' }], 'input.entries[0].key'],
    ['a value over 2048 bytes', [{ key: 'a', value: 'v' }, { key: 'b', value: 'é'.repeat(1025) }], 'input.entries[1].value'],
    ['values over 16384 bytes together', Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat(2048) })), 'input.entries'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, entries, field) => {
    expectBadInput(await withoutUpstream(t, () => set('any-room', entries)), field);
  });

  it('answers BAD_USER_INPUT naming the key before any upstream call when deleting a key over 50 bytes, or none', async () => {
    expectBadInput(await withoutUpstream(t, () => t.exec(DeleteLiveRoomMetadataDocument, { input: { roomId: 'r', keys: ['ok', 'k'.repeat(51)] } })), 'input.keys[1]');
    expectBadInput(await withoutUpstream(t, () => t.exec(DeleteLiveRoomMetadataDocument, { input: { roomId: 'r', keys: [] } })), 'input.keys');
  });

  it('answers BAD_USER_INPUT with errorCode 100002 when the room would hold more than 10 keys', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    await set(roomId, Array.from({ length: 8 }, (_, i) => ({ key: `k${i}`, value: 'v' })));
    const e = onlyError(await set(roomId, [{ key: 'x', value: '1' }, { key: 'y', value: '2' }, { key: 'z', value: '3' }]));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });

  it('answers NOT_FOUND for a room that does not exist, and FORBIDDEN for a non-admin', async () => {
    const e = onlyError(await set(fresh('missing'), [{ key: 'a', value: '1' }]));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    const f = await withoutUpstream(t, () =>
      t.exec(SetLiveRoomMetadataDocument, { input: { roomId: 'r', entries: [{ key: 'a', value: '1' }] } }, t.userToken('viewer1')),
    );
    expect(onlyError(f).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers BAD_USER_INPUT naming the key, without reading the metadata, when a read asks for a key over 50 bytes', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    await t.emulator.resetCalls();
    const r = await t.exec(LiveRoomMetadataDocument, { id: roomId, keys: ['k'.repeat(51)] });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keys[0]' });
    expect(await t.emulator.calls()).toEqual({}); // the room itself was cached by createLiveRoom's answer
  });
});
