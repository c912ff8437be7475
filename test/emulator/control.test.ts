import { DEMO_ROOM_IDS, type RunningEmulator } from '../../src/emulator';
import { APP, control, createRoom, enter, fails, ok, start, type Json } from './helpers';

const SRV = 'room_engine_http_srv';
const OTHER = { sdkAppId: 1400000002, secretKey: 'other-secret', adminIds: ['root'] };

describe('control API', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ apps: [APP, OTHER] });
  });
  afterAll(() => emu.close());

  it('lets a client enter idempotently, with NameCard and CustomInfo, and the owner gets the owner role', async () => {
    await createRoom(emu, 'c-enter', { Owner_Account: 'boss' });
    const first = await enter(emu, 'c-enter', 'boss', { nameCard: 'The Boss', customInfo: 'x' });
    expect(first).toMatchObject({
      httpStatus: 200, ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', MemberCount: 1,
      Member: { Member_Account: 'boss', NameCard: 'The Boss', Role: 'RoomOwner', Marks: [], CustomInfo: 'x' },
    });
    expect((await enter(emu, 'c-enter', 'boss')).MemberCount).toBe(1);
    const info = await ok(emu, `${SRV}/get_room_info`, { RoomId: 'c-enter' });
    expect(info.RoomInfo.MemberCount).toBe(1);
  });

  it('answers 100004 for a missing room, 100002 for a missing userId or a full room, 100005 for leaving when absent', async () => {
    expect((await enter(emu, 'c-none', 'u')).ErrorCode).toBe(100004);
    await createRoom(emu, 'c-small', { MaxMemberCount: 1 });
    expect((await control(emu, 'POST', 'rooms/c-small/members', {})).ErrorCode).toBe(100002);
    await enter(emu, 'c-small', 'a');
    const full = await enter(emu, 'c-small', 'b');
    expect(full).toMatchObject({ ErrorCode: 100002, ErrorInfo: expect.stringMatching(/full/) });
    expect((await control(emu, 'DELETE', 'rooms/c-small/members/b')).ErrorCode).toBe(100005);
    expect((await control(emu, 'DELETE', 'rooms/c-small/members/a')).ErrorCode).toBe(0);
  });

  it('handles room ids that need percent-encoding', async () => {
    await createRoom(emu, 'c room/1');
    expect((await enter(emu, 'c room/1', 'u')).ErrorCode).toBe(0);
    expect((await control(emu, 'DELETE', `rooms/${encodeURIComponent('c room/1')}/members/u`)).ErrorCode).toBe(0);
  });

  it('lets a member take and leave a seat, with pick_user_on_seat checks', async () => {
    await createRoom(emu, 'c-seat', { IsSeatEnabled: true, MaxSeatCount: 2 });
    await enter(emu, 'c-seat', 'u');
    expect((await control(emu, 'POST', 'rooms/c-seat/seats/1', { userId: 'ghost' })).ErrorCode).toBe(100005);
    expect((await control(emu, 'POST', 'rooms/c-seat/seats/5', { userId: 'u' })).ErrorCode).toBe(100002);
    expect((await control(emu, 'POST', 'rooms/c-seat/seats/x', { userId: 'u' })).ErrorCode).toBe(100002);
    expect((await control(emu, 'POST', 'rooms/c-seat/seats/1', { userId: 'u' })).ErrorCode).toBe(0);
    expect((await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'c-seat' })).SeatList[1].Member_Account).toBe('u');
    expect((await control(emu, 'DELETE', 'rooms/c-seat/seats/1')).ErrorCode).toBe(0);
    expect((await control(emu, 'DELETE', 'rooms/c-seat/seats/1')).ErrorCode).toBe(100002);
    await createRoom(emu, 'c-noseat');
    await enter(emu, 'c-noseat', 'u');
    expect((await control(emu, 'POST', 'rooms/c-noseat/seats/0', { userId: 'u' })).ErrorCode).toBe(100211);
  });

  it('reports and resets call counts per app', async () => {
    await control(emu, 'DELETE', 'calls');
    await ok(emu, `${SRV}/get_room_info`, { RoomId: 'c-enter' });
    await ok(emu, `${SRV}/get_room_info`, { RoomId: 'c-enter' });
    expect(await control(emu, 'GET', 'calls')).toMatchObject({ ErrorCode: 0, Calls: { [`${SRV}/get_room_info`]: 2 }, Total: 2 });
    expect(await control(emu, 'GET', 'calls', undefined, OTHER.sdkAppId)).toMatchObject({ Calls: {}, Total: 0 });
    await control(emu, 'DELETE', 'calls');
    expect((await control(emu, 'GET', 'calls')).Total).toBe(0);
  });

  it('advances the clock', async () => {
    const before = (await control(emu, 'GET', 'clock')).NowMs;
    const after = (await control(emu, 'POST', 'clock', { advanceSeconds: 3600 })).NowMs;
    expect(after - before).toBeGreaterThanOrEqual(3600_000);
    expect((await control(emu, 'POST', 'clock', { advanceSeconds: -1 })).ErrorCode).toBe(100002);
  });

  it('sets and removes the callback token without echoing it', async () => {
    const set = await control(emu, 'PUT', 'callback-token', { token: 's3cret-token' });
    expect(set).toMatchObject({ ErrorCode: 0, Configured: true });
    expect(JSON.stringify(set)).not.toContain('s3cret-token');
    expect(await control(emu, 'PUT', 'callback-token', { token: null })).toMatchObject({ ErrorCode: 0, Configured: false });
    expect((await control(emu, 'PUT', 'callback-token', {})).ErrorCode).toBe(100002);
  });

  it('selects the app with ?sdkappid and answers 60006 to an unknown one', async () => {
    expect((await control(emu, 'GET', 'calls', undefined, 1499999999)).ErrorCode).toBe(60006);
  });

  it('answers 404 with 60009 to an unknown endpoint and 60003 to a body that is not a JSON object', async () => {
    expect(await control(emu, 'GET', 'nope')).toMatchObject({ httpStatus: 404, ErrorCode: 60009 });
    expect(await control(emu, 'PUT', 'calls')).toMatchObject({ httpStatus: 404, ErrorCode: 60009 });
    const res = await fetch(`${emu.url}/emulator/v1/clock`, { method: 'POST', body: '[1]' });
    expect(((await res.json()) as Json).ErrorCode).toBe(60003);
  });

  it('resets one app: rooms, callback configuration, calls and faults', async () => {
    await createRoom(emu, 'c-reset');
    await ok(emu, 'room_config/set_callback', { Url: 'http://127.0.0.1:1/x', CallbackCommandList: [] });
    await control(emu, 'POST', 'faults', { command: 'room_config/delete_callback', errorCode: 100001 });
    expect((await control(emu, 'POST', 'reset')).ErrorCode).toBe(0);
    await fails(emu, `${SRV}/get_room_info`, { RoomId: 'c-reset' }, 100004);
    await fails(emu, 'room_config/delete_callback', {}, 100301);
    expect((await control(emu, 'GET', 'calls')).Calls).toEqual({ [`${SRV}/get_room_info`]: 1, 'room_config/delete_callback': 1 });
  });
});

