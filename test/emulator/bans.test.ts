import type { RunningEmulator } from '../../src/emulator';
import { control, createRoom, enter, fails, manualClock, ok, start, type Json } from './helpers';

const SRV = 'room_engine_http_srv';
const clock = manualClock();
const nowS = (): number => Math.floor(clock.now() / 1000);
const sig = (): { sigTime: number } => ({ sigTime: nowS() });
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start({ now: clock.now });
});
afterAll(() => emu.close());

const ban = (roomId: string, users: unknown[], Duration: unknown = 3600, Reason: unknown = 'you are banned'): Promise<Json> =>
  ok(emu, `${SRV}/ban_room_member`, { RoomId: roomId, MemberList_Account: users, Reason, Duration }, sig());
const bannedList = (roomId: string, extra: Json = {}): Promise<Json> =>
  ok(emu, `${SRV}/get_banned_member_list`, { RoomId: roomId, ...extra }, sig());
const memberIds = async (roomId: string): Promise<string[]> =>
  (await ok(emu, `${SRV}/get_room_member_list`, { RoomId: roomId }, sig())).MemberList.map((m: Json) => m.Member_Account);

describe('ban_room_member', () => {
  it('removes banned members from the room and their seats, and records BannedUntil = now + Duration', async () => {
    await createRoom(emu, 'b-room', { IsSeatEnabled: true, MaxSeatCount: 4 });
    for (const u of ['u1', 'u2', 'u3']) await enter(emu, 'b-room', u);
    await control(emu, 'POST', 'rooms/b-room/seats/1', { userId: 'u1' });
    await ban('b-room', ['u1', 'u2'], 3600, 'you are banned because of irregularities');
    expect(await memberIds('b-room')).toEqual(['u3']);
    const seats = await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'b-room' }, sig());
    expect(seats.SeatList[1].Member_Account).toBeUndefined();
    expect(await bannedList('b-room')).toEqual({
      BannedAccountList: [
        { Member_Account: 'u1', BannedUntil: nowS() + 3600 },
        { Member_Account: 'u2', BannedUntil: nowS() + 3600 },
      ],
      NextOffset: 0,
    });
  });

  it('keeps a banned user out until BannedUntil, then lets them enter again', async () => {
    await createRoom(emu, 'b-expiry');
    await enter(emu, 'b-expiry', 'bad');
    await ban('b-expiry', ['bad'], 60);
    const refused = await enter(emu, 'b-expiry', 'bad');
    expect(refused).toMatchObject({ ErrorCode: 100006, ActionStatus: 'FAIL' });
    expect(refused.ErrorInfo).toMatch(/banned/);
    await control(emu, 'POST', 'clock', { advanceSeconds: 59 });
    expect((await enter(emu, 'b-expiry', 'bad')).ErrorCode).toBe(100006);
    await control(emu, 'POST', 'clock', { advanceSeconds: 1 });
    expect((await bannedList('b-expiry')).BannedAccountList).toEqual([]);
    expect((await enter(emu, 'b-expiry', 'bad')).ErrorCode).toBe(0);
  });

  it('allows banning someone who is not in the room (a pre-emptive ban)', async () => {
    await createRoom(emu, 'b-pre');
    await ban('b-pre', ['stranger']);
    expect((await enter(emu, 'b-pre', 'stranger')).ErrorCode).toBe(100006);
  });

  it('accepts numeric account ids (D1)', async () => {
    await createRoom(emu, 'b-num');
    await ban('b-num', [777]);
    expect((await bannedList('b-num')).BannedAccountList[0].Member_Account).toBe('777');
  });

  it('answers 100002 to a missing or non-positive Duration, a missing or long Reason, and bad account lists', async () => {
    await createRoom(emu, 'b-bad');
    const bad = (body: Json): Promise<Json> => fails(emu, `${SRV}/ban_room_member`, { RoomId: 'b-bad', ...body }, 100002, sig());
    const u = { MemberList_Account: ['u'] };
    expect((await bad({ ...u, Reason: 'r' })).ErrorInfo).toMatch(/Duration is required/);
    expect((await bad({ ...u, Reason: 'r', Duration: 0 })).ErrorInfo).toMatch(/Duration must be at least 1/);
    expect((await bad({ ...u, Reason: 'r', Duration: 1.5 })).ErrorInfo).toMatch(/Duration must be an integer/);
    expect((await bad({ ...u, Duration: 10 })).ErrorInfo).toMatch(/Reason is required/);
    expect((await bad({ ...u, Duration: 10, Reason: 'é'.repeat(501) })).ErrorInfo).toMatch(/Reason must be at most 1000 bytes/);
    expect((await bad({ MemberList_Account: [], Duration: 10, Reason: 'r' })).ErrorInfo).toMatch(/MemberList_Account must not be empty/);
    const many = Array.from({ length: 21 }, (_, i) => `u${i}`);
    expect((await bad({ MemberList_Account: many, Duration: 10, Reason: 'r' })).ErrorInfo).toMatch(/at most 20/);
    expect((await bad({ MemberList_Account: [{}], Duration: 10, Reason: 'r' })).ErrorInfo).toMatch(/MemberList_Account\[0\]/);
  });
});

