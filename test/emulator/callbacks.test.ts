import { createHash } from 'node:crypto';
import { callbackSign, type RunningEmulator } from '../../src/emulator';
import { control, createRoom, enter, ok, receiver, start, type Json, type Received } from './helpers';

const SRV = 'room_engine_http_srv';
const MIC = 'room_engine_http_mic';
const ALL = [
  'Room.CallbackAfterCreateRoom', 'Room.CallbackAfterDestroyRoom', 'Room.CallbackUpdateRoomInfo',
  'Room.CallbackAfterMemberEnter', 'Room.CallbackAfterMemberLeave', 'Mic.CallbackAfterSeatInfoChanged',
];

describe('callbackSign', () => {
  it('matches the spec §10 test vector', () => {
    expect(callbackSign('xxxxyyyy', 1669872112)).toBe('17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061');
  });
});

describe('callbacks to a configured receiver', () => {
  let emu: RunningEmulator;
  let hook: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    emu = await start();
    hook = await receiver();
    await control(emu, 'PUT', 'callback-token', { token: 'xxxxyyyy' });
    await ok(emu, 'room_config/set_callback', { Url: hook.url, CallbackCommandList: ALL });
  });
  afterAll(async () => {
    await emu.close();
    await hook.close();
  });

  function expectSigned(r: Received, command: string, platform: string): void {
    expect(r.path).toBe('/hook');
    expect(Object.fromEntries([...r.query].filter(([k]) => k !== 'Sign' && k !== 'RequestTime'))).toEqual({
      SdkAppid: '1400000001', CallbackCommand: command, contenttype: 'json', ClientIP: '127.0.0.1', OptPlatform: platform,
    });
    const time = r.query.get('RequestTime') as string;
    expect(Math.abs(Number(time) - Date.now() / 1000)).toBeLessThan(60);
    expect(r.query.get('Sign')).toBe(createHash('sha256').update(`xxxxyyyy${time}`).digest('hex'));
    expect(r.body.CallbackCommand).toBe(command);
    expect(Math.abs(r.body.EventTime - Date.now())).toBeLessThan(60_000);
  }

  it('posts each event in order with the documented query and bodies, signed with the token', async () => {
    await createRoom(emu, 'cb-room', { Owner_Account: 'alice', IsSeatEnabled: true, MaxSeatCount: 2 }, { ScheduleInviteeList_Account: ['bob'] });
    const created = await hook.next();
    expectSigned(created, 'Room.CallbackAfterCreateRoom', 'RESTAPI');
    expect(created.body).toMatchObject({
      Operator_Account: 'administrator',
      RoomInfo: { RoomId: 'cb-room', RoomType: 'Meeting', Owner_Account: 'alice', MaxSeatCount: 2, TakeSeatMode: 'FreeToTake', RoomStatus: 'Running' },
      ScheduleInviteeList_Account: ['bob'],
    });
    expect(created.body.RoomInfo.MemberCount).toBeUndefined();

    await enter(emu, 'cb-room', 'bob');
    const entered = await hook.next();
    expectSigned(entered, 'Room.CallbackAfterMemberEnter', 'Web');
    expect(entered.body).toEqual({
      CallbackCommand: 'Room.CallbackAfterMemberEnter', Operator_Account: 'bob', RoomId: 'cb-room', MemberCount: 1,
      Type: 'Enter', MemberList_Account: ['bob'], EventTime: entered.body.EventTime,
    });

    await control(emu, 'POST', 'rooms/cb-room/seats/1', { userId: 'bob' });
    const took = await hook.next();
    expectSigned(took, 'Mic.CallbackAfterSeatInfoChanged', 'Web');
    expect(took.body).toMatchObject({
      Operator_Account: 'bob', RoomId: 'cb-room',
      SeatList: [{ Index: 1, Member_Account: 'bob', IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false }],
    });

    await ok(emu, `${SRV}/update_room_info`, { RoomInfo: { RoomId: 'cb-room', RoomName: 'renamed', IsCloudRecordingDisabled: true } });
    const updated = await hook.next();
    expectSigned(updated, 'Room.CallbackAfterUpdateRoomInfo', 'RESTAPI');
    expect(updated.body.RoomInfo).toEqual({
      RoomId: 'cb-room', RoomName: 'renamed', Owner_Account: 'alice', TakeSeatMode: 'FreeToTake', MaxMemberCount: 300,
      IsVideoDisabled: false, IsAudioDisabled: false, IsMessageDisabled: false, IsScreenSharingDisabled: false,
      IsCloudRecordingDisabled: true, CustomInfo: '',
    });

    await ok(emu, `${SRV}/kick_user_out`, { RoomId: 'cb-room', MemberList_Account: ['bob'], Reason: 'spam' });
    const freed = await hook.next();
    expectSigned(freed, 'Mic.CallbackAfterSeatInfoChanged', 'RESTAPI');
    expect(freed.body.SeatList).toEqual([{ Index: 1, Member_Account: '', IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false }]);
    const kicked = await hook.next();
    expectSigned(kicked, 'Room.CallbackAfterMemberLeave', 'RESTAPI');
    expect(kicked.body).toMatchObject({
      Operator_Account: 'administrator', RoomId: 'cb-room', MemberCount: 0, Type: 'Kicked', MemberList_Account: ['bob'], Reason: 'spam',
    });

    await ok(emu, `${SRV}/destroy_room`, { RoomId: 'cb-room' });
    const destroyed = await hook.next();
    expectSigned(destroyed, 'Room.CallbackAfterDestroyRoom', 'RESTAPI');
    expect(destroyed.body).toEqual({
      CallbackCommand: 'Room.CallbackAfterDestroyRoom', Operator_Account: 'administrator', RoomId: 'cb-room', EventTime: destroyed.body.EventTime,
    });
  });

  it('raises a Leave for a client leaving and a Kicked with the Reason for a ban', async () => {
    await createRoom(emu, 'cb-leave');
    await hook.next();
    await enter(emu, 'cb-leave', 'u1');
    await enter(emu, 'cb-leave', 'u2');
    await hook.next();
    await hook.next();
    await control(emu, 'DELETE', 'rooms/cb-leave/members/u1');
    expect((await hook.next()).body).toMatchObject({ Operator_Account: 'u1', Type: 'Leave', MemberList_Account: ['u1'], Reason: '', MemberCount: 1 });
    await ok(emu, `${SRV}/ban_room_member`, { RoomId: 'cb-leave', MemberList_Account: ['u2', 'outsider'], Reason: 'abuse', Duration: 60 });
    const banned = await hook.next();
    expect(banned.query.get('OptPlatform')).toBe('RESTAPI');
    expect(banned.body).toMatchObject({ Type: 'Kicked', MemberList_Account: ['u2'], Reason: 'abuse', MemberCount: 0 });
  });

  it('raises one seat change listing both seats of a swap, and one for a lock', async () => {
    await createRoom(emu, 'cb-seats', { IsSeatEnabled: true, MaxSeatCount: 3 });
    await hook.next();
    for (const u of ['a', 'b']) {
      await enter(emu, 'cb-seats', u);
      await hook.next();
    }
    await ok(emu, `${MIC}/pick_user_on_seat`, { RoomId: 'cb-seats', Member_Account: 'a', Index: 0 });
    await ok(emu, `${MIC}/pick_user_on_seat`, { RoomId: 'cb-seats', Member_Account: 'b', Index: 2 });
    await hook.next();
    await hook.next();
    await ok(emu, `${MIC}/move_user_to_seat`, { RoomId: 'cb-seats', Member_Account: 'a', SeatIndex: 2, Policy: 2 });
    expect((await hook.next()).body.SeatList.map((s: Json) => [s.Index, s.Member_Account])).toEqual([[0, 'b'], [2, 'a']]);
    await ok(emu, `${MIC}/lock_seat`, { RoomId: 'cb-seats', Index: 1, ForbidAudio: true });
    expect((await hook.next()).body.SeatList).toEqual([{ Index: 1, Member_Account: '', IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: true }]);
  });

  it('logs deliveries without the query string', async () => {
    await createRoom(emu, 'cb-log-1');
    await createRoom(emu, 'cb-log-2');
    await hook.next();
    await hook.next(); // deliveries are serial: the first one's outcome is logged by now
    const log = await control(emu, 'GET', 'callbacks');
    expect(log.Deliveries).toContainEqual(expect.objectContaining({ command: 'Room.CallbackAfterCreateRoom', url: hook.url, status: 200, optPlatform: 'RESTAPI' }));
    expect(JSON.stringify(log)).not.toContain('xxxxyyyy');
    expect(JSON.stringify(log)).not.toContain('Sign');
  });
});

