import { MIC, startLive, type Live } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

const info = async (roomId: string) => (await t.ok('get_room_info', { RoomId: roomId })).RoomInfo;
const create = (roomInfo: Record<string, unknown>) => t.rest('create_room', { RoomInfo: { RoomType: 'Live', ...roomInfo } });

describe('live create_room', () => {
  it('creates a live room, answers Response.RoomId (D3) and reads back in the §7.4 form', async () => {
    const res = await t.ok('create_room', {
      RoomInfo: {
        RoomId: 'l-create', RoomType: 'Live', SeatTemplate: 'AudioSalon', Owner_Account: 'host', RoomName: 'Evening show',
        MaxSeatCount: 6, TakeSeatMode: 'ApplyToTake', IsMessageDisabled: 'true', IsPublicVisible: false,
        CoverURL: 'https://x/c.png', Category: [1, 2, 3], ActivityStatus: 7, Notice: 'welcome', CustomInfo: '{"a":1}',
      },
    });
    expect(res).toEqual({ RoomId: 'l-create' });
    expect(await info('l-create')).toEqual({
      RoomId: 'l-create', RoomName: 'Evening show', RoomType: 'Live', Owner_Account: 'host', CreateTime: t.nowS(),
      IsSeatEnabled: true, TakeSeatMode: 'ApplyToTake', MaxSeatCount: 6, MaxMemberCount: 300, IsMessageDisabled: true,
      CoverURL: 'https://x/c.png', Category: [1, 2, 3], ActivityStatus: 7, ViewCount: 0, IsPublicVisible: false,
      Notice: 'welcome', SeatTemplate: 'AudioSalon', CustomInfo: '{"a":1}', OnlineCount: 0,
    });
  });

  it('applies the documented defaults: owner = the caller, RoomName = RoomId, FreeToTake, public', async () => {
    await t.room('l-defaults');
    expect(await info('l-defaults')).toMatchObject({
      Owner_Account: 'administrator', RoomName: 'l-defaults', TakeSeatMode: 'FreeToTake', IsPublicVisible: true,
      IsMessageDisabled: false, Category: [], CoverURL: '', Notice: '', ActivityStatus: 0, CustomInfo: '',
    });
  });

  it.each([
    ['VideoDynamicGrid9Seats', undefined, 9],
    ['VideoFixedGrid9Seats', undefined, 9],
    ['VideoDynamicFloat7Seats', undefined, 7],
    ['VideoFixedFloat7Seats', undefined, 7],
    ['VideoLandscape4Seat', undefined, 4],
    ['AudioSalon', undefined, 8],
    ['Karaoke', 12, 12],
    ['VideoDynamicGrid9Seats', 4, 4],
    ['VideoDynamicGrid9Seats', 16, 9],
    ['AudioSalon', 500, 50],
  ])('gives a %s room with MaxSeatCount %s exactly %i seats', async (template, max, seats) => {
    const roomId = `l-seats-${template}-${max}`;
    await t.room(roomId, { SeatTemplate: template, ...(max === undefined ? {} : { MaxSeatCount: max }) });
    expect((await info(roomId)).MaxSeatCount).toBe(seats);
    expect((await t.ok(`${MIC}/get_seat_list`, { RoomId: roomId })).SeatList).toHaveLength(seats);
  });

  it("accepts the old doc's generation without SeatTemplate when it has IsSeatEnabled or TakeSeatMode", async () => {
    await t.ok('create_room', { RoomInfo: { RoomId: 'l-old', RoomType: 'Live', IsSeatEnabled: true, MaxSeatCount: 5 } });
    const room = await info('l-old');
    expect(room).toMatchObject({ IsSeatEnabled: true, MaxSeatCount: 5 });
    expect(room.SeatTemplate).toBeUndefined();
    await t.ok('create_room', { RoomInfo: { RoomId: 'l-old-2', RoomType: 'Live', TakeSeatMode: 2 } });
    expect(await info('l-old-2')).toMatchObject({ TakeSeatMode: 'ApplyToTake', MaxSeatCount: 8 });
  });

  it.each([
    [{ RoomId: 'l-bad' }, /RoomInfo.SeatTemplate is required/],
    [{ RoomId: 'l-bad', SeatTemplate: 'Grid16' }, /RoomInfo.SeatTemplate must be one of/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', RoomType: 'Conference' }, /RoomInfo.RoomType must be "Live"/],
    [{ SeatTemplate: 'AudioSalon' }, /RoomInfo.RoomId is required/],
    [{ RoomId: 'x'.repeat(49), SeatTemplate: 'AudioSalon' }, /RoomInfo.RoomId must be at most 48 bytes/],
    [{ RoomId: 'l-é', SeatTemplate: 'AudioSalon' }, /printable ASCII/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', RoomName: 'n'.repeat(101) }, /RoomInfo.RoomName must be at most 100 bytes/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', CoverURL: 'c'.repeat(201) }, /RoomInfo.CoverURL must be at most 200 bytes/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', Category: [1, 2, 3, 4] }, /RoomInfo.Category may hold at most 3/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', Category: ['music'] }, /RoomInfo.Category\[0\] must be an integer/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', Notice: 'n'.repeat(101) }, /RoomInfo.Notice must be at most 100 bytes/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', TakeSeatMode: 'None' }, /RoomInfo.TakeSeatMode/],
    [{ RoomId: 'l-bad', SeatTemplate: 'AudioSalon', MaxSeatCount: 0 }, /RoomInfo.MaxSeatCount must be at least 1/],
  ])('answers 100002 naming the field for %j', async (roomInfo, message) => {
    const env = await create({ RoomType: 'Live', ...roomInfo });
    expect(env).toMatchObject({ ErrorCode: 100002, ActionStatus: 'FAIL' });
    expect(env.ErrorInfo).toMatch(message);
  });

  it('answers 100012 for the same RoomId within a second, then 100010 for the same owner and 100003 for another', async () => {
    await t.room('l-twice', { Owner_Account: 'o1' });
    await t.fails('create_room', { RoomInfo: { RoomId: 'l-twice', RoomType: 'Live', SeatTemplate: 'Karaoke', Owner_Account: 'o1' } }, 100012);
    t.tick(1000);
    await t.fails('create_room', { RoomInfo: { RoomId: 'l-twice', RoomType: 'Live', SeatTemplate: 'Karaoke', Owner_Account: 'o1' } }, 100010);
    await t.fails('create_room', { RoomInfo: { RoomId: 'l-twice', RoomType: 'Live', SeatTemplate: 'Karaoke', Owner_Account: 'o2' } }, 100003);
  });

  it('shares one RoomId namespace with Conference rooms', async () => {
    await t.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'shared-id', RoomType: 'Conference', Owner_Account: 'alice' } });
    t.tick(1000);
    await t.fails('create_room', { RoomInfo: { RoomId: 'shared-id', RoomType: 'Live', SeatTemplate: 'Karaoke', Owner_Account: 'bob' } }, 100003);
  });
});

