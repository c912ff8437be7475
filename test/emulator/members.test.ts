import type { RunningEmulator } from '../../src/emulator';
import { control, createRoom, enter, fails, ok, start, type Json } from './helpers';

const SRV = 'room_engine_http_srv';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start();
});
afterAll(() => emu.close());

async function roomWith(roomId: string, owner: string, users: string[], info: Json = {}): Promise<void> {
  await createRoom(emu, roomId, { Owner_Account: owner, ...info });
  for (const u of users) expect((await enter(emu, roomId, u)).ErrorCode).toBe(0);
}

const list = (roomId: string, extra: Json = {}): Promise<Json> =>
  ok(emu, `${SRV}/get_room_member_list`, { RoomId: roomId, ...extra });

async function allPages(roomId: string, count: number): Promise<{ pages: string[][]; nexts: string[] }> {
  const pages: string[][] = [];
  const nexts: string[] = [];
  let next = '';
  do {
    const page = await list(roomId, { Count: count, Next: next });
    pages.push(page.MemberList.map((m: Json) => m.Member_Account));
    next = page.Next;
    nexts.push(next);
  } while (next !== '');
  return { pages, nexts };
}

describe('get_room_member_list', () => {
  it('lists members in entry order with the documented fields, the owner as RoomOwner', async () => {
    await roomWith('m-list', 'owner', ['a', 'owner', 'b']);
    await enter(emu, 'm-list', 'c', { nameCard: 'Cee', customInfo: 'vip' });
    const res = await list('m-list');
    expect(res).toEqual({
      Next: '',
      MemberList: [
        { Member_Account: 'a', NameCard: '', Role: 'Member', Marks: [], CustomInfo: '' },
        { Member_Account: 'owner', NameCard: '', Role: 'RoomOwner', Marks: [], CustomInfo: '' },
        { Member_Account: 'b', NameCard: '', Role: 'Member', Marks: [], CustomInfo: '' },
        { Member_Account: 'c', NameCard: 'Cee', Role: 'Member', Marks: [], CustomInfo: 'vip' },
      ],
    });
  });

  it('pages with an opaque Next cursor and answers Next "" on a page that ends exactly at the end', async () => {
    const users = Array.from({ length: 6 }, (_, i) => `p${i}`);
    await roomWith('m-pages', 'p0', users);
    const three = await allPages('m-pages', 3);
    expect(three.pages).toEqual([users.slice(0, 3), users.slice(3, 6)]);
    expect(three.nexts[0]).not.toBe('');
    expect(three.nexts[1]).toBe('');
    const four = await allPages('m-pages', 4);
    expect(four.pages).toEqual([users.slice(0, 4), users.slice(4)]);
    expect((await list('m-pages', { Count: 6 })).Next).toBe('');
    expect((await list('m-pages', { Count: 5 })).Next).not.toBe('');
  });

  it('defaults Count to 50 and accepts up to 100', async () => {
    const users = Array.from({ length: 101 }, (_, i) => `c${i}`);
    await roomWith('m-count', 'c0', users);
    const first = await list('m-count');
    expect(first.MemberList).toHaveLength(50);
    const big = await list('m-count', { Count: 100 });
    expect(big.MemberList).toHaveLength(100);
    const last = await list('m-count', { Count: 100, Next: big.Next });
    expect(last.MemberList.map((m: Json) => m.Member_Account)).toEqual(['c100']);
    expect(last.Next).toBe('');
  });

  it('keeps a cursor valid when members before it leave', async () => {
    await roomWith('m-stable', 's0', ['s0', 's1', 's2', 's3']);
    const first = await list('m-stable', { Count: 2 });
    await control(emu, 'DELETE', 'rooms/m-stable/members/s0');
    const second = await list('m-stable', { Count: 2, Next: first.Next });
    expect(second.MemberList.map((m: Json) => m.Member_Account)).toEqual(['s2', 's3']);
  });

  it('answers 100002 to an unknown cursor, a cursor of another room, and Count outside 1..100', async () => {
    await roomWith('m-bad', 'x', ['x', 'y', 'z']);
    const other = await list('m-pages', { Count: 1 });
    for (const Next of ['garbage', 'eyJyIjoibS1iYWQiLCJzIjo5OX0', other.Next, 5]) {
      await fails(emu, `${SRV}/get_room_member_list`, { RoomId: 'm-bad', Next }, 100002);
    }
    for (const Count of [0, 101, 'ten']) {
      const env = await fails(emu, `${SRV}/get_room_member_list`, { RoomId: 'm-bad', Count }, 100002);
      expect(env.ErrorInfo).toMatch(/Count/);
    }
  });
});

