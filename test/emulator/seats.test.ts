import type { RunningEmulator } from '../../src/emulator';
import { control, createRoom, enter, fails, ok, start, type Json } from './helpers';

const MIC = 'room_engine_http_mic';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start();
  await createRoom(emu, 'no-seats');
});
afterAll(() => emu.close());

let n = 0;
/** A fresh room with 4 seats and members u1..u4. */
async function seatedRoom(): Promise<string> {
  const roomId = `seat-room-${++n}`;
  await createRoom(emu, roomId, { IsSeatEnabled: true, MaxSeatCount: 4 });
  for (const u of ['u1', 'u2', 'u3', 'u4']) await enter(emu, roomId, u);
  return roomId;
}

const seats = async (roomId: string): Promise<Json[]> => (await ok(emu, `${MIC}/get_seat_list`, { RoomId: roomId })).SeatList;
const occupants = async (roomId: string): Promise<(string | undefined)[]> => (await seats(roomId)).map((s) => s.Member_Account);
const pick = (RoomId: string, Member_Account: unknown, Index: unknown): Promise<Json> =>
  ok(emu, `${MIC}/pick_user_on_seat`, { RoomId, Member_Account, Index });

describe('get_seat_list', () => {
  it('lists every seat, omitting Member_Account on free seats', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u2', 1);
    expect(await seats(roomId)).toEqual([
      { Index: 0, IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
      { Index: 1, Member_Account: 'u2', IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
      { Index: 2, IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
      { Index: 3, IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
    ]);
  });
});

describe('in a room without seats', () => {
  it.each([
    ['get_seat_list', {}],
    ['pick_user_on_seat', { Member_Account: 'u', Index: 0 }],
    ['kick_user_off_seat', { Member_Account: 'u', Data: 'x' }],
    ['lock_seat', { Index: 0, ForbidTaken: true }],
    ['switch_seat', { Member_Account: 'u', ToIndex: 0 }],
    ['move_user_to_seat', { Member_Account: 'u', SeatIndex: 0, Policy: 1 }],
  ])('answers 100211 to %s', async (cmd, body) => {
    await fails(emu, `${MIC}/${cmd}`, { RoomId: 'no-seats', ...body }, 100211);
  });
});

describe('pick_user_on_seat', () => {
  it('seats a member; picking them onto the same seat again changes nothing', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 0);
    await pick(roomId, 'u1', '0');
    expect(await occupants(roomId)).toEqual(['u1', undefined, undefined, undefined]);
  });

  it('answers 100005 to a non-member, 100002 to an index out of range, a locked seat, an occupied seat, or a user seated elsewhere', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 0);
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 3, ForbidTaken: true });
    const bad = async (user: string, Index: unknown, code: number, message: RegExp): Promise<void> => {
      const env = await fails(emu, `${MIC}/pick_user_on_seat`, { RoomId: roomId, Member_Account: user, Index }, code);
      expect(env.ErrorInfo).toMatch(message);
    };
    await bad('ghost', 1, 100005, /ghost/);
    await bad('u2', 4, 100002, /out of range/);
    await bad('u2', -1, 100002, /out of range/);
    await bad('u2', 'one', 100002, /Index must be an integer/);
    await bad('u2', 3, 100002, /locked/);
    await bad('u2', 0, 100002, /occupied by 'u1'/);
    await bad('u1', 1, 100002, /already on seat 0/);
  });
});

describe('kick_user_off_seat', () => {
  it('frees the seat of the member', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u3', 2);
    await ok(emu, `${MIC}/kick_user_off_seat`, { RoomId: roomId, Member_Account: 'u3', Data: 'time over' });
    expect(await occupants(roomId)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('answers 100002 when the member is not on a seat or Data is missing, 100005 for a non-member', async () => {
    const roomId = await seatedRoom();
    expect((await fails(emu, `${MIC}/kick_user_off_seat`, { RoomId: roomId, Member_Account: 'u1', Data: '' }, 100002)).ErrorInfo)
      .toMatch(/not on a seat/);
    expect((await fails(emu, `${MIC}/kick_user_off_seat`, { RoomId: roomId, Member_Account: 'u1' }, 100002)).ErrorInfo)
      .toMatch(/Data is required/);
    await fails(emu, `${MIC}/kick_user_off_seat`, { RoomId: roomId, Member_Account: 'ghost', Data: '' }, 100005);
  });
});

describe('lock_seat', () => {
  it('sets only the flags given; ForbidTaken removes the occupant; unlocking frees the seat for taking', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 2);
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 2, ForbidVideo: true });
    expect((await seats(roomId))[2]).toEqual({ Index: 2, Member_Account: 'u1', IsTakenDisabled: false, IsVideoDisabled: true, IsAudioDisabled: false });
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 2, ForbidTaken: 'true', ForbidAudio: true });
    expect((await seats(roomId))[2]).toEqual({ Index: 2, IsTakenDisabled: true, IsVideoDisabled: true, IsAudioDisabled: true });
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 2, ForbidTaken: false });
    await pick(roomId, 'u1', 2);
    expect((await seats(roomId))[2]).toMatchObject({ Member_Account: 'u1', IsTakenDisabled: false, IsVideoDisabled: true });
  });

  it('answers 100002 to a missing or out-of-range Index and a non-boolean flag', async () => {
    const roomId = await seatedRoom();
    await fails(emu, `${MIC}/lock_seat`, { RoomId: roomId, ForbidTaken: true }, 100002);
    await fails(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 9, ForbidTaken: true }, 100002);
    await fails(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 0, ForbidTaken: 'on' }, 100002);
  });
});

