import {
  CreateRoomDocument,
  KickMemberOffSeatDocument,
  LockSeatDocument,
  MoveMemberToSeatDocument,
  PickMemberOnSeatDocument,
  RoomMembersDocument,
  RoomSeatsDocument,
  SwitchSeatDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
});
afterAll(() => t.close());

let n = 0;
async function seatedRoom(members: string[], seats = 4) {
  const id = `sroom-${process.pid}-${++n}`;
  const r = await t.exec(CreateRoomDocument, { input: { id, ownerId: members[0], isSeatEnabled: true, maxSeatCount: seats, takeSeatMode: 'FREE_TO_TAKE' } });
  expect(r.errors).toBeUndefined();
  for (const m of members) await t.emulator.enter(id, m);
  return id;
}

const occupants = (seats: { index: number; userId?: string | null }[]) => seats.map((s) => s.userId ?? null);

describe('seats', () => {
  it('lists every seat, free seats with no user, and resolves the seated member', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    await t.emulator.takeSeat(id, 1, 'bob');
    const r = await t.exec(RoomSeatsDocument, { roomId: id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.seats.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(occupants(r.data!.seats)).toEqual([null, 'bob', null, null]);
    expect(r.data!.seats[1].member).toEqual({ id: `${id}:bob`, userId: 'bob', nameCard: '' });
    const m = await t.exec(RoomMembersDocument, { roomId: id });
    expect(m.data!.room!.members!.edges.map((e) => [e.node.userId, e.node.seat?.index ?? null])).toEqual([['alice', null], ['bob', 1]]);
  });

  it('answers no seats for a room without seats, as Room.seats does, and SEATS_DISABLED with errorCode 100211 to a seat mutation', async () => {
    const id = `noseats-${process.pid}-${++n}`;
    await t.exec(CreateRoomDocument, { input: { id } });
    const r = await t.exec(RoomSeatsDocument, { roomId: id });
    expect(r.errors).toBeUndefined();
    expect(r.data!.seats).toEqual([]);
    const room = await t.raw(`{ room(id: ${JSON.stringify(id)}) { seats { id } } }`);
    expect(room.data.room.seats).toEqual([]);
    const lock = onlyError(await t.exec(LockSeatDocument, { input: { roomId: id, index: 0, locked: true } }));
    expect(lock.extensions).toMatchObject({ code: 'SEATS_DISABLED', tencent: { errorCode: 100211 } });
  });
});

describe('pickMemberOnSeat / kickMemberOffSeat', () => {
  it('puts a member on a seat and takes them off again', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    const on = await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'bob', index: 2 } });
    expect(on.errors).toBeUndefined();
    expect(occupants(on.data!.pickMemberOnSeat)).toEqual([null, null, 'bob', null]);
    const off = await t.exec(KickMemberOffSeatDocument, { input: { roomId: id, userId: 'bob', data: 'time over' } });
    expect(off.errors).toBeUndefined();
    expect(occupants(off.data!.kickMemberOffSeat)).toEqual([null, null, null, null]);
  });

  it('answers NOT_A_MEMBER with errorCode 100005 when the user is not in the room', async () => {
    const id = await seatedRoom(['alice']);
    const e = onlyError(await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'stranger', index: 0 } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_A_MEMBER', tencent: { errorCode: 100005 } });
  });

  it('answers BAD_USER_INPUT with errorCode 100002 for a seat index past the last seat, and a negative index before calling Tencent', async () => {
    const id = await seatedRoom(['alice']);
    const past = onlyError(await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'alice', index: 4 } }));
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
    const negative = onlyError(await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'alice', index: -1 } }));
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.index' });
  });

  it('answers BAD_USER_INPUT with errorCode 100002 for a seat someone else holds, and for kicking someone not seated', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    await t.emulator.takeSeat(id, 0, 'alice');
    const taken = onlyError(await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'bob', index: 0 } }));
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
    const notSeated = onlyError(await t.exec(KickMemberOffSeatDocument, { input: { roomId: id, userId: 'bob' } }));
    expect(notSeated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });
});

