import { enter } from './helpers';
import { MIC, startLive, type Json, type Live } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

const memberIds = async (roomId: string): Promise<string[]> =>
  (await t.ok('get_member_list', { RoomId: roomId, Next: '' })).MemberList.map((m: Json) => m.Member_Account);

describe('entering and leaving a live room (control API)', () => {
  it('counts every entry in ViewCount and each account once in TotalViewers; a repeated enter changes nothing', async () => {
    await t.room('m-views');
    await t.enter('m-views', 'a', 'b');
    await t.enter('m-views', 'a');
    expect((await t.control('DELETE', 'rooms/m-views/members/a')).ErrorCode).toBe(0);
    await t.enter('m-views', 'a');
    const info = (await t.ok('get_room_info', { RoomId: 'm-views' })).RoomInfo;
    expect(info).toMatchObject({ ViewCount: 3, OnlineCount: 2 });
    expect((await t.ok('get_room_stats', { RoomId: 'm-views' })).TotalViewers).toBe(2);
  });

  it('answers 100002 when the room is full, unless it has IsUnlimitedRoomEnabled', async () => {
    await t.room('m-full', { MaxMemberCount: 1 });
    await t.enter('m-full', 'a');
    expect((await enter(t.emu, 'm-full', 'b')).ErrorCode).toBe(100002);
    await t.ok('update_room_info', { RoomInfo: { RoomId: 'm-full', IsUnlimitedRoomEnabled: true } });
    await t.enter('m-full', 'b');
  });
});

describe('get_member_list', () => {
  it('lists members in entry order with MemberCount, and requires Next', async () => {
    await t.room('m-list');
    await t.enter('m-list', 'x', 'y', 'z');
    expect(await t.ok('get_member_list', { RoomId: 'm-list', Next: '' })).toEqual({
      Next: '', MemberCount: 3, MemberList: [{ Member_Account: 'x' }, { Member_Account: 'y' }, { Member_Account: 'z' }],
    });
    expect((await t.fails('get_member_list', { RoomId: 'm-list' }, 100002)).ErrorInfo).toMatch(/Next is required/);
    expect((await t.fails('get_member_list', { RoomId: 'm-list', Next: 'nope' }, 100002)).ErrorInfo).toMatch(/Next is not a cursor/);
    await t.fails('get_member_list', { RoomId: 'm-none', Next: '' }, 100004);
  });

  it('pages 100 members at a time and returns at most 1000 members in all', async () => {
    await t.room('m-many', { IsUnlimitedRoomEnabled: true });
    const users = Array.from({ length: 1005 }, (_, i) => `u${String(i).padStart(4, '0')}`);
    for (let i = 0; i < users.length; i += 50) {
      const batch = users.slice(i, i + 50);
      const codes = await Promise.all(batch.map((u) => enter(t.emu, 'm-many', u).then((r) => r.ErrorCode)));
      expect(codes.every((c) => c === 0)).toBe(true);
    }
    const pages: string[][] = [];
    let next = '';
    do {
      const page = await t.ok('get_member_list', { RoomId: 'm-many', Next: next });
      expect(page.MemberCount).toBe(1005);
      pages.push(page.MemberList.map((m: Json) => m.Member_Account));
      next = page.Next;
    } while (next !== '');
    expect(pages.map((p) => p.length)).toEqual(Array(10).fill(100));
    expect(pages.flat()).toEqual(users.slice(0, 1000));
  });
});

describe('mute_member and get_muted_member_list', () => {
  it('mutes for MuteTime seconds, unmutes with 0, and drops expired mutes by the emulated clock', async () => {
    await t.room('m-mute');
    await t.ok('mute_member', { RoomId: 'm-mute', MemberList_Account: ['a', 'b'], MuteTime: 60 });
    await t.ok('mute_member', { RoomId: 'm-mute', MemberList_Account: ['c'], MuteTime: 3600 });
    expect(await t.ok('get_muted_member_list', { RoomId: 'm-mute' })).toEqual({
      MutedAccountList: [
        { Member_Account: 'a', MutedUntil: t.nowS() + 60 },
        { Member_Account: 'b', MutedUntil: t.nowS() + 60 },
        { Member_Account: 'c', MutedUntil: t.nowS() + 3600 },
      ],
    });
    await t.ok('mute_member', { RoomId: 'm-mute', MemberList_Account: ['b'], MuteTime: 0 });
    t.tick(61_000);
    expect((await t.ok('get_muted_member_list', { RoomId: 'm-mute' })).MutedAccountList.map((m: Json) => m.Member_Account)).toEqual(['c']);
  });

  it('answers 100002 naming MuteTime or MemberList_Account, and 100004 for no room', async () => {
    await t.room('m-mute-bad');
    expect((await t.fails('mute_member', { RoomId: 'm-mute-bad', MemberList_Account: ['a'] }, 100002)).ErrorInfo).toMatch(/MuteTime is required/);
    expect((await t.fails('mute_member', { RoomId: 'm-mute-bad', MemberList_Account: ['a'], MuteTime: -1 }, 100002)).ErrorInfo).toMatch(/MuteTime/);
    expect((await t.fails('mute_member', { RoomId: 'm-mute-bad', MemberList_Account: [], MuteTime: 1 }, 100002)).ErrorInfo).toMatch(/MemberList_Account/);
    await t.fails('get_muted_member_list', { RoomId: 'm-none' }, 100004);
  });
});

