import {
  BanMembersDocument,
  BannedMembersDocument,
  CreateRoomDocument,
  KickMembersDocument,
  MarkMembersDocument,
  RoomMembersDocument,
  UnbanMembersDocument,
  UpdateMemberDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import type { BannedMembersQuery, RoomMembersQuery } from '../generated/operations';

let t: TestGateway;
beforeAll(async () => {
  // TTL 0: every read goes upstream, so these tests see the emulator's state as it is now.
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
});
afterAll(() => t.close());

let n = 0;
async function roomWith(members: string[], input: Record<string, unknown> = {}) {
  const id = `mroom-${process.pid}-${++n}`;
  const r = await t.exec(CreateRoomDocument, { input: { id, ownerId: members[0] ?? 'owner', ...input } as any });
  expect(r.errors).toBeUndefined();
  for (const m of members) await t.emulator.enter(id, m);
  return id;
}

async function memberIds(roomId: string) {
  const r = await t.exec(RoomMembersDocument, { roomId, first: 100 });
  expect(r.errors).toBeUndefined();
  return r.data!.room!.members!.edges.map((e) => e.node.userId);
}

describe('Room.members', () => {
  it('lists members in entry order with the owner as OWNER', async () => {
    const id = await roomWith(['alice', 'bob', 'carol']);
    const r = await t.exec(RoomMembersDocument, { roomId: id });
    expect(r.data!.room!.memberCount).toBe(3);
    expect(r.data!.room!.members!.edges.map((e) => [e.node.userId, e.node.role])).toEqual([
      ['alice', 'OWNER'], ['bob', 'MEMBER'], ['carol', 'MEMBER'],
    ]);
    expect(r.data!.room!.members!.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through 130 members with cursors that resume exactly after each edge, across Tencent chunks', async () => {
    const ids = Array.from({ length: 130 }, (_, i) => `user${String(i).padStart(3, '0')}`);
    const id = await roomWith(ids, { maxMemberCount: 500 });
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const r: GqlResult<RoomMembersQuery> = await t.exec(RoomMembersDocument, { roomId: id, first: 40, after });
      expect(r.errors).toBeUndefined();
      const conn = r.data!.room!.members!;
      seen.push(...conn.edges.map((e) => e.node.userId));
      // Full PageInfo: a page after a cursor has one before it; the cursors are its first and last edges'.
      expect(conn.pageInfo).toEqual({
        hasNextPage: pages < 3, hasPreviousPage: pages > 0,
        startCursor: conn.edges[0].cursor, endCursor: conn.edges[conn.edges.length - 1].cursor,
      });
      // The room's memberCount, at no extra call.
      expect(conn.totalCount).toBe(130);
      pages += 1;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    expect(pages).toBe(4);
    // A cursor from the middle of a page resumes right after that edge.
    const first = await t.exec(RoomMembersDocument, { roomId: id, first: 10 });
    const mid = first.data!.room!.members!.edges[4].cursor;
    const resumed = await t.exec(RoomMembersDocument, { roomId: id, first: 3, after: mid });
    expect(resumed.data!.room!.members!.edges.map((e) => e.node.userId)).toEqual(['user005', 'user006', 'user007']);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a cursor it did not issue', { after: 'not-a-cursor' }, 'after'],
  ])('answers BAD_USER_INPUT for %s', async (_what, args, field) => {
    const id = await roomWith(['alice']);
    const e = onlyError(await t.exec(RoomMembersDocument, { roomId: id, ...args }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('updateMember', () => {
  it('sets name card, role and custom info, leaving omitted fields alone', async () => {
    const id = await roomWith(['alice', 'bob']);
    const r = await t.exec(UpdateMemberDocument, { input: { roomId: id, userId: 'bob', nameCard: 'Bobby', role: 'ADMIN', customInfo: 'x' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMember).toMatchObject({ userId: 'bob', nameCard: 'Bobby', role: 'ADMIN', customInfo: 'x' });
    const again = await t.exec(UpdateMemberDocument, { input: { roomId: id, userId: 'bob', customInfo: 'y' } });
    expect(again.data!.updateMember).toMatchObject({ nameCard: 'Bobby', role: 'ADMIN', customInfo: 'y' });
  });

  it('answers BAD_USER_INPUT for a 33-byte name card and a 61-byte custom info', async () => {
    const id = await roomWith(['alice']);
    const a = onlyError(await t.exec(UpdateMemberDocument, { input: { roomId: id, userId: 'alice', nameCard: 'n'.repeat(33) } }));
    expect(a.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nameCard' });
    const b = onlyError(await t.exec(UpdateMemberDocument, { input: { roomId: id, userId: 'alice', customInfo: 'c'.repeat(61) } }));
    expect(b.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customInfo' });
  });

  it('answers NOT_A_MEMBER with errorCode 100005 for someone not in the room', async () => {
    const id = await roomWith(['alice']);
    const e = onlyError(await t.exec(UpdateMemberDocument, { input: { roomId: id, userId: 'zed', nameCard: 'Z' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_A_MEMBER', tencent: { errorCode: 100005 } });
  });
});

describe('markMembers', () => {
  it('sets and deletes marks', async () => {
    const id = await roomWith(['alice', 'bob']);
    const set = await t.exec(MarkMembersDocument, {
      input: { roomId: id, operation: 'SET', members: [{ userId: 'bob', marks: [1000, 1002] }, { userId: 'alice', marks: [1001] }] },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.markMembers.members!.nodes).toEqual([
      { id: `${id}:alice`, userId: 'alice', marks: [1001] },
      { id: `${id}:bob`, userId: 'bob', marks: [1000, 1002] },
    ]);
    const del = await t.exec(MarkMembersDocument, { input: { roomId: id, operation: 'DELETE', members: [{ userId: 'bob', marks: [1000] }] } });
    expect(del.data!.markMembers.members!.nodes.find((m) => m.userId === 'bob')!.marks).toEqual([1002]);
  });

  it.each([
    ['a mark below 1000', [{ userId: 'alice', marks: [999] }], 'input.members[0].marks[0]'],
    ['four marks in one call', [{ userId: 'alice', marks: [1000, 1001, 1002, 1003] }], 'input.members[0].marks'],
    ['eleven members in one call', Array.from({ length: 11 }, (_, i) => ({ userId: `u${i}`, marks: [1000] })), 'input.members'],
  ])('answers BAD_USER_INPUT for %s', async (_what, members, field) => {
    const id = await roomWith(['alice']);
    const e = onlyError(await t.exec(MarkMembersDocument, { input: { roomId: id, operation: 'SET', members } }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers BAD_USER_INPUT with errorCode 100002 for an eleventh distinct mark in the room', async () => {
    const id = await roomWith(['alice', 'bob', 'carol', 'dave']);
    const marks = [[1000, 1001, 1002], [1003, 1004, 1005], [1006, 1007, 1008], [1009]];
    const members = ['alice', 'bob', 'carol', 'dave'].map((userId, i) => ({ userId, marks: marks[i] }));
    expect((await t.exec(MarkMembersDocument, { input: { roomId: id, operation: 'SET', members } })).errors).toBeUndefined();
    const e = onlyError(await t.exec(MarkMembersDocument, { input: { roomId: id, operation: 'SET', members: [{ userId: 'alice', marks: [1010] }] } }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });
});

describe('banMembers / unbanMembers / bannedMembers', () => {
  it('removes banned members, lists the ban, bars re-entry until it ends, and lifts it on unban', async () => {
    const id = await roomWith(['alice', 'bob', 'carol']);
    const r = await t.exec(BanMembersDocument, { input: { roomId: id, userIds: ['bob'], reason: 'spam', durationSeconds: 600 } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.banMembers.memberCount).toBe(2);
    const ban = r.data!.banMembers.bannedMembers!.nodes[0];
    expect(ban.userId).toBe('bob');
    expect(Date.parse(ban.bannedUntil) - Date.now()).toBeGreaterThan(590_000);
    expect(await memberIds(id)).toEqual(['alice', 'carol']);
    await expect(t.emulator.enter(id, 'bob')).rejects.toThrow(/100006/);

    const un = await t.exec(UnbanMembersDocument, { input: { roomId: id, userIds: ['bob'] } });
    expect(un.data!.unbanMembers.bannedMembers!.nodes).toEqual([]);
    await t.emulator.enter(id, 'bob');
    expect(await memberIds(id)).toEqual(['alice', 'carol', 'bob']);
  });

  it('drops a ban from the list once BannedUntil has passed', async () => {
    const id = await roomWith(['alice', 'bob']);
    await t.exec(BanMembersDocument, { input: { roomId: id, userIds: ['bob'], reason: 'cool off', durationSeconds: 60 } });
    await t.emulator.advanceClock(61);
    const r = await t.exec(BannedMembersDocument, { roomId: id });
    expect(r.data!.room!.bannedMembers!.nodes).toEqual([]);
    await t.emulator.enter(id, 'bob');
  });

  it('pages banned members by offset', async () => {
    const id = await roomWith(['alice']);
    const users = Array.from({ length: 25 }, (_, i) => `b${String(i).padStart(2, '0')}`);
    await t.exec(BanMembersDocument, { input: { roomId: id, userIds: users.slice(0, 20), reason: 'r', durationSeconds: 600 } });
    await t.exec(BanMembersDocument, { input: { roomId: id, userIds: users.slice(20), reason: 'r', durationSeconds: 600 } });
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let i = 0; i < 10; i++) {
      const r: GqlResult<BannedMembersQuery> = await t.exec(BannedMembersDocument, { roomId: id, first: 10, after });
      const c = r.data!.room!.bannedMembers!;
      seen.push(...c.nodes.map((b) => b.userId));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(users);
  });

  it('answers BAD_USER_INPUT for 21 users, a zero duration and a 1001-byte reason', async () => {
    const id = await roomWith(['alice']);
    const many = Array.from({ length: 21 }, (_, i) => `u${i}`);
    const cases = [
      [{ userIds: many, reason: 'r', durationSeconds: 60 }, 'input.userIds'],
      [{ userIds: ['alice'], reason: 'r', durationSeconds: 0 }, 'input.durationSeconds'],
      [{ userIds: ['alice'], reason: 'r'.repeat(1001), durationSeconds: 60 }, 'input.reason'],
    ] as const;
    for (const [input, field] of cases) {
      const e = onlyError(await t.exec(BanMembersDocument, { input: { roomId: id, ...input, userIds: [...input.userIds] } }));
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('answers NOT_A_MEMBER with errorCode 100005 when unbanning someone not banned', async () => {
    const id = await roomWith(['alice']);
    const e = onlyError(await t.exec(UnbanMembersDocument, { input: { roomId: id, userIds: ['nobody'] } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_A_MEMBER', tencent: { errorCode: 100005 } });
  });
});

describe('kickMembers', () => {
  it('removes members, who may come back', async () => {
    const id = await roomWith(['alice', 'bob', 'carol']);
    const r = await t.exec(KickMembersDocument, { input: { roomId: id, userIds: ['bob', 'carol'], reason: 'meeting over' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.kickMembers).toMatchObject({ memberCount: 1, members: { nodes: [{ userId: 'alice' }] } });
    await t.emulator.enter(id, 'bob');
    expect(await memberIds(id)).toEqual(['alice', 'bob']);
  });

  it('answers NOT_A_MEMBER with errorCode 100005 for someone not in the room', async () => {
    const id = await roomWith(['alice']);
    const e = onlyError(await t.exec(KickMembersDocument, { input: { roomId: id, userIds: ['ghost'], reason: 'r' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_A_MEMBER', tencent: { errorCode: 100005 } });
  });

  it('answers NOT_FOUND with errorCode 100004 in a room that does not exist', async () => {
    const e = onlyError(await t.exec(KickMembersDocument, { input: { roomId: 'no-such-room', userIds: ['a'], reason: 'r' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});
