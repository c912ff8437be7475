/**
 * roomgraph in a supergraph: a real JavaScript router (@apollo/gateway) composes it with another
 * subgraph that adds profiles to `User`, and federated queries join the two — a room's members
 * with their display names, and a user's favourite rooms resolved through roomgraph's
 * `_entities` — at the upstream cost the same query has on roomgraph alone.
 */
import * as srv from '../../src/commands/conference';
import * as live from '../../src/commands/live';
import { createTencentClient, type TencentClient } from '../../src/upstream/client';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { startRouter, type Router } from './router';
import { startUsersSubgraph, type UsersSubgraph } from './users-subgraph';

const room = `fed-room-${process.pid}`;
const stage = `fed-stage-${process.pid}`;
const favorite = `fed-favorite-${process.pid}`;
const other = `fed-other-${process.pid}`;

let t: TestGateway;
let direct: TencentClient;
let users: UsersSubgraph;
let router: Router;

beforeAll(async () => {
  t = await startTestGateway();
  // Rooms are made straight through the REST API, so roomgraph's cache starts cold.
  const { tencent } = t.gw.config;
  direct = createTencentClient({ baseUrl: tencent.baseUrl!, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, adminId: tencent.adminId });
  await direct.call(srv.createRoom, { roomId: room, ownerId: 'amy' });
  await direct.call(srv.createRoom, { roomId: favorite, roomName: 'Favorite' });
  await direct.call(srv.createRoom, { roomId: other, roomName: 'Other' });
  await t.emulator.enter(favorite, 'amy');
  for (const u of ['amy', 'ben', 'cat']) await t.emulator.enter(room, u);
  await direct.call(live.createLiveRoom, { roomId: stage, ownerId: 'dan', seatTemplate: 'VIDEO_DYNAMIC_GRID_9_SEATS' });
  for (const u of ['dan', 'amy']) await t.emulator.enter(stage, u);
  users = await startUsersSubgraph({
    amy: { displayName: 'Amy A.', avatarUrl: 'https://cdn.example/amy.png', favoriteRoomIds: [favorite, other, favorite] },
    ben: { displayName: 'Ben B.', avatarUrl: 'https://cdn.example/ben.png', favoriteRoomIds: [] },
    dan: { displayName: 'Dan D.', avatarUrl: 'https://cdn.example/dan.png', favoriteRoomIds: [] },
  });
  router = await startRouter([{ name: 'roomgraph', url: t.url }, { name: 'users', url: users.url }], t.userToken('supergraph-router'));
});
afterAll(async () => {
  await router?.stop();
  await users?.stop();
  await direct?.close();
  await t?.close();
});

const MEMBERS = `query ($room: ID!, $stage: ID!) {
  room(id: $room) { id name members(first: 10) { nodes { userId user { id displayName avatarUrl } } } }
  liveRoom(id: $stage) { id members(first: 10) { nodes { userId user { id displayName } } } }
}`;

describe('a supergraph of roomgraph and a users subgraph', () => {
  it('joins each member to the profile the other subgraph holds, for one upstream call per room per resource', async () => {
    await t.emulator.resetCalls();
    const r = await router.post(MEMBERS, { room, stage }, t.userToken('amy'));
    expect(r.errors).toBeUndefined();
    expect(r.data.room.members.nodes).toEqual([
      { userId: 'amy', user: { id: 'amy', displayName: 'Amy A.', avatarUrl: 'https://cdn.example/amy.png' } },
      { userId: 'ben', user: { id: 'ben', displayName: 'Ben B.', avatarUrl: 'https://cdn.example/ben.png' } },
      // No profile in the users subgraph: it answers the id as the name.
      { userId: 'cat', user: { id: 'cat', displayName: 'cat', avatarUrl: '' } },
    ]);
    expect(r.data.liveRoom.members.nodes).toEqual(expect.arrayContaining([
      { userId: 'dan', user: { id: 'dan', displayName: 'Dan D.' } },
      { userId: 'amy', user: { id: 'amy', displayName: 'Amy A.' } },
    ]));
    // The same as the query costs on roomgraph alone: users cost roomgraph nothing.
    expect(await t.emulator.calls()).toEqual({
      'room_engine_http_srv/get_room_info': 1,
      'room_engine_http_srv/get_room_member_list': 1,
      'live_engine_http_srv/get_room_info': 1,
      'live_engine_http_srv/get_member_list': 1,
    });
  });

  it('resolves rooms another subgraph refers to through roomgraph\'s _entities, once per distinct room', async () => {
    await t.emulator.resetCalls();
    const r = await router.post('{ profile(id: "amy") { displayName favoriteRooms { id name memberCount } } }', {}, t.userToken('amy'));
    expect(r.errors).toBeUndefined();
    expect(r.data.profile).toEqual({
      displayName: 'Amy A.',
      favoriteRooms: [
        { id: favorite, name: 'Favorite', memberCount: 1 },
        { id: other, name: 'Other', memberCount: 0 },
        { id: favorite, name: 'Favorite', memberCount: 1 },
      ],
    });
    expect(await t.emulator.calls()).toEqual({ 'room_engine_http_srv/get_room_info': 2 });
  });

  it('forwards the caller\'s Authorization: without one, roomgraph answers UNAUTHENTICATED through the router', async () => {
    await t.emulator.resetCalls();
    const r = await router.post(MEMBERS, { room, stage }, null);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.emulator.calls()).toEqual({});
  });

  it('keeps roomgraph\'s auth rules for the forwarded viewer: FORBIDDEN for a non-admin, data for an admin', async () => {
    const q = `{ room(id: "${room}") { id bannedMembers(first: 5) { nodes { userId } } } }`;
    const asUser = await router.post(q, {}, t.userToken('ben'));
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await router.post(q, {}, t.adminToken);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.room).toEqual({ id: room, bannedMembers: { nodes: [] } });
  });
});