describe('live commands on a Conference room', () => {
  beforeAll(async () => {
    await t.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'conf-only', RoomType: 'Conference' } });
  });

  it.each([
    ['get_room_info', {}],
    ['update_room_info', null],
    ['destroy_room', {}],
    ['change_room_owner', { NewOwner_Account: 'u' }],
    ['get_room_metadata', { Keys: [] }],
    ['get_room_stats', {}],
    ['send_text_msg', { Sender_Account: 'u', TextContent: 'hi' }],
    ['get_member_list', { Next: '' }],
    ['add_robot', { RobotList_Account: ['bot'] }],
    ['get_robot', {}],
    ['get_admin_list', {}],
    ['resume_mcu_task', {}],
    ['get_gift_count', { From_Account: 'u' }],
  ])('answers 100006 "the room type must be Live" to %s', async (cmd, extra) => {
    const body = extra === null ? { RoomInfo: { RoomId: 'conf-only', RoomName: 'x' } } : { RoomId: 'conf-only', ...extra };
    const env = await t.fails(cmd, body, 100006);
    expect(env.ErrorInfo).toMatch(/the room type must be Live/);
  });

  it('answers 100004 for a room that does not exist', async () => {
    await t.fails('get_room_info', { RoomId: 'l-nowhere' }, 100004);
    await t.fails('resume_mcu_task', { RoomId: 'l-nowhere' }, 100004);
  });

  it('lets the shared seat commands and Conference get_room_info work on a live room', async () => {
    await t.room('l-shared', { Owner_Account: 'h' });
    await t.enter('l-shared', 'h');
    await t.ok(`${MIC}/pick_user_on_seat`, { RoomId: 'l-shared', Member_Account: 'h', Index: 2 });
    expect((await t.ok(`${MIC}/get_seat_list`, { RoomId: 'l-shared' })).SeatList[2].Member_Account).toBe('h');
    expect((await t.ok('room_engine_http_srv/get_room_info', { RoomId: 'l-shared' })).RoomInfo).toMatchObject({ RoomType: 'Live', MemberCount: 1 });
  });
});