describe('ban_member, unban_member and get_banned_member_list', () => {
  it('bans, removes the members from the room and their seats, and keeps them out until the ban ends', async () => {
    await t.room('m-ban');
    await t.enter('m-ban', 'a', 'b', 'c');
    await t.ok(`${MIC}/pick_user_on_seat`, { RoomId: 'm-ban', Member_Account: 'a', Index: 1 });
    await t.ok('ban_member', { RoomId: 'm-ban', MemberList_Account: ['a', 'outsider'], Duration: 600 });
    expect(await memberIds('m-ban')).toEqual(['b', 'c']);
    expect((await t.ok(`${MIC}/get_seat_list`, { RoomId: 'm-ban' })).SeatList[1].Member_Account).toBeUndefined();
    const refused = await enter(t.emu, 'm-ban', 'a');
    expect(refused.ErrorCode).toBe(100006);
    expect(await t.ok('get_banned_member_list', { RoomId: 'm-ban' })).toEqual({
      BannedAccountList: [
        { Member_Account: 'a', BannedUntil: t.nowS() + 600 },
        { Member_Account: 'outsider', BannedUntil: t.nowS() + 600 },
      ],
      NextOffset: 0,
    });
    t.tick(600_000);
    await t.enter('m-ban', 'a');
    expect((await t.ok('get_banned_member_list', { RoomId: 'm-ban' })).BannedAccountList).toEqual([]);
  });

  it('unbans, ignoring accounts that are not banned', async () => {
    await t.room('m-unban');
    await t.ok('ban_member', { RoomId: 'm-unban', MemberList_Account: ['a', 'b'], Reason: 'spam', Duration: 60 });
    await t.ok('unban_member', { RoomId: 'm-unban', MemberList_Account: ['a', 'never'] });
    expect((await t.ok('get_banned_member_list', { RoomId: 'm-unban' })).BannedAccountList.map((b: Json) => b.Member_Account)).toEqual(['b']);
  });

  it('pages the banned list with Offset / Limit and NextOffset 0 at the end', async () => {
    await t.room('m-ban-pages');
    const users = Array.from({ length: 25 }, (_, i) => `b${i}`);
    await t.ok('ban_member', { RoomId: 'm-ban-pages', MemberList_Account: users.slice(0, 20), Duration: 60 });
    await t.ok('ban_member', { RoomId: 'm-ban-pages', MemberList_Account: users.slice(20), Duration: 60 });
    const first = await t.ok('get_banned_member_list', { RoomId: 'm-ban-pages', Offset: 0, Limit: 10 });
    expect(first.NextOffset).toBe(10);
    const last = await t.ok('get_banned_member_list', { RoomId: 'm-ban-pages', Offset: 20, Limit: 10 });
    expect(last.BannedAccountList.map((b: Json) => b.Member_Account)).toEqual(users.slice(20));
    expect(last.NextOffset).toBe(0);
    await t.fails('get_banned_member_list', { RoomId: 'm-ban-pages', Limit: 101 }, 100002);
  });

  it.each([
    [{ MemberList_Account: Array.from({ length: 21 }, (_, i) => `u${i}`), Duration: 60 }, /MemberList_Account may hold at most 20/],
    [{ MemberList_Account: ['a'], Duration: 60, Reason: 'r'.repeat(201) }, /Reason must be at most 200 bytes/],
    [{ MemberList_Account: ['a'] }, /Duration is required/],
    [{ MemberList_Account: ['a'], Duration: 0 }, /Duration must be at least 1/],
  ])('answers 100002 naming the field for ban_member %j', async (extra, message) => {
    if (!(await t.rest('get_room_info', { RoomId: 'm-ban-bad' })).Response) await t.room('m-ban-bad');
    expect((await t.fails('ban_member', { RoomId: 'm-ban-bad', ...extra }, 100002)).ErrorInfo).toMatch(message);
  });

  it('answers 100002 for more than 20 accounts to unban and 100004 for no room', async () => {
    await t.fails('unban_member', { RoomId: 'm-ban', MemberList_Account: Array.from({ length: 21 }, (_, i) => `u${i}`) }, 100002);
    await t.fails('unban_member', { RoomId: 'm-none', MemberList_Account: ['a'] }, 100004);
    await t.fails('ban_member', { RoomId: 'm-none', MemberList_Account: ['a'], Duration: 1 }, 100004);
  });
});

