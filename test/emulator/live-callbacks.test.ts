import { createHash } from 'node:crypto';
import { receiver, type Received } from './helpers';
import { MIC, startLive, type Json, type Live } from './live-helpers';

const ALL_LIVE = [
  'Live.CallbackAfterCreateRoom', 'Live.CallbackAfterDestroyRoom', 'Live.CallbackAfterUpdateRoomInfo',
  'Live.CallbackMemberStateChanged', 'Live.CallbackAfterSetMetadata', 'Live.CallbackAfterDelMetadata',
  'Live.CallbackAfterChangeOwner', 'Group.CallbackAfterSendMsg',
];

let t: Live;
let hook: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
  t = await startLive();
  hook = await receiver();
  await t.control('PUT', 'callback-token', { token: 'live-token' });
  await t.ok('live_config/set_callback', { Url: hook.url, CallbackCommandList: ALL_LIVE });
});
afterAll(async () => {
  await t.close();
  await hook.close();
});

/** The query every callback carries, signed with the token (D6); ChangeOwner's URL has no ClientIP / OptPlatform. */
function expectSigned(r: Received, command: string, platform?: string): void {
  const query = Object.fromEntries([...r.query].filter(([k]) => k !== 'Sign' && k !== 'RequestTime'));
  expect(query).toEqual({
    SdkAppid: '1400000001', CallbackCommand: command, contenttype: 'json',
    ...(platform ? { ClientIP: '127.0.0.1', OptPlatform: platform } : {}),
  });
  const time = r.query.get('RequestTime') as string;
  expect(Number(time)).toBe(t.nowS());
  expect(r.query.get('Sign')).toBe(createHash('sha256').update(`live-token${time}`).digest('hex'));
  expect(r.body.CallbackCommand).toBe(command);
  expect(r.body.EventTime).toBe(t.nowMs());
}

