/**
 * A live room's audience through GraphQL: the online-member connection and count, mutes and bans
 * (administrators only), with their limits and error paths.
 */
import {
  BanLiveMembersDocument, CreateRoomDocument, LiveRoomMembersDocument, LiveRoomModerationDocument, MuteLiveMembersDocument,
  UnbanLiveMembersDocument, UnmuteLiveMembersDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream, withoutUpstreamWrite } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const users = (n: number, prefix = 'u') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

describe('members', () => {
  it('pages through the online members in entry order, each edge resuming right after itself', async () => {
    const id = fresh();
    await createLive(t, id);
    const all = users(130);
    for (const u of all) await t.emulator.enter(id, u);
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const r = await t.exec(LiveRoomMembersDocument, { id, first: 40, after });
      expect(r.errors).toBeUndefined();
      const c = r.data!.liveRoom!.members!;
      seen.push(...c.edges.map((e) => e.node.userId));
      // Full PageInfo, and Tencent's MemberCount as totalCount.
      expect(c.pageInfo).toMatchObject({ hasPreviousPage: after !== undefined, startCursor: c.edges[0].cursor, endCursor: c.edges[c.edges.length - 1].cursor });
      expect(c.totalCount).toBe(130);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const r = await t.exec(LiveRoomMembersDocument, { id, first: 100 });
    expect(r.data!.liveRoom!.onlineCount).toBe(130);
    const edges = r.data!.liveRoom!.members!.edges;
    const next = await t.exec(LiveRoomMembersDocument, { id, first: 3, after: edges[98].cursor });
    expect(next.data!.liveRoom!.members!.edges.map((e) => e.node.userId)).toEqual(all.slice(99, 102));
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a cursor it did not issue', { after: 'nope' }, 'after'],
  ])('answers BAD_USER_INPUT for %s', async (_what, vars, field) => {
    const id = fresh();
    await createLive(t, id);
    const r = await t.exec(LiveRoomMembersDocument, { id, ...vars });
    expect(onlyError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('muteLiveMembers and unmuteLiveMembers', () => {
  it('mutes users until a time, and unmutes them', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    const before = Date.now();
    const m = await t.exec(MuteLiveMembersDocument, { input: { roomId, userIds: ['amy', 'ben', 'amy'], durationSeconds: 600 } });
    expect(m.errors).toBeUndefined();
    const muted = m.data!.muteLiveMembers.mutedMembers!;
    expect(muted.map((x) => x.userId)).toEqual(['amy', 'ben']);
    expect(Math.abs(Date.parse(muted[0].mutedUntil) - (before + 600_000))).toBeLessThan(5000);
    const u = await t.exec(UnmuteLiveMembersDocument, { input: { roomId, userIds: ['amy'] } });
    expect(u.data!.unmuteLiveMembers.mutedMembers!.map((x) => x.userId)).toEqual(['ben']);
  });

  it.each([
    ['a duration of 0 (that would unmute)', { userIds: ['a'], durationSeconds: 0 }, 'input.durationSeconds'],
    ['a negative duration', { userIds: ['a'], durationSeconds: -1 }, 'input.durationSeconds'],
    ['21 users', { userIds: users(21), durationSeconds: 60 }, 'input.userIds'],
    ['no users', { userIds: [], durationSeconds: 60 }, 'input.userIds'],
    ['an empty user id', { userIds: ['a', ''], durationSeconds: 60 }, 'input.userIds[1]'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, input, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(MuteLiveMembersDocument, { input: { roomId: 'r', ...input } })), field);
  });

  it('answers NOT_FOUND for a room that does not exist and FORBIDDEN (100006) for a Conference room', async () => {
    const e = onlyError(await t.exec(UnmuteLiveMembersDocument, { input: { roomId: fresh('missing'), userIds: ['a'] } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    const conf = fresh('conf');
    await t.exec(CreateRoomDocument, { input: { id: conf } });
    const f = onlyError(await t.exec(MuteLiveMembersDocument, { input: { roomId: conf, userIds: ['a'], durationSeconds: 5 } }));
    expect(f.extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });
});

describe('banLiveMembers and unbanLiveMembers', () => {
  it('removes banned users from the room, lists the bans in pages, and lifts them', async () => {
    const roomId = fresh();
    await createLive(t, roomId);
    for (const u of ['amy', 'ben', 'cat']) await t.emulator.enter(roomId, u);
    const b = await t.exec(BanLiveMembersDocument, { input: { roomId, userIds: ['amy', 'ben'], reason: 'spam', durationSeconds: 3600 } });
    expect(b.errors).toBeUndefined();
    expect(b.data!.banLiveMembers.onlineCount).toBe(1);
    expect(b.data!.banLiveMembers.bannedMembers!.nodes.map((n) => n.userId)).toEqual(['amy', 'ben']);
    const page1 = await t.exec(LiveRoomModerationDocument, { id: roomId, first: 1 });
    const c1 = page1.data!.liveRoom!.bannedMembers!;
    expect(c1.nodes.map((n) => n.userId)).toEqual(['amy']);
    expect(c1.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.exec(LiveRoomModerationDocument, { id: roomId, first: 1, after: c1.pageInfo.endCursor });
    expect(page2.data!.liveRoom!.bannedMembers!.nodes.map((n) => n.userId)).toEqual(['ben']);
    expect(page2.data!.liveRoom!.bannedMembers!.pageInfo.hasNextPage).toBe(false);
    const u = await t.exec(UnbanLiveMembersDocument, { input: { roomId, userIds: ['amy'] } });
    expect(u.data!.unbanLiveMembers.bannedMembers!.nodes.map((n) => n.userId)).toEqual(['ben']);
  });

  it.each([
    ['21 users', { userIds: users(21), durationSeconds: 60 }, 'input.userIds'],
    ['a reason over 200 bytes', { userIds: ['a'], durationSeconds: 60, reason: 'r'.repeat(201) }, 'input.reason'],
    ['a duration of 0', { userIds: ['a'], durationSeconds: 0 }, 'input.durationSeconds'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, input, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(BanLiveMembersDocument, { input: { roomId: 'r', ...input } })), field);
  });

  it('answers BAD_USER_INPUT for 21 users to unban before any upstream call, and NOT_FOUND for a room that does not exist', async () => {
    expectBadInput(await withoutUpstream(t, () => t.exec(UnbanLiveMembersDocument, { input: { roomId: 'r', userIds: users(21) } })), 'input.userIds');
    const e = onlyError(await t.exec(BanLiveMembersDocument, { input: { roomId: fresh('missing'), userIds: ['a'], durationSeconds: 5 } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});

describe('who may see and change moderation', () => {
  it('answers FORBIDDEN for a non-admin on mutedMembers and bannedMembers only, the rest of the room still answering', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.emulator.resetCalls();
    const r = await t.exec(LiveRoomModerationDocument, { id }, t.userToken('viewer1'));
    expect(r.data!.liveRoom).toMatchObject({ id, isMessageDisabled: false, mutedMembers: null, bannedMembers: null });
    expect(r.errors!.map((e) => [e.path, e.extensions!.code])).toEqual([
      [['liveRoom', 'mutedMembers'], 'FORBIDDEN'],
      [['liveRoom', 'bannedMembers'], 'FORBIDDEN'],
    ]);
    const calls = await t.emulator.calls();
    expect(calls['live_engine_http_srv/get_muted_member_list']).toBeUndefined();
    expect(calls['live_engine_http_srv/get_banned_member_list']).toBeUndefined();
  });

  it('answers FORBIDDEN to a non-admin who is not room staff for mute, unmute, ban or unban, without writing at Tencent', async () => {
    const token = t.userToken('viewer1');
    const runs: (() => Promise<GqlResult<unknown>>)[] = [
      () => t.exec(MuteLiveMembersDocument, { input: { roomId: 'r', userIds: ['a'], durationSeconds: 5 } }, token),
      () => t.exec(UnmuteLiveMembersDocument, { input: { roomId: 'r', userIds: ['a'] } }, token),
      () => t.exec(BanLiveMembersDocument, { input: { roomId: 'r', userIds: ['a'], durationSeconds: 5 } }, token),
      () => t.exec(UnbanLiveMembersDocument, { input: { roomId: 'r', userIds: ['a'] } }, token),
    ];
    for (const run of runs) {
      expect(onlyError(await withoutUpstreamWrite(t, run)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
