/** A live room's administrators (get_admin_list, modify_admin) and robots (get_robot, add_robot, del_robot) through GraphQL. */
import {
  AddLiveRoomAdminsDocument, AddLiveRoomRobotsDocument, CreateRoomDocument, LiveRoomDetailsDocument, RemoveLiveRoomAdminsDocument,
  RemoveLiveRoomRobotsDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const many = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

describe('room administrators', () => {
  it('adds and removes administrators, and answers the room with its list', async () => {
    const roomId = fresh();
    await createLive(t, roomId, { ownerId: 'host1' });
    const a = await t.exec(AddLiveRoomAdminsDocument, { input: { roomId, userIds: ['amy', 'ben'] } });
    expect(a.errors).toBeUndefined();
    expect(a.data!.addLiveRoomAdmins.admins).toEqual(['amy', 'ben']);
    const r = await t.exec(RemoveLiveRoomAdminsDocument, { input: { roomId, userIds: ['amy'] } });
    expect(r.data!.removeLiveRoomAdmins.admins).toEqual(['ben']);
    expect((await t.exec(LiveRoomDetailsDocument, { id: roomId })).data!.liveRoom!.admins).toEqual(['ben']);
  });

  it('answers BAD_USER_INPUT with errorCode 100002 for making the owner an administrator', async () => {
    const roomId = fresh();
    await createLive(t, roomId, { ownerId: 'host1' });
    const e = onlyError(await t.exec(AddLiveRoomAdminsDocument, { input: { roomId, userIds: ['host1'] } }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });

  it.each([
    ['21 users', many(21), 'input.userIds'],
    ['no users', [], 'input.userIds'],
    ['a user id over 32 bytes', ['x'.repeat(33)], 'input.userIds[0]'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, userIds, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(AddLiveRoomAdminsDocument, { input: { roomId: 'r', userIds } })), field);
    expectBadInput(await withoutUpstream(t, () => t.exec(RemoveLiveRoomAdminsDocument, { input: { roomId: 'r', userIds } })), field);
  });

  it('answers NOT_FOUND for a room that does not exist', async () => {
    const e = onlyError(await t.exec(RemoveLiveRoomAdminsDocument, { input: { roomId: fresh('missing'), userIds: ['a'] } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});

describe('robots', () => {
  it('adds and removes robots, and answers the room with its list', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    const a = await t.exec(AddLiveRoomRobotsDocument, { input: { roomId, robotIds: ['bot1', 'bot2', 'bot1'] } });
    expect(a.errors).toBeUndefined();
    expect(a.data!.addLiveRoomRobots.robots).toEqual(['bot1', 'bot2']);
    const r = await t.exec(RemoveLiveRoomRobotsDocument, { input: { roomId, robotIds: ['bot2'] } });
    expect(r.data!.removeLiveRoomRobots.robots).toEqual(['bot1']);
    // Robots are not members.
    expect((await t.exec(LiveRoomDetailsDocument, { id: roomId })).data!.liveRoom).toMatchObject({ robots: ['bot1'], onlineCount: 0 });
  });

  it('answers FORBIDDEN with errorCode 100006 for a Conference room (the room type must be Live)', async () => {
    const conf = fresh('conf');
    await t.exec(CreateRoomDocument, { input: { id: conf } });
    const e = onlyError(await t.exec(AddLiveRoomRobotsDocument, { input: { roomId: conf, robotIds: ['bot1'] } }));
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });

  it.each([
    ['21 robots', many(21), 'input.robotIds'],
    ['no robots', [], 'input.robotIds'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, robotIds, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(AddLiveRoomRobotsDocument, { input: { roomId: 'r', robotIds } })), field);
    expectBadInput(await withoutUpstream(t, () => t.exec(RemoveLiveRoomRobotsDocument, { input: { roomId: 'r', robotIds } })), field);
  });

  it('answers NOT_FOUND for a room that does not exist', async () => {
    const e = onlyError(await t.exec(AddLiveRoomRobotsDocument, { input: { roomId: fresh('missing'), robotIds: ['bot1'] } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});

it('answers FORBIDDEN to a non-admin for every administrator and robot mutation, without calling Tencent', async () => {
  const token = t.userToken('viewer1');
  const runs: (() => Promise<GqlResult<unknown>>)[] = [
    () => t.exec(AddLiveRoomAdminsDocument, { input: { roomId: 'r', userIds: ['a'] } }, token),
    () => t.exec(RemoveLiveRoomAdminsDocument, { input: { roomId: 'r', userIds: ['a'] } }, token),
    () => t.exec(AddLiveRoomRobotsDocument, { input: { roomId: 'r', robotIds: ['a'] } }, token),
    () => t.exec(RemoveLiveRoomRobotsDocument, { input: { roomId: 'r', robotIds: ['a'] } }, token),
  ];
  for (const run of runs) expect(onlyError(await withoutUpstream(t, run)).extensions).toMatchObject({ code: 'FORBIDDEN' });
});
