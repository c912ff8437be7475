/**
 * The Conference command table against the documentation: each body is what the doc's request
 * example sends, and each parser reads the doc's response example, plus every variant D1 says a
 * client must accept (spec §1, §13).
 */
import type { Envelope } from '../../src/wire/envelope';
import { parseJsonKeepingBigIds } from '../../src/wire/json';
import * as srv from '../../src/commands/conference';
import * as mic from '../../src/commands/seats';
import { roomConfig as cfg } from '../../src/commands/callback-config';

const ok = (rest: Record<string, unknown>): Envelope =>
  ({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, RequestId: 'Id-1-O-Seq-1', ...rest }) as Envelope;

describe('Conference command declarations', () => {
  it('declares servicename, read/write class and the documented 200 calls/s for every documented command', () => {
    const all = [...Object.values(srv), ...Object.values(mic), ...Object.values(cfg)];
    expect(all).toHaveLength(22);
    for (const c of all) {
      expect(['room_engine_http_srv', 'room_engine_http_mic', 'room_config']).toContain(c.service);
      expect(c.kind === 'read').toBe(/^get_/.test(c.name));
      // D2's inferred set/delete_callback have no documented limit (spec §16).
      expect(c.perSecond).toBe(['set_callback', 'delete_callback'].includes(c.name) ? undefined : 200);
    }
    expect(mic.lockSeat.service).toBe('room_engine_http_mic');
    expect(cfg.getCallback.body()).toEqual({});
  });

  it('sends create_room as the 60707 example does, omitting what was not given', () => {
    expect(
      srv.createRoom.body({
        roomId: 'room-test', roomName: 'room-name-test', ownerId: 'user2', maxMemberCount: 300,
        scheduleStartTime: 1693271355, scheduleEndTime: 1693272355, isVideoDisabled: true, isAudioDisabled: true,
        isMessageDisabled: true, isScreenSharingDisabled: true, isCloudRecordingDisabled: true, customInfo: 'custom123',
        isSeatEnabled: true, maxSeatCount: 16, takeSeatMode: 'APPLY_TO_TAKE', scheduleInvitees: ['user1', 'user2', 'user3'],
      }),
    ).toEqual({
      RoomInfo: {
        RoomId: 'room-test', RoomName: 'room-name-test', RoomType: 'Conference', Owner_Account: 'user2', MaxMemberCount: 300,
        ScheduleStartTime: 1693271355, ScheduleEndTime: 1693272355, IsVideoDisabled: true, IsAudioDisabled: true,
        IsMessageDisabled: true, IsScreenSharingDisabled: true, IsCloudRecordingDisabled: true, CustomInfo: 'custom123',
        IsSeatEnabled: true, MaxSeatCount: 16, TakeSeatMode: 'ApplyToTake',
      },
      ScheduleInviteeList_Account: ['user1', 'user2', 'user3'],
    });
    expect(srv.createRoom.body({ roomId: 'r' })).toEqual({ RoomInfo: { RoomId: 'r', RoomType: 'Conference' } });
  });

  it('does not require Response.RoomId from create_room (D3)', () => {
    expect(srv.createRoom.parse(ok({}))).toBeUndefined();
  });

  it('sends the member, seat and ban commands with the documented field names', () => {
    expect(srv.updateRoomMemberInfo.body({ roomId: 'room-test', userId: 'user4', nameCard: 'jack', role: 'ADMIN', customInfo: 'custom info' }))
      .toEqual({ RoomId: 'room-test', MemberInfo: { Member_Account: 'user4', NameCard: 'jack', Role: 'Admin', CustomInfo: 'custom info' } });
    expect(srv.changeRoomOwner.body('room-test', 'user2', 'user4')).toEqual({ RoomId: 'room-test', From_Account: 'user2', NewOwner_Account: 'user4' });
    expect(srv.markRoomMember.body('room-test', 'SET', [{ userId: 'user2', marks: [1000, 1002, 1003] }]))
      .toEqual({ RoomId: 'room-test', CommandType: 1, MemberList: [{ Member_Account: 'user2', Marks: [1000, 1002, 1003] }] });
    expect(srv.markRoomMember.body('r', 'DELETE', []).CommandType).toBe(2);
    expect(srv.banRoomMember.body('room-test', ['user1'], 'irregularities', 3600))
      .toEqual({ RoomId: 'room-test', MemberList_Account: ['user1'], Reason: 'irregularities', Duration: 3600 });
    expect(srv.getBannedMemberList.body('room-test', 100, 0)).toEqual({ RoomId: 'room-test', Limit: 100, Offset: 0 });
    expect(srv.getRoomMemberList.body('room-test', 10, '')).toEqual({ RoomId: 'room-test', Count: 10, Next: '' });
    expect(mic.lockSeat.body({ roomId: 'room-test', index: 2, forbidTaken: true, forbidVideo: true, forbidAudio: true }))
      .toEqual({ RoomId: 'room-test', Index: 2, ForbidTaken: true, ForbidVideo: true, ForbidAudio: true });
    expect(mic.lockSeat.body({ roomId: 'r', index: 0, forbidAudio: false })).toEqual({ RoomId: 'r', Index: 0, ForbidAudio: false });
    expect(mic.pickUserOnSeat.body('room-test', 'user2', 1)).toEqual({ RoomId: 'room-test', Member_Account: 'user2', Index: 1 });
    expect(mic.kickUserOffSeat.body('room-test', 'user2', 'time over')).toEqual({ RoomId: 'room-test', Member_Account: 'user2', Data: 'time over' });
    expect(mic.switchSeat.body('room-test', 'user', 1)).toEqual({ RoomId: 'room-test', ToIndex: 1, Member_Account: 'user' });
    expect(mic.moveUserToSeat.body('room-test', 'user', 1, 'SWAP')).toEqual({ RoomId: 'room-test', SeatIndex: 1, Member_Account: 'user', Policy: 2 });
    expect(cfg.updateCallback.body({ url: 'http://www.example.com/callback', commands: ['Mic.CallbackAfterSeatInfoChanged'] }))
      .toEqual({ Url: 'http://www.example.com/callback', CallbackCommandList: ['Mic.CallbackAfterSeatInfoChanged'] });
  });
});

