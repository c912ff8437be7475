/**
 * Every argument a client gets wrong answers BAD_USER_INPUT with `extensions.field` naming it —
 * whether the gateway's own checks catch it (a page size out of range) or GraphQL's coercion does
 * (a literal or variable of the wrong type, a null where a value is required) — on root fields and
 * on nested ones. An explicit null for an argument or input field that has a default means that
 * default, literal or variable alike.
 */
import { CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive } from '../live/helpers';

let t: TestGateway;
let roomId: string;
let liveId: string;
beforeAll(async () => {
  t = await startTestGateway();
  roomId = `inputs-${process.pid}`;
  liveId = `inputs-live-${process.pid}`;
  const r = await t.exec(CreateRoomDocument, { input: { id: roomId, ownerId: 'alice', isSeatEnabled: true, maxSeatCount: 4, takeSeatMode: 'FREE_TO_TAKE' } });
  expect(r.errors).toBeUndefined();
  for (const u of ['alice', 'bob', 'carol']) await t.emulator.enter(roomId, u);
  await createLive(t, liveId);
  for (const u of ['mia', 'noah']) await t.emulator.enter(liveId, u);
});
afterAll(() => t.close());

/** The one error of `r`: BAD_USER_INPUT naming `field`, with the field in its message too. */
function expectBadInput(r: GqlResult<unknown>, field: string) {
  expect(r.errors).toHaveLength(1);
  const [e] = r.errors!;
  expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(e.message).toContain(field.replace(/^\$/, '').split(/[.[]/)[0]);
  expect(e.extensions).not.toHaveProperty('errorId');
}

const ROOM_MEMBERS = 'query($id: ID!, $first: Int) { room(id: $id) { name members(first: $first) { nodes { userId } } } }';

describe('an explicit null for an argument with a default means the default', () => {
  it('answers a default page for members(first: null), literal and as a variable', async () => {
    const literal = await t.raw(`query($id: ID!) { room(id: $id) { members(first: null) { nodes { userId } } } }`, { id: roomId });
    expect(literal.errors).toBeUndefined();
    expect(literal.data.room.members.nodes.map((m: any) => m.userId)).toEqual(['alice', 'bob', 'carol']);
    const variable = await t.raw(ROOM_MEMBERS, { id: roomId, first: null });
    expect(variable.errors).toBeUndefined();
    expect(variable.data.room.members.nodes).toHaveLength(3);
  });

  it('does so for a variable that has a default of its own, on the root and on nested fields', async () => {
    const r = await t.raw(
      `query($id: ID!, $first: Int = 1) { liveRooms(first: $first) { nodes { id } } liveRoom(id: $id) { members(first: $first) { nodes { userId } } bannedMembers(first: $first) { nodes { userId } } } }`,
      { id: liveId, first: null },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.liveRoom.members.nodes.map((m: any) => m.userId)).toEqual(['mia', 'noah']);
    expect(r.data.liveRoom.bannedMembers.nodes).toEqual([]);
  });

  it('treats null input fields that have a default as their default (data, policy, reason)', async () => {
    await t.emulator.takeSeat(roomId, 1, 'bob');
    const kick = await t.raw('mutation($i: KickMemberOffSeatInput!) { kickMemberOffSeat(input: $i) { index userId } }', { i: { roomId, userId: 'bob', data: null } });
    expect(kick.errors).toBeUndefined();
    expect(kick.data.kickMemberOffSeat[1]).toEqual({ index: 1, userId: null });
    await t.emulator.takeSeat(roomId, 0, 'carol');
    const move = await t.raw(`mutation { moveMemberToSeat(input: { roomId: ${JSON.stringify(roomId)}, userId: "carol", index: 2, policy: null }) { index userId } }`);
    expect(move.errors).toBeUndefined();
    expect(move.data.moveMemberToSeat[2]).toEqual({ index: 2, userId: 'carol' });
    const ban = await t.raw('mutation($i: BanLiveMembersInput!) { banLiveMembers(input: $i) { id } }', {
      i: { roomId: liveId, userIds: ['spammer'], reason: null, durationSeconds: 60 },
    });
    expect(ban.errors).toBeUndefined();
  });
});

describe('literal values that do not fit their type', () => {
  it.each([
    ['a null for a required root argument', '{ room(id: null) { name } }', 'id'],
    ['a string for an Int on a nested field', `{ room(id: "x") { members(first: "ten") { nodes { userId } } } }`, 'first'],
    ['an Int past 32 bits on the root', '{ liveRooms(first: 99999999999) { nodes { id } } }', 'first'],
    ['a null inside a list', '{ rooms(ids: ["a", null]) { id } }', 'ids[1]'],
    ['a missing required input field', 'mutation { lockSeat(input: { index: 1, locked: true }) { index } }', 'input.roomId'],
    ['an unknown input field', 'mutation { lockSeat(input: { roomId: "x", index: 1, nope: 1 }) { index } }', 'input.nope'],
    ['a value outside an enum', 'mutation { moveMemberToSeat(input: { roomId: "x", userId: "y", index: 1, policy: NOPE }) { index } }', 'input.policy'],
    ['a wrong type in a variable default', 'query($f: Int = "ten") { liveRooms(first: $f) { nodes { id } } }', '$f'],
  ])('answers BAD_USER_INPUT naming the argument for %s', async (_what, query, field) => {
    const r = await t.raw(query);
    expect(r.status).toBe(400);
    expectBadInput(r, field);
  });
});

describe('variables that do not fit their type', () => {
  it.each([
    ['a string for an Int on a nested field', ROOM_MEMBERS, { id: 'x', first: 'ten' }, 'first'],
    ['a string for an Int on the root', 'query($f: Int) { liveRooms(first: $f) { nodes { id } } }', { f: 'ten' }, 'first'],
    ['a null for a required variable', 'query($id: ID!) { room(id: $id) { name } }', { id: null }, 'id'],
    ['a missing required variable', 'query($id: ID!) { room(id: $id) { name } }', {}, 'id'],
    ['a string for an Int inside an input', 'mutation($i: LockSeatInput!) { lockSeat(input: $i) { index } }', { i: { roomId: 'x', index: 'a', locked: true } }, 'input.index'],
    ['a null for a required input field', 'mutation($i: LockSeatInput!) { lockSeat(input: $i) { index } }', { i: { roomId: null, index: 1, locked: true } }, 'input.roomId'],
    ['a value outside an enum', 'mutation($i: MoveMemberToSeatInput!) { moveMemberToSeat(input: $i) { index } }', { i: { roomId: 'x', userId: 'y', index: 1, policy: 'NOPE' } }, 'input.policy'],
    ['an object for a list', 'query($ids: [ID!]!) { rooms(ids: $ids) { id } }', { ids: [{}] }, 'ids[0]'],
  ])('answers BAD_USER_INPUT naming the argument for %s', async (_what, query, variables, field) => {
    const r = await t.raw(query, variables);
    expect(r.status).toBe(400);
    expectBadInput(r, field);
  });

  it('names the variable when it feeds more than one argument', async () => {
    const r = await t.raw(
      'mutation($n: Int!) { lockSeat(input: { roomId: "x", index: $n, locked: true }) { index } switchSeat(input: { roomId: "x", userId: "y", toIndex: $n }) { index } }',
      { n: 'x' },
    );
    expectBadInput(r, '$n');
  });

  it('does not echo the whole input object back, only what does not fit', async () => {
    const r = await t.raw('mutation($i: LockSeatInput!) { lockSeat(input: $i) { index } }', { i: { roomId: 'secret-room', index: 'a', locked: true } });
    expectBadInput(r, 'input.index');
    expect(r.errors![0].message).toBe('input.index has an invalid value (variable $i): Int cannot represent non-integer value: "a"');
  });

  it('answers BAD_USER_INPUT on the field, not INTERNAL_SERVER_ERROR, for a null variable in a required argument whose variable has a default', async () => {
    const r = await t.raw('query($id: ID = "x") { viewer { userId } room(id: $id) { name } }', { id: null });
    expect(r.status).toBe(200);
    expectBadInput(r, 'id');
    expect(r.errors![0].path).toEqual(['room']);
    expect(r.data).toEqual({ viewer: { userId: t.gw.config.tencent.adminId }, room: null });
  });
});

describe('values out of range', () => {
  it.each([
    ['first: 0 on the root', '{ liveRooms(first: 0) { nodes { id } } }', 'first', ['liveRooms']],
    ['first: 101 on Room.members', `{ room(id: "${'ROOM'}") { members(first: 101) { nodes { userId } } } }`, 'first', ['room', 'members']],
    ['first: -1 on LiveRoom.bannedMembers', `{ liveRoom(id: "${'LIVE'}") { bannedMembers(first: -1) { nodes { userId } } } }`, 'first', ['liveRoom', 'bannedMembers']],
    ['a 49-byte room id', `{ room(id: "${'x'.repeat(49)}") { name } }`, 'id', ['room']],
    ['a tampered cursor', `{ room(id: "${'ROOM'}") { members(after: "nope") { nodes { userId } } } }`, 'after', ['room', 'members']],
  ])('answers BAD_USER_INPUT naming the argument for %s, at that field', async (_what, query, field, path) => {
    const r = await t.raw(query.replace('ROOM', roomId).replace('LIVE', liveId));
    expect(r.status).toBe(200);
    expectBadInput(r, field);
    expect(r.errors![0].path).toEqual(path);
  });
});