describe('Live webhooks, signed like Conference', () => {
  it('sends the create, update, owner-change and destroy callbacks with the §9 bodies', async () => {
    await t.room('cb-live', {
      Owner_Account: 'host', SeatTemplate: 'Karaoke', MaxSeatCount: 6, RoomName: 'Karaoke night', CoverURL: 'https://x/c.png',
      Category: [4], CustomInfo: 'ci',
    });
    const created = await hook.next();
    expectSigned(created, 'Live.CallbackAfterCreateRoom', 'RESTAPI');
    expect(created.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterCreateRoom', Operator_Account: 'administrator',
      RoomInfo: {
        RoomId: 'cb-live', RoomName: 'Karaoke night', RoomType: 'Live', Owner_Account: 'host', MaxMemberCount: 300,
        IsMessageDisabled: false, CustomInfo: 'ci', IsSeatEnabled: true, TakeSeatMode: 'FreeToTake', MaxSeatCount: 6,
        CreateTime: t.nowS(), IsPublicVisible: true, CoverURL: 'https://x/c.png', Category: [4],
      },
      EventTime: t.nowMs(),
    });

    await t.ok('update_room_info', { RoomInfo: { RoomId: 'cb-live', ActivityStatus: 3, IsPublicVisible: false } });
    const updated = await hook.next();
    expectSigned(updated, 'Live.CallbackAfterUpdateRoomInfo', 'RESTAPI');
    expect(updated.body.RoomInfo).toEqual({
      RoomId: 'cb-live', RoomName: 'Karaoke night', MaxMemberCount: 300, IsMessageDisabled: false, CoverURL: 'https://x/c.png',
      Category: [4], ActivityStatus: 3, IsPublicVisible: false, TakeSeatMode: 'FreeToTake', CustomInfo: 'ci',
    });
    expect(updated.body.Operator_Account).toBe('administrator');

    await t.ok('change_room_owner', { RoomId: 'cb-live', NewOwner_Account: 'cohost' });
    const owner = await hook.next();
    expectSigned(owner, 'Live.CallbackAfterChangeOwner');
    expect(owner.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterChangeOwner', RoomId: 'cb-live', Operator_Account: 'administrator',
      CurrentOwner_Account: 'cohost', OriginalOwner_Account: 'host', EventTime: t.nowMs(),
    });

    await t.enter('cb-live', 'fan');
    await hook.next();
    await t.control('POST', 'rooms/cb-live/likes', { userId: 'fan', count: 3 });
    await t.ok('destroy_room', { RoomId: 'cb-live' });
    const destroyed = await hook.next();
    expectSigned(destroyed, 'Live.CallbackAfterDestroyRoom', 'RESTAPI');
    expect(destroyed.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterDestroyRoom', Operator_Account: 'administrator', RoomId: 'cb-live', EventType: 'DestroyByUser',
      RoomInfo: {
        RoomName: 'Karaoke night', RoomType: 'Live', Owner_Account: 'cohost', IsSeatEnabled: true, TakeSeatMode: 'FreeToTake',
        MaxMemberCount: 300, MaxSeatCount: 6, Category: [4], CustomInfo: 'ci', IsMessageDisabled: false, CoverURL: 'https://x/c.png',
        ActivityStatus: 3, IsPublicVisible: false, ViewCount: 1, BackgroundURL: '', IsUnlimitedRoomEnabled: false,
      },
      Statistic: { TotalViewers: 1, TotalGiftsSent: 0, TotalGiftCoins: 0, TotalUniqueGiftSenders: 0, TotalLikesReceived: 3 },
      EventTime: t.nowMs(),
    });
  });

  it('sends member-state changes: Online/Enter, Offline/Leave, and Offline/Kicked for a ban or a kick, after the freed seat', async () => {
    await t.room('cb-members');
    await hook.next();
    await t.enter('cb-members', 'a');
    const online = await hook.next();
    expectSigned(online, 'Live.CallbackAfterMemberStateChanged', 'Web');
    expect(online.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterMemberStateChanged', RoomId: 'cb-members', EventType: 'Online', EventCause: 'Enter',
      MemberList: [{ Member_Account: 'a' }], EventTime: t.nowMs(),
    });
    await t.control('DELETE', 'rooms/cb-members/members/a');
    expect((await hook.next()).body).toMatchObject({ EventType: 'Offline', EventCause: 'Leave', MemberList: [{ Member_Account: 'a' }] });

    await t.enter('cb-members', 'b', 'c');
    await hook.next();
    await hook.next();
    await t.ok(`${MIC}/pick_user_on_seat`, { RoomId: 'cb-members', Member_Account: 'b', Index: 0 });
    await t.ok('ban_member', { RoomId: 'cb-members', MemberList_Account: ['b', 'elsewhere'], Duration: 60 });
    const banned = await hook.next();
    expectSigned(banned, 'Live.CallbackAfterMemberStateChanged', 'RESTAPI');
    expect(banned.body).toMatchObject({ EventType: 'Offline', EventCause: 'Kicked', MemberList: [{ Member_Account: 'b' }] });
    await t.ok('room_engine_http_srv/kick_user_out', { RoomId: 'cb-members', MemberList_Account: ['c'], Reason: 'r' });
    expect((await hook.next()).body).toMatchObject({ EventType: 'Offline', EventCause: 'Kicked', MemberList: [{ Member_Account: 'c' }] });
  });

  it('sends the metadata callbacks with what was set and what was removed', async () => {
    await t.room('cb-meta');
    await hook.next();
    await t.ok('set_room_metadata', { RoomId: 'cb-meta', Metadata: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2', Value: 'v2' }] });
    const set = await hook.next();
    expectSigned(set, 'Live.CallbackAfterSetMetadata', 'RESTAPI');
    expect(set.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterSetMetadata', Operator_Account: 'administrator', RoomId: 'cb-meta',
      Metadata: [{ Key: 'k1', Value: 'v1' }, { Key: 'k2', Value: 'v2' }], EventTime: t.nowMs(),
    });
    await t.ok('del_room_metadata', { RoomId: 'cb-meta', Keys: ['k1', 'missing'] });
    const del = await hook.next();
    expectSigned(del, 'Live.CallbackAfterDelMetadata', 'RESTAPI');
    expect(del.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterDelMetadata', Operator_Account: 'administrator', RoomId: 'cb-meta', Keys: ['k1'], EventTime: t.nowMs(),
    });
  });

  it('sends Group.CallbackAfterSendMsg with GroupId = RoomId and Type "Live" for text and custom messages', async () => {
    await t.room('cb-chat');
    await hook.next();
    await t.ok('send_text_msg', { RoomId: 'cb-chat', Sender_Account: 'u1', TextContent: 'msg', ExtensionInfo: '{"data":1,"value":2}' });
    const text = await hook.next();
    expectSigned(text, 'Group.CallbackAfterSendMsg', 'RESTAPI');
    expect(text.body).toEqual({
      CallbackCommand: 'Group.CallbackAfterSendMsg', GroupId: 'cb-chat', Type: 'Live', From_Account: 'u1', Operator_Account: 'administrator',
      Random: expect.any(Number), MsgId: expect.any(String), MsgSeq: 1, MsgTime: t.nowS(),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'msg' } }], CloudCustomData: '{"data":1,"value":2}', EventTime: t.nowMs(),
    });
    await t.ok('send_custom_msg', { RoomId: 'cb-chat', Sender_Account: 'u2', BusinessId: 'vote', Data: 'yes' });
    expect((await hook.next()).body).toMatchObject({
      MsgSeq: 2, From_Account: 'u2', MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: 'yes', Desc: 'vote' } }], CloudCustomData: '',
    });
    const messages = (await t.control('GET', 'rooms/cb-chat/messages')).Messages as Json[];
    expect(messages[0].MsgId).toBe(text.body.MsgId);
  });
});

