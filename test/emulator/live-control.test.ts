import { DEMO_LIVE_ROOM_IDS, DEMO_ROOM_IDS, type RunningEmulator } from '../../src/emulator';
import { createAppState, logCall } from '../../src/emulator/state';
import { control, ok, rest, restUrl, start, type Json } from './helpers';
import { SRV, startLive, type Live } from './live-helpers';

describe('the per-call log (GET /emulator/v1/calls?log=1)', () => {
  let t: Live;
  beforeAll(async () => {
    t = await startLive();
  });
  afterAll(() => t.close());

  it('lists each REST call with its command, emulated arrival time and ErrorCode, oldest first', async () => {
    await t.control('DELETE', 'calls');
    await t.room('log-room');
    t.tick(250);
    await t.fails('get_room_info', { RoomId: 'log-none' }, 100004);
    t.tick(250);
    await t.rest('get_room_list', { Next: '', Count: 50 });
    const res = await t.control('GET', 'calls?log=1');
    expect(res.Log).toEqual([
      { command: `${SRV}/create_room`, atMs: t.nowMs() - 500, errorCode: 0 },
      { command: `${SRV}/get_room_info`, atMs: t.nowMs() - 250, errorCode: 100004 },
      { command: `${SRV}/get_room_list`, atMs: t.nowMs(), errorCode: 100002 },
    ]);
    expect(res.Total).toBe(3);
    expect((await t.control('GET', 'calls')).Log).toBeUndefined();
  });

  it('lets a test count calls per emulated second, rate-limited ones included', async () => {
    await t.control('DELETE', 'calls');
    t.tick(1000);
    await Promise.all(Array.from({ length: 12 }, () => t.rest('get_room_list', { Next: '', Count: 1 })));
    const log = (await t.control('GET', 'calls?log=1')).Log as Json[];
    expect(log).toHaveLength(12);
    expect(new Set(log.map((e) => e.atMs)).size).toBe(1);
    expect(log.filter((e) => e.errorCode === 60007)).toHaveLength(2);
  });

  it('marks a call a fault dropped with errorCode -1', async () => {
    await t.control('DELETE', 'calls');
    await t.control('POST', 'faults', { command: `${SRV}/get_room_info`, dropConnection: true });
    await fetch(restUrl(t.emu, `/v4/${SRV}/get_room_info`), { method: 'POST', body: '{}' }).catch(() => undefined);
    expect((await t.control('GET', 'calls?log=1')).Log).toEqual([{ command: `${SRV}/get_room_info`, atMs: t.nowMs(), errorCode: -1 }]);
  });

  it('is cleared by DELETE /calls and by reset', async () => {
    await t.rest('get_room_info', { RoomId: 'x' });
    await t.control('DELETE', 'calls');
    expect((await t.control('GET', 'calls?log=1')).Log).toEqual([]);
    await t.rest('get_room_info', { RoomId: 'x' });
    await t.control('POST', 'reset');
    expect((await t.control('GET', 'calls?log=1')).Log).toEqual([]);
  });

  it('keeps the last 10,000 calls', () => {
    const app = createAppState({ sdkAppId: 1, secretKey: 'k', adminIds: ['a'] });
    for (let i = 0; i < 10_050; i++) logCall(app, 'x/y', i);
    expect(app.callLog).toHaveLength(10_000);
    expect(app.callLog[0].atMs).toBe(50);
  });
});

describe('the Live control endpoints', () => {
  let t: Live;
  beforeAll(async () => {
    t = await startLive();
    await t.room('ctl-live');
    await t.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'ctl-conf', RoomType: 'Conference' } });
  });
  afterAll(() => t.close());

  it('answers 100006 for gifts, likes and messages in a Conference room', async () => {
    expect((await t.control('POST', 'rooms/ctl-conf/likes', { userId: 'u' })).ErrorCode).toBe(100006);
    expect((await t.control('GET', 'rooms/ctl-conf/messages')).ErrorCode).toBe(100006);
    expect((await t.control('POST', 'rooms/ctl-conf/gifts', { userId: 'u', giftId: 'g' })).ErrorCode).toBe(100006);
  });

  it('answers 100002 for a gift without userId or giftId', async () => {
    expect((await t.control('POST', 'rooms/ctl-live/gifts', { giftId: 'g' })).ErrorCode).toBe(100002);
    expect((await t.control('POST', 'rooms/ctl-live/gifts', { userId: 'u' })).ErrorCode).toBe(100002);
  });
});

