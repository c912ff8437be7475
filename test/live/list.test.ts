/**
 * `liveRooms`: a Relay connection over get_room_list, read in cached chunks of 20. Every public
 * room is listed exactly once across pages, private rooms never; list items answer the fields the
 * list carries, and asking for more costs one get_room_info per listed room cold and nothing
 * warm — counted at the emulator.
 */
import * as live from '../../src/commands/live';
import { createTencentClient, type TencentClient } from '../../src/upstream/client';
import { LiveLobbyDocument, LiveRoomDashboardDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { expectBadInput, withoutUpstream } from './helpers';

let t: TestGateway;
let direct: TencentClient;
const publicIds = Array.from({ length: 45 }, (_, i) => `list-${process.pid}-${String(i).padStart(2, '0')}`);
const privateIds = [0, 1, 2].map((i) => `private-${process.pid}-${i}`);

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
  // Rooms are made straight through the REST API so the gateway's cache starts cold.
  const { tencent } = t.gw.config;
  direct = createTencentClient({ baseUrl: tencent.baseUrl!, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, adminId: tencent.adminId });
  for (const roomId of publicIds) await direct.call(live.createLiveRoom, { roomId, seatTemplate: 'AUDIO_SALON', maxSeatCount: 2 });
  for (const roomId of privateIds) await direct.call(live.createLiveRoom, { roomId, seatTemplate: 'AUDIO_SALON', isPublicVisible: false });
  // The list is sorted by view count, highest first: entries move rooms 44 and 43 to the top.
  for (const u of ['a', 'b', 'c']) await t.emulator.enter(publicIds[44], u);
  await t.emulator.enter(publicIds[43], 'a');
});
afterAll(async () => {
  await direct.close();
  await t.close();
});

type Lobby = NonNullable<Awaited<ReturnType<typeof lobby>>['data']>['liveRooms'];
const lobby = (first: number, after?: string | null) => t.exec(LiveLobbyDocument, { first, after });

describe('liveRooms', () => {
  it('costs one get_room_list chunk plus one get_room_info per listed room cold when detail fields are asked, and nothing warm', async () => {
    await t.emulator.resetCalls();
    const cold = await t.exec(LiveRoomDashboardDocument, { first: 20 });
    expect(cold.errors).toBeUndefined();
    const nodes = cold.data!.liveRooms.nodes;
    expect(nodes).toHaveLength(20);
    expect(nodes[0]).toMatchObject({
      __typename: 'LiveRoom', id: publicIds[44], type: 'LIVE', viewCount: 3, seatTemplate: 'AUDIO_SALON', isPublicVisible: true,
      isSeatEnabled: true, maxSeatCount: 2, takeSeatMode: 'FREE_TO_TAKE',
    });
    expect(nodes[0].seats).toHaveLength(2);
    expect(await t.emulator.calls()).toEqual({
      'live_engine_http_srv/get_room_list': 1,
      'live_engine_http_srv/get_room_info': 20,
      'room_engine_http_mic/get_seat_list': 20,
    });

    await t.emulator.resetCalls();
    const warm = await t.exec(LiveRoomDashboardDocument, { first: 20 });
    expect(warm.data).toEqual(cold.data);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('answers a lobby of list items from the list alone', async () => {
    await t.emulator.resetCalls();
    const r = await lobby(40);
    expect(r.errors).toBeUndefined();
    expect(r.data!.liveRooms.edges).toHaveLength(40);
    expect(r.data!.liveRooms.edges[1].node).toMatchObject({ id: publicIds[43], viewCount: 1, categories: [], coverUrl: '' });
    // The first chunk is cached from the dashboard: only the second one is read.
    expect(await t.emulator.calls()).toEqual({ 'live_engine_http_srv/get_room_list': 1 });
  });

  it('answers every field a list item carries, and the per-room reads, without get_room_info', async () => {
    await t.emulator.resetCalls();
    const r = await t.raw(`{ liveRooms(first: 3) { nodes { __typename id name type ownerId coverUrl categories activityStatus viewCount createdAt
      metadata { key } stats { totalViewers } members(first: 5) { nodes { userId } } onlineCount mutedMembers { userId }
      bannedMembers { nodes { userId } } admins robots giftCount(userId: "a") { totalCount } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.liveRooms.nodes[0]).toMatchObject({ __typename: 'LiveRoom', id: publicIds[44], type: 'LIVE', onlineCount: 3 });
    expect((await t.emulator.calls())['live_engine_http_srv/get_room_info']).toBeUndefined();
  });

  it('walks every public room exactly once across pages, most viewed first, and never lists a private room', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let page: Lobby;
    do {
      const r = await lobby(7, after);
      expect(r.errors).toBeUndefined();
      page = r.data!.liveRooms;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(seen).toHaveLength(publicIds.length);
    expect(new Set(seen).size).toBe(publicIds.length);
    expect([...seen].sort()).toEqual([...publicIds].sort());
    expect(seen.slice(0, 2)).toEqual([publicIds[44], publicIds[43]]);
    for (const id of privateIds) expect(seen).not.toContain(id);
  });

  it('resumes right after any edge, across chunk boundaries', async () => {
    const all = (await lobby(45)).data!.liveRooms.edges;
    for (const k of [0, 18, 19, 20, 39]) {
      const next = await lobby(3, all[k].cursor);
      expect(next.data!.liveRooms.edges.map((e) => e.node.id)).toEqual(all.slice(k + 1, k + 4).map((e) => e.node.id));
    }
    const last = await lobby(5, all[44].cursor);
    expect(last.data!.liveRooms.edges).toEqual([]);
    expect(last.data!.liveRooms.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('prefers the full info over a stale list item when a query asks for both', async () => {
    // Past the first 20, so the dashboard above has not read this room's info.
    const id = publicIds[30];
    const edges = (await lobby(45)).data!.liveRooms.edges;
    const k = edges.findIndex((e) => e.node.id === id);
    expect(k).toBeGreaterThanOrEqual(20);
    await direct.call(live.updateLiveRoomInfo, { roomId: id, roomName: 'Renamed behind the gateway' });
    // The list chunk is still cached with the old name...
    expect((await lobby(1, edges[k - 1].cursor)).data!.liveRooms.edges[0].node).toMatchObject({ id, name: id });
    // ...but a query that needs the room's info reads it, and answers every field from it.
    const detailed = await t.exec(LiveRoomDashboardDocument, { first: 1, after: edges[k - 1].cursor });
    expect(detailed.data!.liveRooms.nodes[0]).toMatchObject({ id, name: 'Renamed behind the gateway' });
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a cursor it did not issue', { first: 5, after: 'not-a-cursor' }, 'after'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, vars, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(LiveLobbyDocument, vars)), field);
  });
});
