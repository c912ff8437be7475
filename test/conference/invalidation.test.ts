/**
 * "Every mutation invalidates exactly what it changed", measured at the emulator: with a warm cache
 * and a long TTL, a mutation followed by a full view of the room reads from Tencent again exactly
 * the resources the mutation changed — once each (the mutation's own answer re-reads them, the
 * view then finds them cached) — and nothing else.
 */
import { commandPath, type WriteCommand } from '../../src/commands/command';
import * as srv from '../../src/commands/conference';
import * as mic from '../../src/commands/seats';
import type { Resource } from '../../src/wire/resources';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
const room = `inval-${process.pid}`;

const VIEW = `query View($id: ID!) { room(id: $id) { id name memberCount
  members(first: 100) { nodes { userId role nameCard marks } }
  seats { index userId isLocked isVideoDisabled }
  bannedMembers(first: 100) { nodes { userId } } } }`;

/** The read that serves each resource. */
const GET: Partial<Record<Resource, string>> = {
  room: commandPath(srv.getRoomInfo),
  members: commandPath(srv.getRoomMemberList),
  seats: commandPath(mic.getSeatList),
  banned: commandPath(srv.getBannedMemberList),
};

beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
  const r = await t.raw(`mutation { createRoom(input: { id: "${room}", ownerId: "alice", isSeatEnabled: true, maxSeatCount: 4 }) { id } }`);
  expect(r.errors).toBeUndefined();
  for (const u of ['alice', 'bob', 'carol', 'dave', 'erin']) await t.emulator.enter(room, u);
  await t.emulator.takeSeat(room, 0, 'bob');
});
afterAll(() => t.close());

/** Each mutation, the command it runs; what it must re-read is what that command's declaration `changes`. */
const cases: [name: string, mutation: string, write: Pick<WriteCommand<never, unknown>, 'service' | 'name' | 'changes'>][] = [
  ['updateRoom', `updateRoom(input: { id: "${room}", name: "Renamed" }) { id }`, srv.updateRoomInfo],
  ['updateMember', `updateMember(input: { roomId: "${room}", userId: "bob", nameCard: "Bobby" }) { userId }`, srv.updateRoomMemberInfo],
  ['markMembers', `markMembers(input: { roomId: "${room}", operation: SET, members: [{ userId: "bob", marks: [1000] }] }) { id }`, srv.markRoomMember],
  ['pickMemberOnSeat', `pickMemberOnSeat(input: { roomId: "${room}", userId: "carol", index: 1 }) { index }`, mic.pickUserOnSeat],
  ['lockSeat', `lockSeat(input: { roomId: "${room}", index: 3, videoDisabled: true }) { index }`, mic.lockSeat],
  ['switchSeat', `switchSeat(input: { roomId: "${room}", userId: "carol", toIndex: 2 }) { index }`, mic.switchSeat],
  ['moveMemberToSeat', `moveMemberToSeat(input: { roomId: "${room}", userId: "carol", index: 0, policy: SWAP }) { index }`, mic.moveUserToSeat],
  ['kickMemberOffSeat', `kickMemberOffSeat(input: { roomId: "${room}", userId: "carol" }) { index }`, mic.kickUserOffSeat],
  ['banMembers', `banMembers(input: { roomId: "${room}", userIds: ["dave"], reason: "r", durationSeconds: 600 }) { id }`, srv.banRoomMember],
  ['unbanMembers', `unbanMembers(input: { roomId: "${room}", userIds: ["dave"] }) { id }`, srv.unbanRoomMember],
  ['kickMembers', `kickMembers(input: { roomId: "${room}", userIds: ["erin"], reason: "r" }) { id }`, srv.kickUserOut],
  ['changeRoomOwner', `changeRoomOwner(input: { roomId: "${room}", newOwnerId: "bob", currentOwnerId: "alice" }) { id }`, srv.changeRoomOwner],
];

describe('mutation invalidation', () => {
  it.each(cases)('%s re-reads exactly what its command changes', async (_name, mutation, write) => {
    const before = await t.raw(VIEW, { id: room });
    expect(before.errors).toBeUndefined();
    await t.emulator.resetCalls();
    const m = await t.raw(`mutation { ${mutation} }`);
    expect(m.errors).toBeUndefined();
    const after = await t.raw(VIEW, { id: room });
    expect(after.errors).toBeUndefined();
    const expected: Record<string, number> = { [commandPath(write)]: 1 };
    for (const r of write.changes) expected[GET[r] as string] = 1;
    expect(await t.emulator.calls()).toEqual(expected);
    // And the view shows the change (it is not served stale from the cache).
    expect(after.data).not.toEqual(before.data);
  });
});