describe('live update_room_info, change_room_owner, destroy_room, resume_mcu_task', () => {
  it('changes only the fields given', async () => {
    await t.room('l-upd', { RoomName: 'before', CoverURL: 'https://x/1.png', Category: [1] });
    await t.ok('update_room_info', { RoomInfo: { RoomId: 'l-upd', Notice: 'new notice', IsPublicVisible: 'false', TakeSeatMode: 'ApplyToTake' } });
    expect(await info('l-upd')).toMatchObject({
      RoomName: 'before', CoverURL: 'https://x/1.png', Category: [1], Notice: 'new notice', IsPublicVisible: false, TakeSeatMode: 'ApplyToTake',
    });
    await t.ok('update_room_info', { RoomInfo: { RoomId: 'l-upd', RoomName: 'after', Category: [], ActivityStatus: 2, MaxMemberCount: 50 } });
    expect(await info('l-upd')).toMatchObject({ RoomName: 'after', Category: [], ActivityStatus: 2, MaxMemberCount: 50, Notice: 'new notice' });
  });

  it('answers 100002 for a Notice over 100 bytes, an empty RoomName or more than 3 categories, and 100004 for no room', async () => {
    await t.room('l-upd-bad');
    expect((await t.fails('update_room_info', { RoomInfo: { RoomId: 'l-upd-bad', Notice: 'é'.repeat(51) } }, 100002)).ErrorInfo)
      .toMatch(/RoomInfo.Notice must be at most 100 bytes/);
    await t.fails('update_room_info', { RoomInfo: { RoomId: 'l-upd-bad', RoomName: '' } }, 100002);
    await t.fails('update_room_info', { RoomInfo: { RoomId: 'l-upd-bad', Category: [1, 2, 3, 4] } }, 100002);
    await t.fails('update_room_info', { RoomId: 'l-upd-bad' }, 100002);
    await t.fails('update_room_info', { RoomInfo: { RoomId: 'l-upd-none', RoomName: 'x' } }, 100004);
  });

  it('changes the owner to any account without From_Account', async () => {
    await t.room('l-owner', { Owner_Account: 'first' });
    await t.ok('change_room_owner', { RoomId: 'l-owner', NewOwner_Account: 'not-in-room' });
    expect((await info('l-owner')).Owner_Account).toBe('not-in-room');
    await t.fails('change_room_owner', { RoomId: 'l-owner' }, 100002);
    await t.fails('change_room_owner', { RoomId: 'l-owner-none', NewOwner_Account: 'x' }, 100004);
  });

  it('destroys a room, after which it does not exist', async () => {
    await t.room('l-gone');
    await t.ok('destroy_room', { RoomId: 'l-gone' });
    await t.fails('get_room_info', { RoomId: 'l-gone' }, 100004);
    await t.fails('destroy_room', { RoomId: 'l-gone' }, 100004);
  });

  it('accepts resume_mcu_task for a live room', async () => {
    await t.room('l-mcu');
    expect(await t.ok('resume_mcu_task', { RoomId: 'l-mcu' })).toEqual({});
  });
});
