/**
 * The batching and caching contract, measured where it matters: by counting the calls that reach
 * the emulator over HTTP.
 */
import { createTencentClient, type TencentClient } from '../../src/upstream/client';
import * as srv from '../../src/commands/conference';
import { KickMembersDocument, RoomDashboardDocument, RoomDetailsDocument, UpdateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
let direct: TencentClient;
const ids = Array.from({ length: 50 }, (_, i) => `dash-${process.pid}-${i}`);
const seated = (i: number) => i % 2 === 0;

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '60000' });
  // Rooms are made straight through the REST API so the gateway's cache starts cold.
  const { tencent } = t.gw.config;
  direct = createTencentClient({ baseUrl: tencent.baseUrl!, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, adminId: tencent.adminId });
  for (const [i, id] of ids.entries()) {
    await direct.call(srv.createRoom, { roomId: id, ownerId: `owner${i}`, isSeatEnabled: seated(i), maxSeatCount: seated(i) ? 4 : undefined });
    for (const u of [`owner${i}`, `guest${i}a`, `guest${i}b`]) await t.emulator.enter(id, u);
  }
});
afterAll(async () => {
  await direct.close();
  await t.close();
});

const dashboard = () => t.exec(RoomDashboardDocument, { ids, membersFirst: 10 });

describe('loaders over the shared cache', () => {
  it('loads 50 rooms with owners, members and seats in one call per room per resource when cold, and none when warm', async () => {
    await t.emulator.resetCalls();
    const cold = await dashboard();
    expect(cold.errors).toBeUndefined();
    expect(cold.data!.rooms).toHaveLength(50);
    expect(cold.data!.rooms[3]).toMatchObject({ id: ids[3], owner: { userId: 'owner3' }, members: { nodes: [{ userId: 'owner3' }, {}, {}] }, seats: [] });
    expect(cold.data!.rooms[4]!.seats).toHaveLength(4);
    expect(await t.emulator.calls()).toEqual({
      'room_engine_http_srv/get_room_info': 50,
      'room_engine_http_srv/get_room_member_list': 50,
      'room_engine_http_mic/get_seat_list': 25, // rooms without seats cost nothing
    });

    await t.emulator.resetCalls();
    const warm = await dashboard();
    expect(warm.data).toEqual(cold.data);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('asks once per distinct room when the same id is listed many times', async () => {
    const id = `dup-${process.pid}`;
    await direct.call(srv.createRoom, { roomId: id });
    await t.emulator.resetCalls();
    const r = await t.exec(RoomDashboardDocument, { ids: [id, id, id, id], membersFirst: 5 });
    expect(r.data!.rooms.map((x) => x!.id)).toEqual([id, id, id, id]);
    expect(await t.emulator.calls()).toEqual({ 'room_engine_http_srv/get_room_info': 1, 'room_engine_http_srv/get_room_member_list': 1 });
  });

  it('answers null with its own error for a room that fails to load, and the other rooms normally', async () => {
    const few = [0, 1, 2].map((i) => `partial-${process.pid}-${i}`);
    for (const id of few) await direct.call(srv.createRoom, { roomId: id });
    await t.emulator.fault({ command: 'room_engine_http_srv/get_room_info', times: 1, errorCode: 100006, errorInfo: 'no access' });
    const r = await t.exec(RoomDashboardDocument, { ids: few, membersFirst: 1 });
    expect(r.errors).toHaveLength(1);
    const failed = r.errors![0].path![1] as number;
    expect(r.errors![0]).toMatchObject({ path: ['rooms', failed], extensions: { code: 'FORBIDDEN', tencent: { errorCode: 100006 } } });
    expect(r.data!.rooms[failed]).toBeNull();
    expect(r.data!.rooms.filter((x) => x !== null).map((x) => x!.id)).toEqual(few.filter((_, i) => i !== failed));
  });

  it('coalesces concurrent identical reads from separate requests into one upstream call', async () => {
    const id = `herd-${process.pid}`;
    await direct.call(srv.createRoom, { roomId: id });
    await t.emulator.resetCalls();
    const results = await Promise.all(Array.from({ length: 20 }, () => t.exec(RoomDetailsDocument, { id })));
    for (const r of results) expect(r.data!.room!.id).toBe(id);
    expect((await t.emulator.calls())['room_engine_http_srv/get_room_info']).toBe(1);
  });

  it('re-reads only the room info after updateRoom, and room, members and seats of that room only after kickMembers', async () => {
    await dashboard(); // warm
    await t.emulator.resetCalls();
    const up = await t.exec(UpdateRoomDocument, { input: { id: ids[0], name: 'renamed' } });
    expect(up.data!.updateRoom.name).toBe('renamed');
    const afterUpdate = await dashboard();
    expect(afterUpdate.data!.rooms[0]!.name).toBe('renamed');
    expect(await t.emulator.calls()).toEqual({
      'room_engine_http_srv/update_room_info': 1,
      'room_engine_http_srv/get_room_info': 1,
    });

    await t.emulator.resetCalls();
    await t.exec(KickMembersDocument, { input: { roomId: ids[2], userIds: [`guest2a`], reason: 'bye' } });
    const afterKick = await dashboard();
    expect(afterKick.data!.rooms[2]!.members!.nodes.map((m) => m.userId)).toEqual(['owner2', 'guest2b']);
    expect(afterKick.data!.rooms[2]!.memberCount).toBe(2);
    expect(await t.emulator.calls()).toEqual({
      'room_engine_http_srv/kick_user_out': 1,
      'room_engine_http_srv/get_room_info': 1,
      'room_engine_http_srv/get_room_member_list': 1,
      'room_engine_http_mic/get_seat_list': 1,
    });
  });
});