describe('get_admin_list and modify_admin', () => {
  it('adds and deletes administrators, present or not; a present one gets the Admin role', async () => {
    await t.room('m-admin', { Owner_Account: 'boss' });
    await t.enter('m-admin', 'boss', 'helper');
    await t.ok('modify_admin', { RoomId: 'm-admin', Admin_Account: ['helper', 'absent'], OpType: 'add' });
    expect(await t.ok('get_admin_list', { RoomId: 'm-admin' })).toEqual({ Admin_Account: ['helper', 'absent'] });
    const members = await t.ok('room_engine_http_srv/get_room_member_list', { RoomId: 'm-admin' });
    expect(members.MemberList.map((m: Json) => [m.Member_Account, m.Role])).toEqual([['boss', 'RoomOwner'], ['helper', 'Admin']]);
    await t.ok('modify_admin', { RoomId: 'm-admin', Admin_Account: ['absent', 'never'], OpType: 'delete' });
    expect((await t.ok('get_admin_list', { RoomId: 'm-admin' })).Admin_Account).toEqual(['helper']);
  });

  it('answers 100002 for a bad OpType, no accounts, or the owner, and 100004 for no room', async () => {
    await t.room('m-admin-bad', { Owner_Account: 'boss' });
    expect((await t.fails('modify_admin', { RoomId: 'm-admin-bad', Admin_Account: ['a'], OpType: 'ADD' }, 100002)).ErrorInfo).toMatch(/OpType/);
    await t.fails('modify_admin', { RoomId: 'm-admin-bad', Admin_Account: [], OpType: 'add' }, 100002);
    await t.fails('modify_admin', { RoomId: 'm-admin-bad', Admin_Account: ['boss'], OpType: 'add' }, 100002);
    await t.fails('get_admin_list', { RoomId: 'm-none' }, 100004);
  });
});

describe('robots', () => {
  it('adds, lists and deletes robots, kept apart from the members', async () => {
    await t.room('m-robots');
    await t.ok('add_robot', { RoomId: 'm-robots', RobotList_Account: ['bot1', 'bot2'] });
    await t.ok('add_robot', { RoomId: 'm-robots', RobotList_Account: ['bot2', 'bot3'] });
    expect(await t.ok('get_robot', { RoomId: 'm-robots' })).toEqual({ RobotList_Account: ['bot1', 'bot2', 'bot3'] });
    expect(await memberIds('m-robots')).toEqual([]);
    await t.ok('del_robot', { RoomId: 'm-robots', RobotList_Account: ['bot1', 'unknown'] });
    expect((await t.ok('get_robot', { RoomId: 'm-robots' })).RobotList_Account).toEqual(['bot2', 'bot3']);
  });

  it('answers 100002 for a missing RobotList_Account and 100004 for no room', async () => {
    expect((await t.fails('add_robot', { RoomId: 'm-robots' }, 100002)).ErrorInfo).toMatch(/RobotList_Account is required/);
    await t.fails('add_robot', { RoomId: 'm-none', RobotList_Account: ['b'] }, 100004);
    await t.fails('get_robot', { RoomId: 'm-none' }, 100004);
    await t.fails('del_robot', { RoomId: 'm-none', RobotList_Account: ['b'] }, 100004);
  });

  it('answers 60007 past 100 add_robot calls in one second', async () => {
    t.tick(1000);
    const codes = await Promise.all(
      Array.from({ length: 101 }, (_, i) => t.rest('add_robot', { RoomId: 'm-robots', RobotList_Account: [`r${i}`] }).then((e) => e.ErrorCode)),
    );
    expect(codes.filter((c) => c === 60007)).toHaveLength(1);
  });
});
