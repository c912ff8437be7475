/**
 * `_entities(representations:)`, what a router sends roomgraph to fetch the rooms other subgraphs
 * refer to: rooms resolve through the same per-request loaders as `room(id)` and `liveRoom(id)`,
 * so a batch costs one get_room_info per distinct room; a missing room is null; `User` costs
 * nothing upstream; and authentication and the auth rules hold as for any query.
 */
import * as srv from '../../src/commands/conference';
import * as live from '../../src/commands/live';
import { createTencentClient, type TencentClient } from '../../src/upstream/client';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const rooms = [0, 1, 2].map((i) => `ent-${process.pid}-${i}`);
const stages = [0, 1].map((i) => `ent-live-${process.pid}-${i}`);

let t: TestGateway;
let direct: TencentClient;

beforeAll(async () => {
  // No shared cache: what is counted is the loaders' batching within the one request.
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
  const { tencent } = t.gw.config;
  direct = createTencentClient({ baseUrl: tencent.baseUrl!, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, adminId: tencent.adminId });
  for (const id of rooms) await direct.call(srv.createRoom, { roomId: id, roomName: `Room ${id}` });
  for (const id of stages) await direct.call(live.createLiveRoom, { roomId: id, ownerId: 'host', seatTemplate: 'VIDEO_DYNAMIC_GRID_9_SEATS' });
});
afterAll(async () => {
  await direct?.close();
  await t?.close();
});

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Room { id name }
    ... on LiveRoom { id ownerId }
    ... on User { id }
  }
}`;
const ref = (__typename: string, id: unknown) => ({ __typename, id });

describe('_entities', () => {
  it('resolves N representations of M distinct rooms with exactly M get_room_info calls, in order', async () => {
    const reps = [
      ...[0, 1, 0, 2, 1, 0].map((i) => ref('Room', rooms[i])),
      ...[1, 0, 1, 1].map((i) => ref('LiveRoom', stages[i])),
    ];
    await t.emulator.resetCalls();
    const r = await t.raw(ENTITIES, { representations: reps });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([
      ...[0, 1, 0, 2, 1, 0].map((i) => ({ __typename: 'Room', id: rooms[i], name: `Room ${rooms[i]}` })),
      ...[1, 0, 1, 1].map((i) => ({ __typename: 'LiveRoom', id: stages[i], ownerId: 'host' })),
    ]);
    expect(await t.emulator.calls()).toEqual({ 'room_engine_http_srv/get_room_info': 3, 'live_engine_http_srv/get_room_info': 2 });
  });

  it('resolves a room that does not exist to null, beside the rooms that do', async () => {
    const r = await t.raw(ENTITIES, {
      representations: [ref('Room', `gone-${process.pid}`), ref('Room', rooms[0]), ref('LiveRoom', `gone-live-${process.pid}`)],
    });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([null, { __typename: 'Room', id: rooms[0], name: `Room ${rooms[0]}` }, null]);
  });

  it('resolves users by reference without any upstream call', async () => {
    await t.emulator.resetCalls();
    const r = await t.raw(ENTITIES, { representations: [ref('User', 'amy'), ref('User', 'ben')] });
    expect(r.data._entities).toEqual([{ __typename: 'User', id: 'amy' }, { __typename: 'User', id: 'ben' }]);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('answers BAD_USER_INPUT naming the key for a representation that is no room id, before any upstream call', async () => {
    await t.emulator.resetCalls();
    const r = await t.raw(ENTITIES, { representations: [ref('Room', 'x'.repeat(49)), ref('LiveRoom', 7)] });
    expect(r.data._entities).toEqual([null, null]);
    expect(r.errors!.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'Room.id' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'LiveRoom.id' }),
    ]);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('answers 401 UNAUTHENTICATED without a token, as every query does', async () => {
    await t.emulator.resetCalls();
    const r = await t.raw(ENTITIES, { representations: [ref('Room', rooms[0])] }, null);
    expect(r.status).toBe(401);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await t.emulator.calls()).toEqual({});
  });

  it('keeps the auth rules on entity fields: FORBIDDEN for a non-admin, data for an admin', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Room { id bannedMembers(first: 5) { nodes { userId } } } } }`;
    const representations = [ref('Room', rooms[0])];
    const asUser = await t.raw(q, { r: representations }, t.userToken('ben'));
    expect(asUser.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([[['_entities', 0, 'bannedMembers'], 'FORBIDDEN']]);
    expect(asUser.data._entities).toEqual([{ id: rooms[0], bannedMembers: null }]);
    const asAdmin = await t.raw(q, { r: representations });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data._entities).toEqual([{ id: rooms[0], bannedMembers: { nodes: [] } }]);
  });
});

describe('Member.user and LiveMember.user', () => {
  it('point at the User entity keyed by the member\'s user id, at no upstream cost beyond the members', async () => {
    await t.emulator.enter(rooms[1], 'amy');
    await t.emulator.enter(stages[0], 'ben');
    const r = await t.raw(`query ($room: ID!, $stage: ID!) {
      room(id: $room) { members { nodes { userId user { __typename id } } } }
      liveRoom(id: $stage) { members { nodes { userId user { __typename id } } } }
    }`, { room: rooms[1], stage: stages[0] });
    expect(r.errors).toBeUndefined();
    expect(r.data.room.members.nodes).toEqual([{ userId: 'amy', user: { __typename: 'User', id: 'amy' } }]);
    expect(r.data.liveRoom.members.nodes).toEqual([{ userId: 'ben', user: { __typename: 'User', id: 'ben' } }]);
  });
});
