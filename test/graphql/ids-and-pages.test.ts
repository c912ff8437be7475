/**
 * What client caches rely on: the people and seats of a room carry ids that are the same in every
 * response and unique per type, even for room ids full of punctuation; and every connection
 * answers Relay's full PageInfo.
 */
import { BanMembersDocument, CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive } from '../live/helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

let n = 0;
async function roomWith(id: string, members: string[]) {
  const r = await t.exec(CreateRoomDocument, { input: { id, ownerId: members[0], isSeatEnabled: true, maxSeatCount: 2, takeSeatMode: 'FREE_TO_TAKE' } });
  expect(r.errors).toBeUndefined();
  for (const m of members) await t.emulator.enter(id, m);
  return id;
}

const PEOPLE = `query($id: ID!) { room(id: $id) {
  members { nodes { id userId seat { id } } } seats { id index member { id } } bannedMembers { nodes { id userId } } } }`;

describe('stable ids', () => {
  it('answers the same Member, Seat and BannedMember ids in every response, unique per type', async () => {
    const id = await roomWith(`ids-${process.pid}-${++n}`, ['alice', 'bob']);
    await t.emulator.takeSeat(id, 1, 'bob');
    await t.exec(BanMembersDocument, { input: { roomId: id, userIds: ['mallory'], reason: 'spam', durationSeconds: 600 } });
    const first = await t.raw(PEOPLE, { id });
    expect(first.errors).toBeUndefined();
    const { members, seats, bannedMembers } = first.data.room;
    expect(members.nodes.map((m: any) => m.id)).toEqual([`${id}:alice`, `${id}:bob`]);
    expect(seats.map((s: any) => s.id)).toEqual([`${id}:0`, `${id}:1`]);
    // The same seat and member through every path a query reaches them by.
    expect(members.nodes[1].seat).toEqual({ id: `${id}:1` });
    expect(seats[1].member).toEqual({ id: `${id}:bob` });
    expect(bannedMembers.nodes).toEqual([{ id: `${id}:mallory`, userId: 'mallory' }]);
    expect((await t.raw(PEOPLE, { id })).data).toEqual(first.data);
  });

  it('keeps ids apart for room ids with ":", "%" and spaces', async () => {
    const a = await roomWith(`a:b ${process.pid}`, ['c']);
    const b = await roomWith(`a%3Ab ${process.pid}`, ['c']);
    const r = await t.raw(`query($a: ID!, $b: ID!) { a: room(id: $a) { members { nodes { id } } seats { id } } b: room(id: $b) { members { nodes { id } } seats { id } } }`, { a, b });
    expect(r.errors).toBeUndefined();
    const ids = [r.data.a, r.data.b].flatMap((room: any) => [...room.members.nodes, ...room.seats].map((x: any) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(r.data.a.members.nodes[0].id).toBe(`${encodeURIComponent(a)}:c`);
  });

  it('gives live rooms\' members, muted and banned users ids too', async () => {
    const id = `ids-live-${process.pid}`;
    await createLive(t, id);
    await t.emulator.enter(id, 'mia');
    const m = await t.raw(`mutation($id: ID!) {
      muteLiveMembers(input: { roomId: $id, userIds: ["noah"], durationSeconds: 60 }) { id }
      banLiveMembers(input: { roomId: $id, userIds: ["zed"], durationSeconds: 60 }) { id } }`, { id });
    expect(m.errors).toBeUndefined();
    const r = await t.raw(`query($id: ID!) { liveRoom(id: $id) { members { nodes { id } } mutedMembers { id } bannedMembers { nodes { id } } seats { id } } }`, { id });
    expect(r.data.liveRoom).toMatchObject({
      members: { nodes: [{ id: `${id}:mia` }] }, mutedMembers: [{ id: `${id}:noah` }], bannedMembers: { nodes: [{ id: `${id}:zed` }] },
    });
    expect(r.data.liveRoom.seats[0]).toEqual({ id: `${id}:0` });
  });
});

describe('PageInfo', () => {
  const PAGE = '{ hasNextPage hasPreviousPage startCursor endCursor }';

  it('answers both directions\' flags and cursors on the banned list, paged by offset', async () => {
    const id = await roomWith(`pages-${process.pid}-${++n}`, ['alice']);
    await t.exec(BanMembersDocument, { input: { roomId: id, userIds: ['u1', 'u2', 'u3'], reason: 'x', durationSeconds: 600 } });
    const q = `query($id: ID!, $after: String) { room(id: $id) { bannedMembers(first: 2, after: $after) { edges { cursor } pageInfo ${PAGE} } } }`;
    const one = (await t.raw(q, { id })).data.room.bannedMembers;
    expect(one.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: one.edges[0].cursor, endCursor: one.edges[1].cursor });
    const two = (await t.raw(q, { id, after: one.pageInfo.endCursor })).data.room.bannedMembers;
    expect(two.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: two.edges[0].cursor, endCursor: two.edges[0].cursor });
  });

  it('answers null cursors for an empty page, and totalCount 0 for an empty room', async () => {
    const id = `pages-empty-${process.pid}`;
    expect((await t.exec(CreateRoomDocument, { input: { id } })).errors).toBeUndefined();
    const r = await t.raw(`query($id: ID!) { room(id: $id) { members { totalCount pageInfo ${PAGE} } } }`, { id });
    expect(r.data.room.members).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('answers the lobby\'s PageInfo, and a page after a cursor has one before it', async () => {
    for (let i = 0; i < 3; i++) await createLive(t, `pages-lobby-${process.pid}-${i}`);
    const q = `query($after: String) { liveRooms(first: 2, after: $after) { edges { cursor } pageInfo ${PAGE} } }`;
    const one = (await t.raw(q)).data.liveRooms;
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: one.edges[0].cursor });
    const two = (await t.raw(q, { after: one.pageInfo.endCursor })).data.liveRooms;
    expect(two.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: two.edges[0].cursor });
  });
});