describe('Live webhooks go only where live_config enables them', () => {
  it('sends nothing without a live_config, only the enabled commands with one, and never to room_config', async () => {
    const u = await startLive();
    const liveHook = await receiver();
    const roomHook = await receiver();
    try {
      await u.ok('room_config/set_callback', { Url: roomHook.url, CallbackCommandList: ['Room.CallbackAfterCreateRoom', 'Room.CallbackAfterMemberEnter'] });
      await u.room('quiet-1');
      await u.ok('live_config/set_callback', { Url: liveHook.url, CallbackCommandList: ['Live.CallbackAfterDestroyRoom'] });
      await u.enter('quiet-1', 'someone');
      await u.ok('destroy_room', { RoomId: 'quiet-1' });
      const first = await liveHook.next();
      expect(first.body).toMatchObject({ CallbackCommand: 'Live.CallbackAfterDestroyRoom', RoomId: 'quiet-1' });
      expect(first.query.has('Sign')).toBe(false);
      await u.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'conf-1', RoomType: 'Conference' } });
      expect((await roomHook.next()).body).toMatchObject({ CallbackCommand: 'Room.CallbackAfterCreateRoom', RoomInfo: { RoomId: 'conf-1' } });
      // Deliveries are serial: everything raised before the Conference create is logged by now; the
      // live room's entry raised no Room.CallbackAfterMemberEnter.
      const log = (await u.control('GET', 'callbacks')).Deliveries as Json[];
      expect(log[0]).toMatchObject({ command: 'Live.CallbackAfterDestroyRoom', status: 200 });
      expect(log.map((d) => d.command)).not.toContain('Room.CallbackAfterMemberEnter');
    } finally {
      await u.close();
      await liveHook.close();
      await roomHook.close();
    }
  });

  it('accepts only Live callbacks in a live_config, keeping the "After" spelling', async () => {
    const u = await startLive();
    try {
      await u.fails('live_config/set_callback', { Url: 'http://127.0.0.1:1/x', CallbackCommandList: ['Room.CallbackAfterCreateRoom'] }, 100002);
      await u.ok('live_config/set_callback', { Url: 'http://127.0.0.1:1/x', CallbackCommandList: ['Live.CallbackMemberStateChanged'] });
      expect(await u.ok('live_config/get_callback')).toEqual({
        Url: 'http://127.0.0.1:1/x', CallbackCommandList: ['Live.CallbackAfterMemberStateChanged'],
      });
      await u.fails('live_config/set_callback', { Url: 'http://127.0.0.1:1/x', CallbackCommandList: [] }, 100300);
      await u.ok('live_config/update_callback', { Url: 'http://127.0.0.1:1/y', CallbackCommandList: [] });
      await u.ok('live_config/delete_callback');
      await u.fails('live_config/get_callback', {}, 100301);
    } finally {
      await u.close();
    }
  });
});