describe('switch_seat', () => {
  it('moves a seated member to an empty seat', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 0);
    await ok(emu, `${MIC}/switch_seat`, { RoomId: roomId, Member_Account: 'u1', ToIndex: 3 });
    expect(await occupants(roomId)).toEqual([undefined, undefined, undefined, 'u1']);
  });

  it('answers 100002 to an occupied or locked target and to a member who is not seated', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 0);
    await pick(roomId, 'u2', 1);
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 2, ForbidTaken: true });
    const sw = (user: string, ToIndex: number): Promise<Json> =>
      fails(emu, `${MIC}/switch_seat`, { RoomId: roomId, Member_Account: user, ToIndex }, 100002);
    expect((await sw('u1', 1)).ErrorInfo).toMatch(/occupied/);
    expect((await sw('u1', 2)).ErrorInfo).toMatch(/locked/);
    expect((await sw('u3', 3)).ErrorInfo).toMatch(/not on a seat/);
    await fails(emu, `${MIC}/switch_seat`, { RoomId: roomId, Member_Account: 'ghost', ToIndex: 3 }, 100005);
  });
});

describe('move_user_to_seat', () => {
  async function twoSeated(): Promise<string> {
    const roomId = await seatedRoom();
    await pick(roomId, 'u1', 0);
    await pick(roomId, 'u2', 1);
    return roomId;
  }
  const move = (RoomId: string, Policy: unknown, SeatIndex = 1): Promise<Json> =>
    ok(emu, `${MIC}/move_user_to_seat`, { RoomId, Member_Account: 'u1', SeatIndex, Policy });

  it('moves to an empty seat under any policy', async () => {
    const roomId = await twoSeated();
    await move(roomId, 0, 3);
    expect(await occupants(roomId)).toEqual([undefined, 'u2', undefined, 'u1']);
  });

  it('Policy 0 answers 100002 when the target is occupied and changes nothing', async () => {
    const roomId = await twoSeated();
    const env = await fails(emu, `${MIC}/move_user_to_seat`, { RoomId: roomId, Member_Account: 'u1', SeatIndex: 1, Policy: 0 }, 100002);
    expect(env.ErrorInfo).toMatch(/occupied by 'u2'/);
    expect(await occupants(roomId)).toEqual(['u1', 'u2', undefined, undefined]);
  });

  it('Policy 1 kicks the occupant off the seat', async () => {
    const roomId = await twoSeated();
    await move(roomId, 1);
    expect(await occupants(roomId)).toEqual([undefined, 'u1', undefined, undefined]);
  });

  it('Policy 2 swaps the two members', async () => {
    const roomId = await twoSeated();
    await move(roomId, 2);
    expect(await occupants(roomId)).toEqual(['u2', 'u1', undefined, undefined]);
  });

  it('answers 100002 to a missing or unknown Policy and a locked target', async () => {
    const roomId = await twoSeated();
    await ok(emu, `${MIC}/lock_seat`, { RoomId: roomId, Index: 3, ForbidTaken: true });
    const bad = (body: Json): Promise<Json> =>
      fails(emu, `${MIC}/move_user_to_seat`, { RoomId: roomId, Member_Account: 'u1', SeatIndex: 1, ...body }, 100002);
    expect((await bad({})).ErrorInfo).toMatch(/Policy is required/);
    expect((await bad({ Policy: 3 })).ErrorInfo).toMatch(/Policy/);
    expect((await bad({ Policy: 1, SeatIndex: 3 })).ErrorInfo).toMatch(/locked/);
  });
});

describe('seats and membership', () => {
  it('frees the seat of a member who leaves the room', async () => {
    const roomId = await seatedRoom();
    await pick(roomId, 'u4', 3);
    await control(emu, 'DELETE', `rooms/${roomId}/members/u4`);
    expect(await occupants(roomId)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