describe('lockSeat', () => {
  it('locks an occupied seat, which frees it first; a locked seat cannot be taken', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    await t.emulator.takeSeat(id, 3, 'bob');
    const r = await t.exec(LockSeatDocument, { input: { roomId: id, index: 3, locked: true } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.lockSeat[3]).toEqual({ id: `${id}:3`, roomId: id, index: 3, userId: null, isLocked: true, isVideoDisabled: false, isAudioDisabled: false });
    const e = onlyError(await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'bob', index: 3 } }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });

  it('changes only the flags given', async () => {
    const id = await seatedRoom(['alice']);
    await t.exec(LockSeatDocument, { input: { roomId: id, index: 0, videoDisabled: true } });
    const r = await t.exec(LockSeatDocument, { input: { roomId: id, index: 0, audioDisabled: true } });
    expect(r.data!.lockSeat[0]).toMatchObject({ isLocked: false, isVideoDisabled: true, isAudioDisabled: true });
    const unlock = await t.exec(LockSeatDocument, { input: { roomId: id, index: 0, videoDisabled: false } });
    expect(unlock.data!.lockSeat[0]).toMatchObject({ isVideoDisabled: false, isAudioDisabled: true });
  });

  it('answers BAD_USER_INPUT when no flag is given', async () => {
    const id = await seatedRoom(['alice']);
    const e = onlyError(await t.exec(LockSeatDocument, { input: { roomId: id, index: 0 } }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });
});

describe('switchSeat / moveMemberToSeat', () => {
  it('switches a seated member to an empty seat', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    await t.emulator.takeSeat(id, 0, 'bob');
    const r = await t.exec(SwitchSeatDocument, { input: { roomId: id, userId: 'bob', toIndex: 2 } });
    expect(r.errors).toBeUndefined();
    expect(occupants(r.data!.switchSeat)).toEqual([null, null, 'bob', null]);
  });

  it('cancels, forces or swaps a move onto an occupied seat as the policy says', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    await t.emulator.takeSeat(id, 0, 'alice');
    await t.emulator.takeSeat(id, 1, 'bob');
    const cancel = onlyError(await t.exec(MoveMemberToSeatDocument, { input: { roomId: id, userId: 'bob', index: 0 } }));
    expect(cancel.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
    const swap = await t.exec(MoveMemberToSeatDocument, { input: { roomId: id, userId: 'bob', index: 0, policy: 'SWAP' } });
    expect(occupants(swap.data!.moveMemberToSeat)).toEqual(['bob', 'alice', null, null]);
    const force = await t.exec(MoveMemberToSeatDocument, { input: { roomId: id, userId: 'bob', index: 1, policy: 'FORCE' } });
    expect(occupants(force.data!.moveMemberToSeat)).toEqual([null, 'bob', null, null]);
  });
});

describe('what the seat mutations answer', () => {
  // The seat fields the room operations select (RoomDashboard, LiveRoomDetails): a mutation's answer
  // must carry each, with the same ids, for a client cache to update the cached room's seats.
  const ROOM_SEATS = `query($id: ID!) { room(id: $id) { seats { ...SeatCell } } }
    fragment SeatCell on Seat { id roomId index userId isLocked isVideoDisabled isAudioDisabled }`;

  it('answers every seat of the room, by id with every Seat field, exactly as Room.seats then reads it', async () => {
    const id = await seatedRoom(['alice', 'bob']);
    const answers = [
      (await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'bob', index: 1 } })).data!.pickMemberOnSeat,
      (await t.exec(LockSeatDocument, { input: { roomId: id, index: 3, locked: true, audioDisabled: true } })).data!.lockSeat,
      (await t.exec(SwitchSeatDocument, { input: { roomId: id, userId: 'bob', toIndex: 2 } })).data!.switchSeat,
      (await t.exec(MoveMemberToSeatDocument, { input: { roomId: id, userId: 'bob', index: 0 } })).data!.moveMemberToSeat,
      (await t.exec(KickMemberOffSeatDocument, { input: { roomId: id, userId: 'bob' } })).data!.kickMemberOffSeat,
    ];
    const last = answers[answers.length - 1];
    expect(last.map((s) => s.id)).toEqual([0, 1, 2, 3].map((i) => `${id}:${i}`));
    for (const seats of answers) expect(seats.every((s) => s.roomId === id)).toBe(true);
    const room = await t.raw(ROOM_SEATS, { id });
    expect(room.data.room.seats).toEqual(last);
  });

  it('does the same for a live room\'s seats', async () => {
    const id = `live-seats-${process.pid}`;
    const created = await t.raw(`mutation($id: ID!) { createLiveRoom(input: { id: $id, seatTemplate: VIDEO_DYNAMIC_GRID_9_SEATS }) { id } }`, { id });
    expect(created.errors).toBeUndefined();
    await t.emulator.enter(id, 'mia');
    const r = await t.exec(PickMemberOnSeatDocument, { input: { roomId: id, userId: 'mia', index: 1 } });
    expect(r.errors).toBeUndefined();
    const live = await t.raw(`query($id: ID!) { liveRoom(id: $id) { seats { ...SeatCell } } }
      fragment SeatCell on Seat { id roomId index userId isLocked isVideoDisabled isAudioDisabled }`, { id });
    expect(live.data.liveRoom.seats).toEqual(r.data!.pickMemberOnSeat);
    expect(r.data!.pickMemberOnSeat[1]).toMatchObject({ id: `${id}:1`, userId: 'mia' });
  });
});
