import type { RunningEmulator } from '../../src/emulator';
import { control, createRoom, enter, fails, manualClock, ok, start } from './helpers';

const SRV = 'room_engine_http_srv';
const clock = manualClock();
const nowS = (): number => Math.floor(clock.now() / 1000);
const sig = (): { sigTime: number } => ({ sigTime: nowS() });
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start({ now: clock.now });
});
afterAll(() => emu.close());

const info = async (roomId: string): Promise<Record<string, any>> =>
  (await ok(emu, `${SRV}/get_room_info`, { RoomId: roomId }, sig())).RoomInfo;

describe('create_room', () => {
  it('answers Response.RoomId (D3) and applies the documented defaults', async () => {
    const res = await ok(emu, `${SRV}/create_room`, { RoomInfo: { RoomId: 'r-defaults', RoomType: 'Conference' } }, sig());
    expect(res).toEqual({ RoomId: 'r-defaults' });
    expect(await info('r-defaults')).toEqual({
      RoomId: 'r-defaults', RoomName: 'r-defaults', RoomType: 'Conference', Owner_Account: 'administrator',
      MaxMemberCount: 300, MaxSeatCount: 0,
      IsVideoDisabled: false, IsAudioDisabled: false, IsMessageDisabled: false, IsScreenSharingDisabled: false,
      IsCloudRecordingDisabled: false, CustomInfo: '',
      ScheduleStartTime: nowS(), ScheduleEndTime: nowS() + 3600, RoomStatus: 'Running',
      IsSeatEnabled: false, TakeSeatMode: 'None', CreateTime: nowS(), MemberCount: 0,
    });
  });

  it('stores every documented field of the request example', async () => {
    const start = nowS() - 10;
    await createRoom(emu, 'r-full', {
      RoomName: 'Full room', Owner_Account: 'user2', MaxMemberCount: 50, ScheduleStartTime: start, ScheduleEndTime: start + 1000,
      IsVideoDisabled: true, IsAudioDisabled: true, IsMessageDisabled: true, IsScreenSharingDisabled: true,
      IsCloudRecordingDisabled: true, CustomInfo: 'custom123', IsSeatEnabled: true, MaxSeatCount: 9, TakeSeatMode: 'ApplyToTake',
    }, { ScheduleInviteeList_Account: ['user1', 'user3'] });
    expect(await info('r-full')).toMatchObject({
      RoomName: 'Full room', Owner_Account: 'user2', MaxMemberCount: 50, MaxSeatCount: 9,
      ScheduleStartTime: start, ScheduleEndTime: start + 1000, IsVideoDisabled: true, IsCloudRecordingDisabled: true,
      CustomInfo: 'custom123', IsSeatEnabled: true, TakeSeatMode: 'ApplyToTake', RoomStatus: 'Running',
    });
  });

  it('defaults a seated room to 16 seats and FreeToTake, and caps MaxSeatCount at 50', async () => {
    await createRoom(emu, 'r-seats16', { IsSeatEnabled: true });
    expect(await info('r-seats16')).toMatchObject({ MaxSeatCount: 16, TakeSeatMode: 'FreeToTake' });
    await createRoom(emu, 'r-seats99', { IsSeatEnabled: true, MaxSeatCount: 99 });
    expect(await info('r-seats99')).toMatchObject({ MaxSeatCount: 50 });
    const seats = await ok(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'r-seats99' }, sig());
    expect(seats.SeatList).toHaveLength(50);
  });

  it('accepts the D1 input variants: Meeting, string booleans, numeric accounts, TakeSeatMode 2', async () => {
    await ok(emu, `${SRV}/create_room`, {
      RoomInfo: { RoomId: 'r-d1', RoomType: 'Meeting', Owner_Account: 1441152337, IsSeatEnabled: 'true',
        IsVideoDisabled: 'false', IsAudioDisabled: 'true', TakeSeatMode: 2 },
      ScheduleInviteeList_Account: [42, 'u'],
    }, sig());
    expect(await info('r-d1')).toMatchObject({
      RoomType: 'Conference', Owner_Account: '1441152337', IsSeatEnabled: true,
      IsVideoDisabled: false, IsAudioDisabled: true, TakeSeatMode: 'ApplyToTake',
    });
  });

  it('is NotStarted until ScheduleStartTime, then Running as the clock moves', async () => {
    await createRoom(emu, 'r-later', { ScheduleStartTime: nowS() + 600 });
    expect(await info('r-later')).toMatchObject({ RoomStatus: 'NotStarted', ScheduleEndTime: nowS() + 600 + 3600 });
    await control(emu, 'POST', 'clock', { advanceSeconds: 600 });
    expect((await info('r-later')).RoomStatus).toBe('Running');
  });

  it.each([
    ['no RoomInfo', {}, /RoomInfo is required/],
    ['no RoomId', { RoomInfo: { RoomType: 'Conference' } }, /RoomInfo.RoomId is required/],
    ['an empty RoomId', { RoomInfo: { RoomId: '', RoomType: 'Conference' } }, /RoomInfo.RoomId/],
    ['a 49-byte RoomId', { RoomInfo: { RoomId: 'x'.repeat(49), RoomType: 'Conference' } }, /RoomInfo.RoomId must be at most 48 bytes/],
    ['a non-ASCII RoomId', { RoomInfo: { RoomId: 'café', RoomType: 'Conference' } }, /printable ASCII/],
    ['no RoomType', { RoomInfo: { RoomId: 'ok' } }, /RoomInfo.RoomType is required/],
    ['RoomType Live', { RoomInfo: { RoomId: 'ok', RoomType: 'Live' } }, /RoomInfo.RoomType/],
    ['a 102-byte RoomName', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', RoomName: 'é'.repeat(51) } }, /RoomInfo.RoomName must be at most 100 bytes/],
    ['a 501-byte CustomInfo', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', CustomInfo: 'x'.repeat(501) } }, /RoomInfo.CustomInfo must be at most 500/],
    ['MaxMemberCount 0', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', MaxMemberCount: 0 } }, /RoomInfo.MaxMemberCount/],
    ['IsSeatEnabled "yes"', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', IsSeatEnabled: 'yes' } }, /RoomInfo.IsSeatEnabled must be a boolean/],
    ['TakeSeatMode "None"', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', TakeSeatMode: 'None' } }, /RoomInfo.TakeSeatMode/],
    ['MaxSeatCount 0 with seats', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', IsSeatEnabled: true, MaxSeatCount: 0 } }, /RoomInfo.MaxSeatCount/],
    ['a meeting shorter than 5 minutes', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', ScheduleStartTime: 2_000_000_000, ScheduleEndTime: 2_000_000_299 } },
      /ScheduleEndTime must be at least 300 seconds/],
    ['an empty Owner_Account', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference', Owner_Account: '' } }, /RoomInfo.Owner_Account/],
    ['invitees that are not an array', { RoomInfo: { RoomId: 'ok', RoomType: 'Conference' }, ScheduleInviteeList_Account: 'u1' }, /ScheduleInviteeList_Account/],
  ])('answers 100002 naming the field for %s', async (_label, body, message) => {
    const env = await fails(emu, `${SRV}/create_room`, body, 100002, sig());
    expect(env.ErrorInfo).toMatch(message);
  });

  it('accepts a meeting of exactly 5 minutes', async () => {
    await createRoom(emu, 'r-5min', { ScheduleStartTime: 2_000_000_000, ScheduleEndTime: 2_000_000_300 });
  });

  it('answers 100012 within a second of the same RoomId, then 100010 for the same owner and 100003 for another', async () => {
    await createRoom(emu, 'r-dup', { Owner_Account: 'alice' });
    const body = (owner: string) => ({ RoomInfo: { RoomId: 'r-dup', RoomType: 'Conference', Owner_Account: owner } });
    await fails(emu, `${SRV}/create_room`, body('alice'), 100012, sig());
    await fails(emu, `${SRV}/create_room`, body('bob'), 100012, sig());
    await control(emu, 'POST', 'clock', { advanceSeconds: 1 });
    await fails(emu, `${SRV}/create_room`, body('alice'), 100010, sig());
    await fails(emu, `${SRV}/create_room`, body('bob'), 100003, sig());
  });

  it('defaults the owner to the calling identifier when comparing for 100010', async () => {
    await createRoom(emu, 'r-mine');
    await control(emu, 'POST', 'clock', { advanceSeconds: 1 });
    await fails(emu, `${SRV}/create_room`, { RoomInfo: { RoomId: 'r-mine', RoomType: 'Conference' } }, 100010, sig());
  });
});

describe('destroy_room', () => {
  it('removes the room with its members, seats and bans', async () => {
    await createRoom(emu, 'r-gone', { IsSeatEnabled: true });
    await enter(emu, 'r-gone', 'u1');
    await ok(emu, `${SRV}/ban_room_member`, { RoomId: 'r-gone', MemberList_Account: ['u9'], Reason: 'r', Duration: 60 }, sig());
    await ok(emu, `${SRV}/destroy_room`, { RoomId: 'r-gone' }, sig());
    await fails(emu, `${SRV}/get_room_info`, { RoomId: 'r-gone' }, 100004, sig());
    await fails(emu, `${SRV}/destroy_room`, { RoomId: 'r-gone' }, 100004, sig());
    await control(emu, 'POST', 'clock', { advanceSeconds: 1 });
    await createRoom(emu, 'r-gone', { IsSeatEnabled: true });
    expect((await info('r-gone')).MemberCount).toBe(0);
    const banned = await ok(emu, `${SRV}/get_banned_member_list`, { RoomId: 'r-gone' }, sig());
    expect(banned.BannedAccountList).toEqual([]);
  });
});

describe('update_room_info', () => {
  it('changes only the fields given and keeps the rest', async () => {
    await createRoom(emu, 'r-upd', { RoomName: 'before', CustomInfo: 'keep', IsSeatEnabled: true });
    await ok(emu, `${SRV}/update_room_info`, {
      RoomInfo: { RoomId: 'r-upd', RoomName: 'after', MaxMemberCount: 10, IsMessageDisabled: 'true', TakeSeatMode: 'ApplyToTake' },
    }, sig());
    expect(await info('r-upd')).toMatchObject({
      RoomName: 'after', CustomInfo: 'keep', MaxMemberCount: 10, IsMessageDisabled: true, IsVideoDisabled: false,
      TakeSeatMode: 'ApplyToTake',
    });
  });

  it('keeps TakeSeatMode "None" in a room without seats', async () => {
    await createRoom(emu, 'r-upd-noseat');
    await ok(emu, `${SRV}/update_room_info`, { RoomInfo: { RoomId: 'r-upd-noseat', TakeSeatMode: 1 } }, sig());
    expect((await info('r-upd-noseat')).TakeSeatMode).toBe('None');
  });

  it('answers 100002 naming the field for invalid values and 100004 for a missing room', async () => {
    await createRoom(emu, 'r-upd2');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ RoomId: 'r-upd2', RoomName: '' }, /RoomInfo.RoomName/],
      [{ RoomId: 'r-upd2', CustomInfo: 'x'.repeat(501) }, /RoomInfo.CustomInfo/],
      [{ RoomId: 'r-upd2', IsAudioDisabled: 'maybe' }, /RoomInfo.IsAudioDisabled/],
      [{ RoomId: 'r-upd2', TakeSeatMode: 3 }, /RoomInfo.TakeSeatMode/],
    ];
    for (const [RoomInfo, message] of cases) {
      expect((await fails(emu, `${SRV}/update_room_info`, { RoomInfo }, 100002, sig())).ErrorInfo).toMatch(message);
    }
    await fails(emu, `${SRV}/update_room_info`, { RoomInfo: { RoomId: 'nope', RoomName: 'x' } }, 100004, sig());
  });
});

describe('every command that takes a RoomId', () => {
  it.each([
    [`${SRV}/destroy_room`, {}],
    [`${SRV}/update_room_info`, null],
    [`${SRV}/get_room_info`, {}],
    [`${SRV}/get_room_member_list`, {}],
    [`${SRV}/update_room_member_info`, { MemberInfo: { Member_Account: 'u' } }],
    [`${SRV}/change_room_owner`, { From_Account: 'a', NewOwner_Account: 'b' }],
    [`${SRV}/mark_room_member`, { CommandType: 1, MemberList: [{ Member_Account: 'u', Marks: [1000] }] }],
    [`${SRV}/ban_room_member`, { MemberList_Account: ['u'], Reason: 'r', Duration: 10 }],
    [`${SRV}/unban_room_member`, { MemberList_Account: ['u'] }],
    [`${SRV}/get_banned_member_list`, {}],
    [`${SRV}/kick_user_out`, { MemberList_Account: ['u'], Reason: 'r' }],
    ['room_engine_http_mic/get_seat_list', {}],
    ['room_engine_http_mic/pick_user_on_seat', { Member_Account: 'u', Index: 0 }],
    ['room_engine_http_mic/kick_user_off_seat', { Member_Account: 'u', Data: '' }],
    ['room_engine_http_mic/lock_seat', { Index: 0, ForbidTaken: true }],
    ['room_engine_http_mic/switch_seat', { Member_Account: 'u', ToIndex: 0 }],
    ['room_engine_http_mic/move_user_to_seat', { Member_Account: 'u', SeatIndex: 0, Policy: 0 }],
  ])('%s answers 100004 for a room that does not exist', async (cmd, extra) => {
    const body = extra === null ? { RoomInfo: { RoomId: 'no-such-room' } } : { RoomId: 'no-such-room', ...extra };
    const env = await fails(emu, cmd, body, 100004, sig());
    expect(env.ErrorInfo).toContain('no-such-room');
  });

  it('answers 100002 when RoomId is missing', async () => {
    expect((await fails(emu, `${SRV}/get_room_info`, {}, 100002, sig())).ErrorInfo).toMatch(/RoomId is required/);
  });
});