describe('demo seed: live rooms and the gift catalogue', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ seedDemo: true });
  });
  afterAll(() => emu.close());

  it('exports the live room ids next to the Conference ones', () => {
    expect(DEMO_ROOM_IDS).toEqual(['demo-standup', 'demo-allhands', 'demo-townhall']);
    expect(DEMO_LIVE_ROOM_IDS).toEqual(['live-music', 'live-gaming', 'live-rehearsal']);
  });

  it('lists the public live rooms by ViewCount and hides live-rehearsal', async () => {
    const list = await ok(emu, `${SRV}/get_room_list`, { Next: '', Count: 20 });
    expect(list.RoomList.map((r: Json) => [r.RoomId, r.ViewCount])).toEqual([['live-music', 12], ['live-gaming', 5]]);
    expect((await ok(emu, `${SRV}/get_room_info`, { RoomId: 'live-rehearsal' })).RoomInfo).toMatchObject({
      IsPublicVisible: false, SeatTemplate: 'VideoLandscape4Seat', MaxSeatCount: 4, OnlineCount: 0,
    });
  });

  it('seeds live-music with members, seats, an admin, metadata and statistics', async () => {
    const info = (await ok(emu, `${SRV}/get_room_info`, { RoomId: 'live-music' })).RoomInfo;
    expect(info).toMatchObject({ Owner_Account: 'mia', SeatTemplate: 'AudioSalon', MaxSeatCount: 8, OnlineCount: 4, IsPublicVisible: true });
    const members = await ok(emu, `${SRV}/get_member_list`, { RoomId: 'live-music', Next: '' });
    expect(members.MemberList.map((m: Json) => m.Member_Account)).toEqual(['mia', 'noah', 'olivia', 'pete']);
    const seats = (await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'live-music' })).SeatList;
    expect(seats.slice(0, 3).map((s: Json) => s.Member_Account)).toEqual(['mia', 'noah', undefined]);
    expect((await ok(emu, `${SRV}/get_admin_list`, { RoomId: 'live-music' })).Admin_Account).toEqual(['noah']);
    expect((await ok(emu, `${SRV}/get_room_metadata`, { RoomId: 'live-music', Keys: [] })).Metadata.map((m: Json) => m.Key)).toEqual(['theme', 'song']);
    expect(await ok(emu, `${SRV}/get_room_stats`, { RoomId: 'live-music' })).toEqual({
      TotalViewers: 4, TotalGiftsSent: 6, TotalGiftCoins: 105, TotalUniqueGiftSenders: 2, TotalLikesReceived: 42, TotalMsgCount: 0,
    });
  });

  it('seeds four gifts in two categories, one gift with "en" and "zh-Hans" names', async () => {
    const list = await ok(emu, `${SRV}/get_gift_info_list`);
    expect(list.GiftList.map((g: Json) => [g.GiftId, g.Coins])).toEqual([['rose', 1], ['heart', 5], ['rocket', 100], ['crown', 500]]);
    expect(list.GiftList[0].LanguageList.map((l: Json) => l.Language)).toEqual(['en', 'zh-Hans']);
    expect(list.CategoryList.map((c: Json) => [c.CategoryId, c.GiftIdList])).toEqual([
      ['popular', ['rose', 'heart', 'rocket']], ['premium', ['rocket', 'crown']],
    ]);
  });

  it('restores the live rooms and catalogue on reset with seedDemo', async () => {
    await ok(emu, `${SRV}/destroy_room`, { RoomId: 'live-gaming' });
    await ok(emu, `${SRV}/del_gift`, { GiftId: 'crown' });
    await control(emu, 'POST', 'reset', { seedDemo: true });
    expect((await ok(emu, `${SRV}/get_room_info`, { RoomId: 'live-gaming' })).RoomInfo.OnlineCount).toBe(2);
    expect((await ok(emu, `${SRV}/get_gift_info_list`)).TotalCount).toBe(4);
    await control(emu, 'POST', 'reset');
    expect((await rest(emu, `${SRV}/get_gift_info_list`)).Response.TotalCount).toBe(0);
  });
});
