/**
 * Answer reuse (src/server/answer-reuse.ts): a query's answer is served again only while the
 * shared cache still holds every entry it was computed from, and only to the same caller. Over two
 * gateways sharing Redis (another instance's write must be seen at once), and one gateway with a
 * short TTL (a change Tencent makes behind the gateway's back shows within the TTL, as before).
 *
 * Needs Redis at REDIS_URL (default redis://127.0.0.1:6379); without one this suite fails.
 */
import { REDIS_URL, requireRedis } from '../helpers/redis';
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { genUserSig } from '../../src/wire/usersig';
import { control } from '../helpers/gateway';

const APP = { sdkAppId: 1400000043, secretKey: 'answer-reuse-secret-7a31', adminIds: ['ops-admin'] };
const run = `${process.pid}-${Date.now()}`;
const GET_ROOM = 'room_engine_http_srv/get_room_info';

const ROOM = `query Room($id: ID!) { room(id: $id) { id name memberCount owner { userId }
  members { nodes { id userId role } } seats { id userId isLocked } } }`;
const BANNED = `query Banned($id: ID!) { room(id: $id) { id bannedMembers { nodes { userId } } } }`;

function env(emulator: RunningEmulator, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TRTC_SDKAPPID: String(APP.sdkAppId), TRTC_SECRET_KEY: APP.secretKey, TRTC_ADMIN_ID: APP.adminIds[0], TRTC_BASE_URL: emulator.url,
    ROOMGRAPH_CACHE_NAMESPACE: `roomgraph-reuse-${run}`, ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...extra,
  };
}

async function gql(gw: Gateway, query: string, variables: Record<string, unknown>, user = APP.adminIds[0]) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.tokenFor(user)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

/** Calls Tencent's REST API on the emulator as the admin. */
async function tencent(emulator: RunningEmulator, command: string, body: unknown) {
  const q = new URLSearchParams({
    sdkappid: String(APP.sdkAppId), identifier: APP.adminIds[0], random: '7',
    usersig: genUserSig({ sdkAppId: APP.sdkAppId, secretKey: APP.secretKey, identifier: APP.adminIds[0] }), contenttype: 'json',
  });
  const res = await fetch(`${emulator.url}/v4/room_engine_http_srv/${command}?${q}`, { method: 'POST', body: JSON.stringify(body) });
  const answer = (await res.json()) as { ErrorCode: number };
  expect(answer.ErrorCode).toBe(0);
}

let n = 0;
async function roomAtTencent(emulator: RunningEmulator, name: string): Promise<string> {
  const id = `reuse-${run}-${++n}`;
  await tencent(emulator, 'create_room', { RoomInfo: { RoomId: id, RoomName: name, RoomType: 'Conference', Owner_Account: 'olga', IsSeatEnabled: true, MaxSeatCount: 2 } });
  for (const u of ['olga', 'pat']) await control(emulator.url, 'POST', `/rooms/${id}/members`, { userId: u });
  return id;
}

describe('answer reuse over two gateways sharing Redis', () => {
  let emulator: RunningEmulator;
  let a: Gateway;
  let b: Gateway;

  beforeAll(async () => {
    await requireRedis();
    emulator = await startEmulator({ apps: [APP] });
    [a, b] = await Promise.all([
      createGateway(loadConfig(env(emulator, { ROOMGRAPH_CACHE_URL: REDIS_URL }))),
      createGateway(loadConfig(env(emulator, { ROOMGRAPH_CACHE_URL: REDIS_URL }))),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await emulator?.close();
  });

  it('answers repeated warm reads with no call to Tencent, the same every time', async () => {
    const id = await roomAtTencent(emulator, 'Steady');
    const first = await gql(a, ROOM, { id });
    expect(first.errors).toBeUndefined();
    emulator.resetCalls();
    for (let i = 0; i < 4; i++) expect(await gql(a, ROOM, { id })).toEqual(first);
    expect(emulator.calls()[GET_ROOM] ?? 0).toBe(0);
  });

  it("shows a change made through B on A's next read, however often A answered it before", async () => {
    const id = await roomAtTencent(emulator, 'Before');
    for (let i = 0; i < 3; i++) expect((await gql(a, ROOM, { id })).data.room.name).toBe('Before');
    const updated = await gql(b, `mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { name } }`, { input: { id, name: 'After' } });
    expect(updated.errors).toBeUndefined();
    expect((await gql(a, ROOM, { id })).data.room.name).toBe('After');
    // And a seat change through B: the seats entry changes, the room's does not.
    expect((await gql(b, `mutation($input: LockSeatInput!) { lockSeat(input: $input) { index } }`, { input: { roomId: id, index: 1, locked: true } })).errors).toBeUndefined();
    expect((await gql(a, ROOM, { id })).data.room.seats[1].isLocked).toBe(true);
  });

  it("never answers one caller with another's answer", async () => {
    const id = await roomAtTencent(emulator, 'Private');
    for (let i = 0; i < 3; i++) {
      const admin = await gql(a, BANNED, { id });
      expect(admin.errors).toBeUndefined();
      expect(admin.data.room.bannedMembers).toEqual({ nodes: [] });
    }
    const pat = await gql(a, BANNED, { id }, 'pat');
    expect(pat.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(pat.data.room.bannedMembers).toBeNull();
  });
});

describe('answer reuse and the cache TTL', () => {
  let emulator: RunningEmulator;
  let gw: Gateway;
  beforeAll(async () => {
    emulator = await startEmulator({ apps: [APP] });
    gw = await createGateway(loadConfig(env(emulator, { ROOMGRAPH_CACHE_TTL_MS: '400' })));
  });
  afterAll(async () => {
    await gw?.close();
    await emulator?.close();
  });

  it('shows a change made at Tencent behind the gateway within the TTL, as without reuse', async () => {
    const id = await roomAtTencent(emulator, 'Old name');
    for (let i = 0; i < 3; i++) expect((await gql(gw, ROOM, { id })).data.room.name).toBe('Old name');
    await tencent(emulator, 'update_room_info', { RoomInfo: { RoomId: id, RoomName: 'New name' } });
    await new Promise((r) => setTimeout(r, 450));
    expect((await gql(gw, ROOM, { id })).data.room.name).toBe('New name');
  });
});