describe('unban_room_member', () => {
  it('lifts bans so the user may enter again', async () => {
    await createRoom(emu, 'ub-room');
    await ban('ub-room', ['u1', 'u2']);
    await ok(emu, `${SRV}/unban_room_member`, { RoomId: 'ub-room', MemberList_Account: ['u1'] }, sig());
    expect((await bannedList('ub-room')).BannedAccountList.map((b: Json) => b.Member_Account)).toEqual(['u2']);
    expect((await enter(emu, 'ub-room', 'u1')).ErrorCode).toBe(0);
  });

  it('answers 100005 naming an account that is not banned, and unbans nobody', async () => {
    await createRoom(emu, 'ub-bad');
    await ban('ub-bad', ['u1']);
    const env = await fails(emu, `${SRV}/unban_room_member`, { RoomId: 'ub-bad', MemberList_Account: ['u1', 'never'] }, 100005, sig());
    expect(env.ErrorInfo).toContain('never');
    expect((await bannedList('ub-bad')).BannedAccountList).toHaveLength(1);
  });
});

describe('get_banned_member_list', () => {
  beforeAll(async () => {
    await createRoom(emu, 'bl-room');
    await ban('bl-room', ['a', 'b', 'c', 'd', 'e']);
  });

  it('pages with Offset/Limit and answers NextOffset 0 once the list is complete', async () => {
    const names = (r: Json): string[] => r.BannedAccountList.map((b: Json) => b.Member_Account);
    const p1 = await bannedList('bl-room', { Limit: 2 });
    expect([names(p1), p1.NextOffset]).toEqual([['a', 'b'], 2]);
    const p2 = await bannedList('bl-room', { Limit: 2, Offset: p1.NextOffset });
    expect([names(p2), p2.NextOffset]).toEqual([['c', 'd'], 4]);
    const p3 = await bannedList('bl-room', { Limit: 2, Offset: p2.NextOffset });
    expect([names(p3), p3.NextOffset]).toEqual([['e'], 0]);
  });

  it('answers NextOffset 0 on a page that ends exactly at the end, and an empty page past it', async () => {
    expect((await bannedList('bl-room', { Limit: 5 })).NextOffset).toBe(0);
    expect((await bannedList('bl-room', { Limit: 4 })).NextOffset).toBe(4);
    expect(await bannedList('bl-room', { Offset: 9 })).toEqual({ BannedAccountList: [], NextOffset: 0 });
  });

  it('answers 100002 to Limit outside 1..100 and a negative Offset', async () => {
    for (const extra of [{ Limit: 0 }, { Limit: 101 }, { Offset: -1 }]) {
      const env = await fails(emu, `${SRV}/get_banned_member_list`, { RoomId: 'bl-room', ...extra }, 100002, sig());
      expect(env.ErrorInfo).toMatch(Object.keys(extra)[0]);
    }
  });
});
