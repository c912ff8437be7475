/**
 * "Every mutation invalidates exactly what it changed", measured at the emulator: with a warm cache
 * and a long TTL, a mutation followed by a full view of the room reads from Tencent again exactly
 * the resources the mutation changed — once each (the mutation's own answer re-reads them, the
 * view then finds them cached) — and nothing else.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
const room = `inval-${process.pid}`;

const VIEW = `query View($id: ID!) { room(id: $id) { id name memberCount
  members(first: 100) { nodes { userId role nameCard marks } }
  seats { index userId isLocked isVideoDisabled }
  bannedMembers(first: 100) { nodes { userId } } } }`;

const GET = {
  room: 'room_engine_http_srv/get_room_info',
  members: 'room_engine_http_srv/get_room_member_list',
  seats: 'room_engine_http_mic/get_seat_list',
  banned: 'room_engine_http_srv/get_banned_member_list',
} as const;
type Resource = keyof typeof GET;

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
  const r = await t.raw(`mutation { createRoom(input: { id: "${room}", ownerId: "alice", isSeatEnabled: true, maxSeatCount: 4 }) { id } }`);
  expect(r.errors).toBeUndefined();
  for (const u of ['alice', 'bob', 'carol', 'dave', 'erin']) await t.emulator.enter(room, u);
  await t.emulator.takeSeat(room, 0, 'bob');
});
afterAll(() => t.close());

const cases: [name: string, mutation: string, write: string, changes: Resource[]][] = [
  ['updateRoom', `updateRoom(input: { id: "${room}", name: "Renamed" }) { id }`, 'room_engine_http_srv/update_room_info', ['room']],
  ['updateMember', `updateMember(input: { roomId: "${room}", userId: "bob", nameCard: "Bobby" }) { userId }`, 'room_engine_http_srv/update_room_member_info', ['members']],
  ['markMembers', `markMembers(input: { roomId: "${room}", operation: SET, members: [{ userId: "bob", marks: [1000] }] }) { id }`, 'room_engine_http_srv/mark_room_member', ['members']],
  ['pickMemberOnSeat', `pickMemberOnSeat(input: { roomId: "${room}", userId: "carol", index: 1 }) { index }`, 'room_engine_http_mic/pick_user_on_seat', ['seats']],
  ['lockSeat', `lockSeat(input: { roomId: "${room}", index: 3, videoDisabled: true }) { index }`, 'room_engine_http_mic/lock_seat', ['seats']],
  ['switchSeat', `switchSeat(input: { roomId: "${room}", userId: "carol", toIndex: 2 }) { index }`, 'room_engine_http_mic/switch_seat', ['seats']],
  ['moveMemberToSeat', `moveMemberToSeat(input: { roomId: "${room}", userId: "carol", index: 0, policy: SWAP }) { index }`, 'room_engine_http_mic/move_user_to_seat', ['seats']],
  ['kickMemberOffSeat', `kickMemberOffSeat(input: { roomId: "${room}", userId: "carol" }) { index }`, 'room_engine_http_mic/kick_user_off_seat', ['seats']],
  ['banMembers', `banMembers(input: { roomId: "${room}", userIds: ["dave"], reason: "r", durationSeconds: 600 }) { id }`, 'room_engine_http_srv/ban_room_member', ['room', 'members', 'seats', 'banned']],
  ['unbanMembers', `unbanMembers(input: { roomId: "${room}", userIds: ["dave"] }) { id }`, 'room_engine_http_srv/unban_room_member', ['banned']],
  ['kickMembers', `kickMembers(input: { roomId: "${room}", userIds: ["erin"], reason: "r" }) { id }`, 'room_engine_http_srv/kick_user_out', ['room', 'members', 'seats']],
  ['changeRoomOwner', `changeRoomOwner(input: { roomId: "${room}", newOwnerId: "bob", currentOwnerId: "alice" }) { id }`, 'room_engine_http_srv/change_room_owner', ['room', 'members']],
];

describe('mutation invalidation', () => {
  it.each(cases)('%s re-reads exactly what it changed', async (_name, mutation, write, changes) => {
    const before = await t.raw(VIEW, { id: room });
    expect(before.errors).toBeUndefined();
    await t.emulator.resetCalls();
    const m = await t.raw(`mutation { ${mutation} }`);
    expect(m.errors).toBeUndefined();
    const after = await t.raw(VIEW, { id: room });
    expect(after.errors).toBeUndefined();
    const expected: Record<string, number> = { [write]: 1 };
    for (const r of changes) expected[GET[r]] = 1;
    expect(await t.emulator.calls()).toEqual(expected);
    // And the view shows the change (it is not served stale from the cache).
    expect(after.data).not.toEqual(before.data);
  });
});