describe('parsing documented answers', () => {
  it('reads the get_room_info example (60704)', () => {
    const room = srv.getRoomInfo.parse(ok({
      Response: { RoomInfo: {
        RoomId: 'room-test', RoomName: 'room-name-test', RoomType: 'Conference', Owner_Account: 'user2', MaxMemberCount: 300, MaxSeatCount: 16,
        IsVideoDisabled: true, IsAudioDisabled: true, IsMessageDisabled: true, IsScreenSharingDisabled: true, IsCloudRecordingDisabled: true,
        CustomInfo: 'custom123', ScheduleStartTime: 1703491546, ScheduleEndTime: 1703495146, RoomStatus: 'Running', IsSeatEnabled: true,
        TakeSeatMode: 'ApplyToTake', CreateTime: 1703491546, MemberCount: 1,
      } },
    }));
    expect(room).toEqual({
      roomId: 'room-test', roomName: 'room-name-test', roomType: 'CONFERENCE', ownerId: 'user2', maxMemberCount: 300, maxSeatCount: 16,
      isVideoDisabled: true, isAudioDisabled: true, isMessageDisabled: true, isScreenSharingDisabled: true, isCloudRecordingDisabled: true,
      customInfo: 'custom123', scheduleStartTime: 1703491546, scheduleEndTime: 1703495146, status: 'RUNNING', isSeatEnabled: true,
      takeSeatMode: 'APPLY_TO_TAKE', createTime: 1703491546, memberCount: 1,
    });
  });

  it('accepts every D1 variant: Meeting, TakeSeatMode as 1/2, string booleans, numeric accounts, data at the top level', () => {
    // As it comes off the wire: the TinyId is a bare number too large for a double.
    const wire = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"RequestId":"Id-1","RoomInfo":{"RoomId":"r","RoomType":"Meeting",' +
      '"Owner_Account":144115233775727695,"TakeSeatMode":2,"IsCloudRecordingDisabled":"false","IsVideoDisabled":"true","RoomStatus":"NotStarted"}}';
    const room = srv.getRoomInfo.parse(parseJsonKeepingBigIds(wire) as Envelope);
    expect(room).toMatchObject({
      roomId: 'r', roomType: 'CONFERENCE', ownerId: '144115233775727695', takeSeatMode: 'APPLY_TO_TAKE',
      isCloudRecordingDisabled: false, isVideoDisabled: true, status: 'NOT_STARTED',
    });
    expect(srv.getRoomInfo.parse(ok({ Response: { RoomInfo: { RoomId: 'r', TakeSeatMode: 1 } } })).takeSeatMode).toBe('FREE_TO_TAKE');
    expect(srv.getRoomInfo.parse(ok({ Response: { RoomInfo: { RoomId: 'r', TakeSeatMode: 'None' } } })).takeSeatMode).toBe('NONE');
  });

  it('reads member lists with Owner or RoomOwner (D1) and the Next cursor (60715)', () => {
    const page = srv.getRoomMemberList.parse(ok({
      Response: { Next: 'abc', MemberList: [
        { Member_Account: 'user2', NameCard: '123', Role: 'RoomOwner', Marks: [1000, 1002, 1003], CustomInfo: '' },
        { Member_Account: 'user3', Role: 'Owner' },
        { Member_Account: 42, Role: 'Admin' },
        { Member_Account: 'user5', Role: 'Member' },
      ] },
    }));
    expect(page.next).toBe('abc');
    expect(page.members.map((m) => [m.userId, m.role])).toEqual([['user2', 'OWNER'], ['user3', 'OWNER'], ['42', 'ADMIN'], ['user5', 'MEMBER']]);
    expect(page.members[0]).toEqual({ userId: 'user2', nameCard: '123', role: 'OWNER', marks: [1000, 1002, 1003], customInfo: '' });
    expect(srv.getRoomMemberList.parse(ok({ Response: { Next: '', MemberList: [] } }))).toEqual({ members: [], next: '' });
  });

  it('reads banned lists with NextOffset (60709)', () => {
    expect(srv.getBannedMemberList.parse(ok({ Response: { BannedAccountList: [{ Member_Account: 'user2', BannedUntil: 1703559417 }], NextOffset: 0 } })))
      .toEqual({ banned: [{ userId: 'user2', bannedUntil: 1703559417 }], nextOffset: 0 });
  });

  it('reads seat lists where a free seat has no Member_Account, or an empty one (60719)', () => {
    const seats = mic.getSeatList.parse(ok({
      Response: { SeatList: [
        { Index: 0, Member_Account: 'user2', IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
        { Index: 1, IsTakenDisabled: false, IsVideoDisabled: false, IsAudioDisabled: false },
        { Index: 2, Member_Account: '', IsTakenDisabled: 'true' },
      ] },
    }));
    expect(seats).toEqual([
      { index: 0, userId: 'user2', isTakenDisabled: false, isVideoDisabled: false, isAudioDisabled: false },
      { index: 1, userId: null, isTakenDisabled: false, isVideoDisabled: false, isAudioDisabled: false },
      { index: 2, userId: null, isTakenDisabled: true, isVideoDisabled: false, isAudioDisabled: false },
    ]);
  });

  it('reads the callback configuration, keeping the documented "Room.CallbackUpdateRoomInfo" spelling (60730)', () => {
    const list = ['Room.CallbackAfterCreateRoom', 'Room.CallbackAfterDestroyRoom', 'Room.CallbackUpdateRoomInfo', 'Room.CallbackAfterMemberEnter', 'Room.CallbackAfterMemberLeave', 'Mic.CallbackAfterSeatInfoChanged'];
    expect(cfg.getCallback.parse(ok({ Response: { Url: 'http://www.example.com/callback', CallbackCommandList: list } })))
      .toEqual({ url: 'http://www.example.com/callback', commands: list });
  });
});

describe('parseJsonKeepingBigIds', () => {
  it('keeps 16+-digit integers exact as strings and leaves everything else as JSON.parse reads it', () => {
    const text = '{"a":144115233775727695,"b":[-144115233775727695, 1703559417123],"c":"x 144115233775727695 \\" 12345678901234567",' +
      '"d":0.12345678901234567,"e":1.5e300,"f":123456789012345,"g":true}';
    expect(parseJsonKeepingBigIds(text)).toEqual({
      a: '144115233775727695', b: ['-144115233775727695', 1703559417123], c: 'x 144115233775727695 " 12345678901234567',
      d: 0.12345678901234567, e: 1.5e300, f: 123456789012345, g: true,
    });
  });

  it('still rejects malformed JSON', () => {
    expect(() => parseJsonKeepingBigIds('{"a":144115233775727695')).toThrow(SyntaxError);
  });
});
