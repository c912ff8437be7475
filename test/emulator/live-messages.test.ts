import { startLive, type Json, type Live } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

const messages = async (roomId: string): Promise<Json[]> => (await t.control('GET', `rooms/${roomId}/messages`)).Messages;
const stats = (roomId: string) => t.ok('get_room_stats', { RoomId: roomId });

describe('send_text_msg and send_custom_msg', () => {
  beforeAll(() => t.room('msg-bad'));

  it('records text and custom messages in order, with CloudCustomData from ExtensionInfo', async () => {
    await t.room('msg-room');
    await t.ok('send_text_msg', { RoomId: 'msg-room', Sender_Account: 'u1', TextContent: 'hello', ExtensionInfo: '{"data":1}' });
    await t.ok('send_custom_msg', { RoomId: 'msg-room', Sender_Account: 'u2', BusinessId: 'quiz', Data: '{"q":1}' });
    expect(await messages('msg-room')).toEqual([
      {
        MsgSeq: 1, MsgId: expect.any(String), MsgTime: t.nowS(), Random: expect.any(Number), From_Account: 'u1',
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }], CloudCustomData: '{"data":1}',
      },
      {
        MsgSeq: 2, MsgId: expect.any(String), MsgTime: t.nowS(), Random: expect.any(Number), From_Account: 'u2',
        MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: '{"q":1}', Desc: 'quiz' } }], CloudCustomData: '',
      },
    ]);
    expect((await stats('msg-room')).TotalMsgCount).toBe(2);
  });

  it.each([
    [{ Sender_Account: 'u', TextContent: 'x', ExtensionInfo: 'not json' }, /ExtensionInfo must be a JSON string/],
    [{ Sender_Account: 'u', TextContent: 'x', ExtensionInfo: { a: 1 } }, /ExtensionInfo must be a string/],
    [{ Sender_Account: 'u' }, /TextContent is required/],
    [{ TextContent: 'x' }, /Sender_Account is required/],
  ])('answers 100002 naming the field for send_text_msg %j', async (extra, message) => {
    expect((await t.fails('send_text_msg', { RoomId: 'msg-bad', ...extra }, 100002)).ErrorInfo).toMatch(message);
  });

  it('answers 100002 for send_custom_msg without BusinessId or Data, and 100004 for no room', async () => {
    await t.fails('send_custom_msg', { RoomId: 'msg-bad', Sender_Account: 'u', Data: 'd' }, 100002);
    await t.fails('send_custom_msg', { RoomId: 'msg-bad', Sender_Account: 'u', BusinessId: 'b' }, 100002);
    await t.fails('send_text_msg', { RoomId: 'msg-none', Sender_Account: 'u', TextContent: 'x' }, 100004);
    await t.fails('send_custom_msg', { RoomId: 'msg-none', Sender_Account: 'u', BusinessId: 'b', Data: 'd' }, 100004);
  });

  it('answers 100006 for a muted sender until the mute ends', async () => {
    await t.room('msg-muted');
    await t.ok('mute_member', { RoomId: 'msg-muted', MemberList_Account: ['loud'], MuteTime: 10 });
    expect((await t.fails('send_text_msg', { RoomId: 'msg-muted', Sender_Account: 'loud', TextContent: 'x' }, 100006)).ErrorInfo).toMatch(/muted/);
    await t.fails('send_custom_msg', { RoomId: 'msg-muted', Sender_Account: 'loud', BusinessId: 'b', Data: 'd' }, 100006);
    t.tick(10_000);
    await t.ok('send_text_msg', { RoomId: 'msg-muted', Sender_Account: 'loud', TextContent: 'x' });
  });

  it('answers 100006 in a room with IsMessageDisabled, except for its owner and administrators', async () => {
    await t.room('msg-quiet', { Owner_Account: 'host', IsMessageDisabled: true });
    await t.ok('modify_admin', { RoomId: 'msg-quiet', Admin_Account: ['mod'], OpType: 'add' });
    expect((await t.fails('send_text_msg', { RoomId: 'msg-quiet', Sender_Account: 'fan', TextContent: 'x' }, 100006)).ErrorInfo)
      .toMatch(/IsMessageDisabled/);
    await t.ok('send_text_msg', { RoomId: 'msg-quiet', Sender_Account: 'host', TextContent: 'x' });
    await t.ok('send_text_msg', { RoomId: 'msg-quiet', Sender_Account: 'mod', TextContent: 'x' });
    expect((await messages('msg-quiet')).map((m) => m.From_Account)).toEqual(['host', 'mod']);
  });
});

