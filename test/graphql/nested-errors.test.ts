/**
 * A bad argument on a nested field nulls that field alone, with its error at its path: the room
 * it hangs on, and every other field of it, still answer (schema-shape.test.ts checks that every
 * such field is nullable; this runs the real thing).
 */
import { CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive } from '../live/helpers';

let t: TestGateway;
const roomId = `nested-${process.pid}`;
const liveId = `nested-live-${process.pid}`;
beforeAll(async () => {
  t = await startTestGateway();
  expect((await t.exec(CreateRoomDocument, { input: { id: roomId, name: 'Nested' } })).errors).toBeUndefined();
  await t.emulator.enter(roomId, 'alice');
  await createLive(t, liveId, { name: 'Nested live' });
});
afterAll(() => t.close());

const errorsByPath = (errors: { path?: (string | number)[]; extensions?: Record<string, any> }[] | undefined) =>
  Object.fromEntries((errors ?? []).map((e) => [e.path!.join('.'), [e.extensions!.code, e.extensions!.field]]));

describe('a bad argument on a nested field', () => {
  it('nulls only Room.members, and the room still answers', async () => {
    const r = await t.raw(`query($id: ID!) { room(id: $id) { name members(first: 1000) { nodes { userId } } owner { userId } } }`, { id: roomId });
    expect(r.data).toEqual({ room: { name: 'Nested', members: null, owner: null } });
    expect(errorsByPath(r.errors)).toEqual({ 'room.members': ['BAD_USER_INPUT', 'first'] });
  });

  it('nulls only the bad field of each room of rooms(ids)', async () => {
    const r = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { name good: members(first: 1) { nodes { userId } } bad: members(after: "x") { nodes { userId } } } }`, { ids: [roomId, roomId] });
    expect(r.data.rooms).toEqual([0, 1].map(() => ({ name: 'Nested', good: { nodes: [{ userId: 'alice' }] }, bad: null })));
    expect(errorsByPath(r.errors)).toEqual({ 'rooms.0.bad': ['BAD_USER_INPUT', 'after'], 'rooms.1.bad': ['BAD_USER_INPUT', 'after'] });
  });

  it('nulls only LiveRoom.members, metadata and giftCount, and the live room still answers', async () => {
    const r = await t.raw(
      `query($id: ID!) { liveRoom(id: $id) { name members(first: 0) { nodes { userId } } metadata(keys: ["${'k'.repeat(51)}"]) { key } giftCount(userId: "") { totalCount } onlineCount } }`,
      { id: liveId },
    );
    expect(r.data).toEqual({ liveRoom: { name: 'Nested live', members: null, metadata: null, giftCount: null, onlineCount: 0 } });
    expect(errorsByPath(r.errors)).toEqual({
      'liveRoom.members': ['BAD_USER_INPUT', 'first'],
      'liveRoom.metadata': ['BAD_USER_INPUT', 'keys[0]'],
      'liveRoom.giftCount': ['BAD_USER_INPUT', 'userId'],
    });
  });

  it('nulls only the field for a variable that is null where the argument needs a value', async () => {
    const r = await t.raw(`query($id: ID!, $u: ID = "x") { liveRoom(id: $id) { name giftCount(userId: $u) { totalCount } } }`, { id: liveId, u: null });
    expect(r.data).toEqual({ liveRoom: { name: 'Nested live', giftCount: null } });
    expect(errorsByPath(r.errors)).toEqual({ 'liveRoom.giftCount': ['BAD_USER_INPUT', 'userId'] });
  });
});