describe('demo seed', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ seedDemo: true, apps: [APP, OTHER] });
  });
  afterAll(() => emu.close());

  const members = async (roomId: string): Promise<[string, string][]> =>
    (await ok(emu, `${SRV}/get_room_member_list`, { RoomId: roomId })).MemberList.map((m: Json) => [m.Member_Account, m.Role]);

  it('seeds three rooms without counting calls', async () => {
    expect(emu.calls()).toEqual({});
    expect(DEMO_ROOM_IDS).toEqual(['demo-standup', 'demo-allhands', 'demo-townhall']);
  });

  it('seeds demo-standup: 8 seats, alice owner, alice and bob seated, a mark on bob', async () => {
    const info = (await ok(emu, `${SRV}/get_room_info`, { RoomId: 'demo-standup' })).RoomInfo;
    expect(info).toMatchObject({ Owner_Account: 'alice', IsSeatEnabled: true, MaxSeatCount: 8, MemberCount: 3, RoomStatus: 'Running' });
    expect(await members('demo-standup')).toEqual([['alice', 'RoomOwner'], ['bob', 'Member'], ['carol', 'Member']]);
    const list = await ok(emu, `${SRV}/get_room_member_list`, { RoomId: 'demo-standup' });
    expect(list.MemberList[1].Marks).toEqual([1001]);
    const seats = (await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'demo-standup' })).SeatList;
    expect(seats.slice(0, 3).map((s: Json) => s.Member_Account)).toEqual(['alice', 'bob', undefined]);
  });

  it('seeds demo-allhands without seats and demo-townhall not started with a locked seat', async () => {
    expect((await members('demo-allhands')).length).toBeGreaterThanOrEqual(4);
    await fails(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'demo-allhands' }, 100211);
    const town = (await ok(emu, `${SRV}/get_room_info`, { RoomId: 'demo-townhall' })).RoomInfo;
    expect(town).toMatchObject({ RoomStatus: 'NotStarted', IsSeatEnabled: true });
    const seats = (await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'demo-townhall' })).SeatList;
    expect(seats.filter((s: Json) => s.IsTakenDisabled)).toHaveLength(1);
  });

  it('seeds every app, and reset with seedDemo restores the demo rooms', async () => {
    const other = { sdkAppId: OTHER.sdkAppId, identifier: 'root', secretKey: OTHER.secretKey };
    expect((await ok(emu, `${SRV}/get_room_info`, { RoomId: 'demo-standup' }, other)).RoomInfo.MemberCount).toBe(3);
    await ok(emu, `${SRV}/destroy_room`, { RoomId: 'demo-townhall' });
    await control(emu, 'POST', 'reset', { seedDemo: true });
    expect((await ok(emu, `${SRV}/get_room_info`, { RoomId: 'demo-townhall' })).RoomInfo.RoomStatus).toBe('NotStarted');
    expect(emu.calls()).toEqual({ [`${SRV}/get_room_info`]: 1 });
  });
});
