/** Battles between live rooms (live_engine_http_pk/create_battle) through GraphQL. */
import { CreateBattleDocument, CreateRoomDocument } from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const battle = (fromRoomId: string, toRoomIds: string[], durationSeconds = 60, extensionInfo?: string) =>
  t.exec(CreateBattleDocument, { input: { fromRoomId, toRoomIds, durationSeconds, extensionInfo } });

async function rooms(k: number): Promise<string[]> {
  const ids = Array.from({ length: k }, () => fresh('pk'));
  for (const id of ids) await createLive(t, id);
  return ids;
}

describe('createBattle', () => {
  it('starts a battle and answers its id and each invited room\'s result', async () => {
    const [a, b, c] = await rooms(3);
    const r = await battle(a, [b, c], 120, 'round 1');
    expect(r.errors).toBeUndefined();
    expect(r.data!.createBattle.id).not.toBe('');
    expect(r.data!.createBattle.results).toEqual([
      { roomId: b, code: 'OK', rawCode: 0, message: '' },
      { roomId: c, code: 'OK', rawCode: 0, message: '' },
    ]);
  });

  it('answers ALREADY_IN_BATTLE for a room in another battle, until that battle\'s seconds have passed', async () => {
    const [a, b, c] = await rooms(3);
    await battle(a, [b], 30);
    const busy = await battle(c, [b]);
    expect(busy.data!.createBattle.results).toEqual([{ roomId: b, code: 'ALREADY_IN_BATTLE', rawCode: 3, message: expect.any(String) }]);
    // 30 seconds travel to Tencent as 30000 ms: the room is free again after them.
    await t.emulator.advanceClock(29);
    expect((await battle(c, [b])).data!.createBattle.results[0].code).toBe('ALREADY_IN_BATTLE');
    await t.emulator.advanceClock(2);
    expect((await battle(c, [b])).data!.createBattle.results[0].code).toBe('OK');
  });

  it('answers SYSTEM_ERROR with the raw code for a room Tencent failed on', async () => {
    const [a] = await rooms(1);
    const r = await battle(a, [fresh('missing')]);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createBattle).toMatchObject({ results: [{ code: 'SYSTEM_ERROR', rawCode: 5 }] });
  });

  it('answers NOT_FOUND for a starting room that does not exist and FORBIDDEN (100006) for a Conference room', async () => {
    const [b] = await rooms(1);
    expect(onlyError(await battle(fresh('missing'), [b])).extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    const conf = fresh('conf');
    await t.exec(CreateRoomDocument, { input: { id: conf } });
    expect(onlyError(await battle(conf, [b])).extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });

  it.each([
    ['no rooms to battle', ['r'], [], 60, 'input.toRoomIds'],
    ['11 rooms to battle', ['r'], Array.from({ length: 11 }, (_, i) => `r${i}`), 60, 'input.toRoomIds'],
    ['an invited room id over 48 bytes', ['r'], ['ok', 'x'.repeat(49)], 60, 'input.toRoomIds[1]'],
    ['an empty starting room id', [''], ['r'], 60, 'input.fromRoomId'],
    ['a duration of 0 seconds', ['r'], ['s'], 0, 'input.durationSeconds'],
    ['a duration past what milliseconds can carry', ['r'], ['s'], 2_147_484, 'input.durationSeconds'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, [from], to, seconds, field) => {
    expectBadInput(await withoutUpstream(t, () => battle(from, to, seconds)), field);
  });

  it('answers BAD_USER_INPUT for extension info over 1000 bytes, and FORBIDDEN for a non-admin, before any upstream call', async () => {
    expectBadInput(await withoutUpstream(t, () => battle('a', ['b'], 60, 'e'.repeat(1001))), 'input.extensionInfo');
    const r = await withoutUpstream(t, () =>
      t.exec(CreateBattleDocument, { input: { fromRoomId: 'a', toRoomIds: ['b'], durationSeconds: 60 } }, t.userToken('host1')),
    );
    expect(onlyError(r).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