describe('callbacks without a token, and only for enabled commands', () => {
  it('sends neither Sign nor RequestTime, and skips commands not in the list', async () => {
    const emu = await start();
    const hook = await receiver();
    try {
      await ok(emu, 'room_config/set_callback', { Url: `${hook.url}?mine=1`, CallbackCommandList: ['Room.CallbackAfterDestroyRoom'] });
      await createRoom(emu, 'quiet');
      await ok(emu, `${SRV}/destroy_room`, { RoomId: 'quiet' });
      const r = await hook.next();
      expect(r.body.CallbackCommand).toBe('Room.CallbackAfterDestroyRoom');
      expect(r.query.get('mine')).toBe('1');
      expect(r.query.has('Sign')).toBe(false);
      expect(r.query.has('RequestTime')).toBe(false);
    } finally {
      await emu.close();
      await hook.close();
    }
  });
});

describe('callback delivery never holds up or fails a REST answer', () => {
  it('answers while the receiver never answers, and records a failed delivery', async () => {
    const emu = await start();
    const hanging = await receiver({ hang: true });
    const good = await receiver();
    try {
      await ok(emu, 'room_config/set_callback', { Url: hanging.url, CallbackCommandList: ALL });
      const started = Date.now();
      await createRoom(emu, 'slow-hook');
      await ok(emu, `${SRV}/get_room_info`, { RoomId: 'slow-hook' });
      expect(Date.now() - started).toBeLessThan(1000);
      await hanging.next(); // the delivery is out and unanswered

      await ok(emu, 'room_config/update_callback', { Url: 'http://127.0.0.1:1/closed', CallbackCommandList: ALL });
      await ok(emu, `${SRV}/destroy_room`, { RoomId: 'slow-hook' });
      await ok(emu, 'room_config/update_callback', { Url: good.url, CallbackCommandList: ALL });
      await createRoom(emu, 'after');
      // Serial delivery: this arrives after the hanging one timed out (3 s) and the refused one failed.
      expect((await good.next()).body.RoomInfo.RoomId).toBe('after');
      const log = (await control(emu, 'GET', 'callbacks')).Deliveries as Json[];
      expect(log[0]).toMatchObject({ command: 'Room.CallbackAfterCreateRoom', error: expect.stringMatching(/3000 ms/) });
      expect(log[1]).toMatchObject({ command: 'Room.CallbackAfterDestroyRoom', url: 'http://127.0.0.1:1/closed', error: expect.any(String) });
    } finally {
      await emu.close();
      await hanging.close();
      await good.close();
    }
  });
});