describe('room statistics, gifts and likes', () => {
  beforeAll(async () => {
    t.tick(1000);
    await t.ok('add_gift', { GiftId: 'rose', Coins: 2, DefaultName: 'Rose' });
    t.tick(1000);
    await t.ok('add_gift', { GiftId: 'car', Coins: 100, DefaultName: 'Car' });
  });

  it('keeps real counters in get_room_stats, and get_room_statistic answers the same', async () => {
    await t.room('st-room');
    expect(await stats('st-room')).toEqual({
      TotalViewers: 0, TotalGiftsSent: 0, TotalGiftCoins: 0, TotalUniqueGiftSenders: 0, TotalLikesReceived: 0, TotalMsgCount: 0,
    });
    await t.enter('st-room', 'a', 'b');
    await t.control('DELETE', 'rooms/st-room/members/a');
    await t.enter('st-room', 'a');
    expect(await t.control('POST', 'rooms/st-room/gifts', { userId: 'a', giftId: 'rose', count: 3 })).toMatchObject({ ErrorCode: 0, Sequence: 1 });
    await t.control('POST', 'rooms/st-room/gifts', { userId: 'b', giftId: 'car' });
    await t.control('POST', 'rooms/st-room/gifts', { userId: 'a', giftId: 'car' });
    expect(await t.control('POST', 'rooms/st-room/likes', { userId: 'b', count: 10 })).toMatchObject({ ErrorCode: 0, TotalLikesReceived: 10 });
    await t.control('POST', 'rooms/st-room/likes', { userId: 'a' });
    await t.ok('send_text_msg', { RoomId: 'st-room', Sender_Account: 'a', TextContent: 'gg' });
    const expected = {
      TotalViewers: 2, TotalGiftsSent: 5, TotalGiftCoins: 206, TotalUniqueGiftSenders: 2, TotalLikesReceived: 11, TotalMsgCount: 1,
    };
    expect(await stats('st-room')).toEqual(expected);
    expect(await t.ok('get_room_statistic', { RoomId: 'st-room' })).toEqual(expected);
  });

  it('answers get_gift_count for From_Account as the sender', async () => {
    expect(await t.ok('get_gift_count', { RoomId: 'st-room', From_Account: 'a' })).toEqual({
      Sequence: 3, TotalCount: 4, TotalCoins: 106, GiftSenderCount: 1,
    });
    expect(await t.ok('get_gift_count', { RoomId: 'st-room', From_Account: 'nobody' })).toEqual({
      Sequence: 3, TotalCount: 0, TotalCoins: 0, GiftSenderCount: 0,
    });
    await t.fails('get_gift_count', { RoomId: 'st-room' }, 100002);
    await t.fails('get_gift_count', { RoomId: 'st-none', From_Account: 'a' }, 100004);
  });

  it('answers 100004 for an unknown gift or room and 100002 for a bad count through the control API', async () => {
    expect((await t.control('POST', 'rooms/st-room/gifts', { userId: 'a', giftId: 'ghost' })).ErrorCode).toBe(100004);
    expect((await t.control('POST', 'rooms/st-none/gifts', { userId: 'a', giftId: 'rose' })).ErrorCode).toBe(100004);
    expect((await t.control('POST', 'rooms/st-room/gifts', { userId: 'a', giftId: 'rose', count: 0 })).ErrorCode).toBe(100002);
    expect((await t.control('POST', 'rooms/st-room/likes', {})).ErrorCode).toBe(100002);
    expect((await t.control('GET', 'rooms/st-none/messages')).ErrorCode).toBe(100004);
  });

  it('answers 60007 past 100 get_room_stats calls in one second', async () => {
    t.tick(1000);
    const codes = await Promise.all(Array.from({ length: 101 }, () => t.rest('get_room_stats', { RoomId: 'st-room' }).then((e) => e.ErrorCode)));
    expect(codes.filter((c) => c === 60007)).toHaveLength(1);
    expect(codes.filter((c) => c === 0)).toHaveLength(100);
  });
});