describe('update_room_member_info', () => {
  it('sets NameCard, Role and CustomInfo, leaving omitted fields unchanged', async () => {
    await roomWith('m-upd', 'o', ['o', 'u4']);
    await ok(emu, `${SRV}/update_room_member_info`, {
      RoomId: 'm-upd', MemberInfo: { Member_Account: 'u4', NameCard: 'jack', Role: 'Admin', CustomInfo: 'custom info' },
    });
    await ok(emu, `${SRV}/update_room_member_info`, { RoomId: 'm-upd', MemberInfo: { Member_Account: 'u4', NameCard: 'j' } });
    const res = await list('m-upd');
    expect(res.MemberList[1]).toEqual({ Member_Account: 'u4', NameCard: 'j', Role: 'Admin', Marks: [], CustomInfo: 'custom info' });
  });

  it('answers 100005 naming a non-member and 100002 for invalid fields', async () => {
    await roomWith('m-upd2', 'o', ['o', 'u']);
    const env = await fails(emu, `${SRV}/update_room_member_info`, { RoomId: 'm-upd2', MemberInfo: { Member_Account: 'ghost' } }, 100005);
    expect(env.ErrorInfo).toContain('ghost');
    const cases: [Json, RegExp][] = [
      [{ Member_Account: 'u', NameCard: 'x'.repeat(33) }, /MemberInfo.NameCard must be at most 32/],
      [{ Member_Account: 'u', CustomInfo: 'x'.repeat(61) }, /MemberInfo.CustomInfo must be at most 60/],
      [{ Member_Account: 'u', Role: 'RoomOwner' }, /MemberInfo.Role/],
      [{ Member_Account: 'u', Role: 'Owner' }, /MemberInfo.Role/],
      [{ Member_Account: 'o', Role: 'Admin' }, /owner/],
      [{ NameCard: 'n' }, /MemberInfo.Member_Account is required/],
    ];
    for (const [MemberInfo, message] of cases) {
      expect((await fails(emu, `${SRV}/update_room_member_info`, { RoomId: 'm-upd2', MemberInfo }, 100002)).ErrorInfo).toMatch(message);
    }
  });
});

describe('change_room_owner', () => {
  it('makes the new owner RoomOwner and the old owner a Member', async () => {
    await roomWith('m-own', 'user2', ['user2', 'user4']);
    await ok(emu, `${SRV}/update_room_member_info`, { RoomId: 'm-own', MemberInfo: { Member_Account: 'user4', Role: 'Admin' } });
    await ok(emu, `${SRV}/change_room_owner`, { RoomId: 'm-own', From_Account: 'user2', NewOwner_Account: 'user4' });
    const roles = (await list('m-own')).MemberList.map((m: Json) => [m.Member_Account, m.Role]);
    expect(roles).toEqual([['user2', 'Member'], ['user4', 'RoomOwner']]);
    const info = await ok(emu, `${SRV}/get_room_info`, { RoomId: 'm-own' });
    expect(info.RoomInfo.Owner_Account).toBe('user4');
  });

  it('answers 100006 when From_Account is not the owner and 100005 when the new owner is not a member', async () => {
    await roomWith('m-own2', 'boss', ['boss', 'm']);
    await fails(emu, `${SRV}/change_room_owner`, { RoomId: 'm-own2', From_Account: 'm', NewOwner_Account: 'm' }, 100006);
    const env = await fails(emu, `${SRV}/change_room_owner`, { RoomId: 'm-own2', From_Account: 'boss', NewOwner_Account: 'out' }, 100005);
    expect(env.ErrorInfo).toContain('out');
    await fails(emu, `${SRV}/change_room_owner`, { RoomId: 'm-own2', From_Account: 'boss' }, 100002);
  });
});

