import { receiver } from './helpers';
import { PK, startLive, type Live } from './live-helpers';

let t: Live;
let hook: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  t = await startLive();
  hook = await receiver();
  await t.ok('live_config/set_callback', {
    Url: hook.url, CallbackCommandList: ['Live.CallbackAfterCreateBattle', 'Live.CallbackAfterStartBattle'],
  });
  for (const [id, owner] of [['pk-1', 'o1'], ['pk-2', 'o2'], ['pk-3', 'o3'], ['pk-4', 'o4'], ['pk-5', 'o5']]) {
    await t.room(id, { Owner_Account: owner });
  }
  await t.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'pk-conf', RoomType: 'Conference' } });
});
afterAll(async () => {
  await t.close();
  await hook.close();
});

const battle = (from: string, to: string[], duration = 60_000, extra = {}) =>
  t.ok(`${PK}/create_battle`, { FromRoomId: from, ToRoomIdList: to, Duration: duration, ...extra });

describe('create_battle', () => {
  it('starts a battle, answers a BattleId and per-room results, and raises the created then started callbacks', async () => {
    const res = await battle('pk-1', ['pk-2', 'pk-3'], 60_000, { ExtensionInfo: 'extension pk' });
    expect(res).toEqual({
      BattleId: expect.stringMatching(/^battle-/),
      Result: [{ RoomId: 'pk-2', ResultCode: 0, ResultMessage: '' }, { RoomId: 'pk-3', ResultCode: 0, ResultMessage: '' }],
    });
    const created = await hook.next();
    expect(created.query.get('CallbackCommand')).toBe('Live.CallbackAfterCreateBattle');
    expect(created.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterCreateBattle', Operator_Account: 'administrator', BattleId: res.BattleId,
      FromRoomId: 'pk-1', ToRoomIdList: ['pk-2', 'pk-3'], Timeout: 0, Duration: 60_000, NeedResponse: false,
      ExtensionInfo: 'extension pk', EventTime: t.nowMs(),
    });
    const started = await hook.next();
    expect(started.body).toEqual({
      CallbackCommand: 'Live.CallbackAfterStartBattle', BattleId: res.BattleId, Duration: 60_000, CreateTime: t.nowS(),
      StartTime: t.nowS(), FromRoomInfo: { RoomId: 'pk-1', Owner_Account: 'o1' },
      ToRoomList: [{ RoomId: 'pk-2', Owner_Account: 'o2' }, { RoomId: 'pk-3', Owner_Account: 'o3' }], EventTime: t.nowMs(),
    });
  });

  it('answers ResultCode 3 for a room in another battle and 5 for a room that is missing or not live', async () => {
    const res = await battle('pk-4', ['pk-2', 'pk-nowhere', 'pk-conf', 'pk-5']);
    expect(res.Result.map((r: { ResultCode: number }) => r.ResultCode)).toEqual([3, 5, 5, 0]);
    expect((await hook.next()).body.ToRoomIdList).toEqual(['pk-2', 'pk-nowhere', 'pk-conf', 'pk-5']);
    expect((await hook.next()).body.ToRoomList).toEqual([{ RoomId: 'pk-5', Owner_Account: 'o5' }]);
  });

  it('starts nothing when no invited room can join: BattleId "" and no callback', async () => {
    await t.room('pk-alone');
    const alone = await battle('pk-alone', ['pk-2']);
    expect(alone).toEqual({ BattleId: '', Result: [{ RoomId: 'pk-2', ResultCode: 3, ResultMessage: 'the room is already in another battle' }] });
  });

  it('ends a battle after Duration on the emulated clock', async () => {
    t.tick(60_000);
    const res = await battle('pk-2', ['pk-1', 'pk-3']);
    expect(res.Result.map((r: { ResultCode: number }) => r.ResultCode)).toEqual([0, 0]);
    expect((await hook.next()).body.FromRoomId).toBe('pk-2');
    await hook.next();
  });

  it('answers 100002 naming the field, 100002 for a FromRoomId already in a battle, 100004 / 100006 for FromRoomId', async () => {
    const f = (body: Record<string, unknown>, code: number) => t.fails(`${PK}/create_battle`, body, code);
    expect((await f({ ToRoomIdList: ['pk-1'], Duration: 1 }, 100002)).ErrorInfo).toMatch(/FromRoomId is required/);
    expect((await f({ FromRoomId: 'pk-4', Duration: 1 }, 100002)).ErrorInfo).toMatch(/ToRoomIdList is required/);
    expect((await f({ FromRoomId: 'pk-4', ToRoomIdList: [], Duration: 1 }, 100002)).ErrorInfo).toMatch(/ToRoomIdList must not be empty/);
    expect((await f({ FromRoomId: 'pk-4', ToRoomIdList: ['x'.repeat(49)], Duration: 1 }, 100002)).ErrorInfo).toMatch(/ToRoomIdList\[0\] must be at most 48 bytes/);
    expect((await f({ FromRoomId: 'pk-4', ToRoomIdList: ['pk-1'] }, 100002)).ErrorInfo).toMatch(/Duration is required/);
    expect((await f({ FromRoomId: 'pk-4', ToRoomIdList: ['pk-1'], Duration: 0 }, 100002)).ErrorInfo).toMatch(/Duration must be at least 1/);
    expect((await f({ FromRoomId: 'pk-4', ToRoomIdList: ['pk-4'], Duration: 1 }, 100002)).ErrorInfo).toMatch(/must not name FromRoomId/);
    expect((await f({ FromRoomId: 'pk-2', ToRoomIdList: ['pk-4'], Duration: 1 }, 100002)).ErrorInfo).toMatch(/already in battle/);
    await f({ FromRoomId: 'pk-none', ToRoomIdList: ['pk-4'], Duration: 1 }, 100004);
    await f({ FromRoomId: 'pk-conf', ToRoomIdList: ['pk-4'], Duration: 1 }, 100006);
  });

  it('frees the rooms of a battle whose starting room is destroyed', async () => {
    await t.ok('destroy_room', { RoomId: 'pk-2' });
    const res = await battle('pk-1', ['pk-3']);
    expect(res.Result[0].ResultCode).toBe(0);
  });
});