describe('mark_room_member', () => {
  const mark = (body: Json): Promise<Json> => ok(emu, `${SRV}/mark_room_member`, { RoomId: 'm-mark', ...body });
  const marksOf = async (): Promise<Record<string, number[]>> =>
    Object.fromEntries((await list('m-mark')).MemberList.map((m: Json) => [m.Member_Account, m.Marks]));

  beforeAll(() => roomWith('m-mark', 'o', ['o', 'user2', 'user3']));

  it('adds marks with CommandType 1 and removes them with CommandType 2 (numbers or strings)', async () => {
    await mark({ CommandType: 1, MemberList: [{ Member_Account: 'user2', Marks: [1000, 1002, 1003] }] });
    await mark({ CommandType: '1', MemberList: [{ Member_Account: 'user2', Marks: [1004] }, { Member_Account: 'user3', Marks: [1000] }] });
    expect(await marksOf()).toEqual({ o: [], user2: [1000, 1002, 1003, 1004], user3: [1000] });
    await mark({ CommandType: '2', MemberList: [{ Member_Account: 'user2', Marks: [1002, 1999] }] });
    expect((await marksOf()).user2).toEqual([1000, 1003, 1004]);
  });

  it('answers 100002 to the documented limits and 100005 to a non-member, changing nothing', async () => {
    const before = await marksOf();
    const bad = async (body: Json, message: RegExp): Promise<void> => {
      expect((await fails(emu, `${SRV}/mark_room_member`, { RoomId: 'm-mark', ...body }, 100002)).ErrorInfo).toMatch(message);
    };
    const item = (Marks: unknown[]): Json => ({ Member_Account: 'user3', Marks });
    await bad({ CommandType: 3, MemberList: [item([1000])] }, /CommandType/);
    await bad({ MemberList: [item([1000])] }, /CommandType is required/);
    await bad({ CommandType: 1, MemberList: [] }, /MemberList/);
    await bad({ CommandType: 1, MemberList: Array.from({ length: 11 }, () => item([1000])) }, /MemberList may hold at most 10/);
    await bad({ CommandType: 1, MemberList: [item([1000, 1001, 1002, 1003])] }, /Marks may hold at most 3/);
    await bad({ CommandType: 1, MemberList: [item([999])] }, /at least 1000/);
    await bad({ CommandType: 1, MemberList: [item(['1000'])] }, /at least 1000/);
    // 1000, 1003, 1004 are in use: 8 more would make 11 distinct marks in the room.
    await bad({
      CommandType: 1,
      MemberList: [item([2001, 2002, 2003]), { Member_Account: 'o', Marks: [2004, 2005, 2006] }, { Member_Account: 'user2', Marks: [2007, 2008] }],
    }, /at most 10 distinct marks/);
    const env = await fails(emu, `${SRV}/mark_room_member`, {
      RoomId: 'm-mark', CommandType: 1, MemberList: [item([1500]), { Member_Account: 'ghost', Marks: [1500] }],
    }, 100005);
    expect(env.ErrorInfo).toContain('ghost');
    expect(await marksOf()).toEqual(before);
  });

  it('allows exactly 10 distinct marks in a room', async () => {
    await mark({
      CommandType: 1,
      MemberList: [{ Member_Account: 'user3', Marks: [2001, 2002, 2003] }, { Member_Account: 'o', Marks: [2004, 2005, 2006] }, { Member_Account: 'user2', Marks: [2007] }],
    });
  });
});

describe('kick_user_out', () => {
  it('removes members from the room and from their seats', async () => {
    await roomWith('m-kick', 'o', ['o', 'k1', 'k2', 'k3'], { IsSeatEnabled: true });
    await control(emu, 'POST', 'rooms/m-kick/seats/2', { userId: 'k1' });
    await ok(emu, `${SRV}/kick_user_out`, { RoomId: 'm-kick', MemberList_Account: ['k1', 'k2'], Reason: 'you are kicked because of irregularities' });
    expect((await list('m-kick')).MemberList.map((m: Json) => m.Member_Account)).toEqual(['o', 'k3']);
    const seats = await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'm-kick' });
    expect(seats.SeatList[2]).toEqual({ Index: 2, IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false });
    // Kicked is not banned: they may come back.
    expect((await enter(emu, 'm-kick', 'k1')).ErrorCode).toBe(0);
  });

  it('answers 100005 naming a non-member and kicks nobody', async () => {
    await roomWith('m-kick2', 'o', ['o', 'k1']);
    const env = await fails(emu, `${SRV}/kick_user_out`, { RoomId: 'm-kick2', MemberList_Account: ['k1', 'nobody'], Reason: 'r' }, 100005);
    expect(env.ErrorInfo).toContain('nobody');
    expect((await list('m-kick2')).MemberList).toHaveLength(2);
  });

  it('answers 100002 to a missing Reason, a 1001-byte Reason, and an empty or 21-account list', async () => {
    await roomWith('m-kick3', 'o', ['o']);
    const kick = (body: Json): Promise<Json> => fails(emu, `${SRV}/kick_user_out`, { RoomId: 'm-kick3', ...body }, 100002);
    expect((await kick({ MemberList_Account: ['o'] })).ErrorInfo).toMatch(/Reason is required/);
    expect((await kick({ MemberList_Account: ['o'], Reason: 'x'.repeat(1001) })).ErrorInfo).toMatch(/Reason must be at most 1000/);
    expect((await kick({ MemberList_Account: [], Reason: 'r' })).ErrorInfo).toMatch(/MemberList_Account/);
    const many = Array.from({ length: 21 }, (_, i) => `u${i}`);
    expect((await kick({ MemberList_Account: many, Reason: 'r' })).ErrorInfo).toMatch(/at most 20/);
  });

  it('accepts account ids sent as JSON numbers (D1)', async () => {
    await roomWith('m-kick4', 'o', ['o', '12345']);
    await ok(emu, `${SRV}/kick_user_out`, { RoomId: 'm-kick4', MemberList_Account: [12345], Reason: '' });
    expect((await list('m-kick4')).MemberList).toHaveLength(1);
  });

  it('keeps a TinyId sent as a bare JSON number exact', async () => {
    await roomWith('m-tiny', 'o', ['o', '144115233775727695']);
    const res = await ok(emu, `${SRV}/kick_user_out`, {}, {
      rawBody: '{"RoomId":"m-tiny","MemberList_Account":[144115233775727695],"Reason":""}',
    });
    expect(res).toBeDefined();
    expect((await list('m-tiny')).MemberList.map((m: { Member_Account: string }) => m.Member_Account)).toEqual(['o']);
  });
});
