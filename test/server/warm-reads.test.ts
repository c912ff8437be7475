/**
 * The warm read path (BENCHMARKS.md): answers served from the cache are the same, field for field,
 * as the first (cold) answer; what is shared between requests (parsed entries, seat and member
 * values made from them) is replaced as soon as a write changes the room; and every GraphQL answer
 * says `Cache-Control: no-store` and carries its length.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '600000' });
});
afterAll(() => t.close());

const ROOM = `query($id: ID!) { room(id: $id) { id name status memberCount owner { id userId nameCard }
  members(first: 2) { nodes { id userId role } edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  seats { id index userId isLocked member { id } } } }`;

async function room(id: string, owner: string, guests: string[]) {
  const r = await t.raw(`mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
    input: { id, ownerId: owner, isSeatEnabled: true, maxSeatCount: 3 },
  });
  expect(r.errors).toBeUndefined();
  for (const u of [owner, ...guests]) await t.emulator.enter(id, u);
  await t.emulator.takeSeat(id, 1, guests[0]);
}

describe('warm reads', () => {
  it('answer exactly what the cold read answered, request after request', async () => {
    const id = `warm-${process.pid}-1`;
    await room(id, 'olga', ['pat', 'quinn']);
    const cold = await t.raw(ROOM, { id });
    expect(cold.errors).toBeUndefined();
    expect(cold.data.room.seats[1]).toEqual({ id: `${id}:1`, index: 1, userId: 'pat', isLocked: false, member: { id: `${id}:pat` } });
    expect(cold.data.room.members.pageInfo.hasNextPage).toBe(true);
    for (let i = 0; i < 3; i++) expect((await t.raw(ROOM, { id })).data).toEqual(cold.data);
    // The next page starts after the cached page's last edge.
    const next = await t.raw(`query($id: ID!, $after: String) { room(id: $id) { members(first: 5, after: $after) { nodes { userId } } } }`, {
      id, after: cold.data.room.members.pageInfo.endCursor,
    });
    expect(next.data.room.members.nodes).toEqual([{ userId: 'quinn' }]);
  });

  it('show a write at once: the shared values of the old entry are not served again', async () => {
    const id = `warm-${process.pid}-2`;
    await room(id, 'rita', ['sam']);
    let before = await t.raw(ROOM, { id });
    for (let i = 0; i < 3; i++) before = await t.raw(ROOM, { id }); // warm, and answered again
    expect(before.data.room.seats[2].isLocked).toBe(false);
    const lock = await t.raw(`mutation($input: LockSeatInput!) { lockSeat(input: $input) { index isLocked } }`, { input: { roomId: id, index: 2, locked: true } });
    expect(lock.errors).toBeUndefined();
    expect(lock.data.lockSeat[2]).toEqual({ index: 2, isLocked: true });
    const after = await t.raw(ROOM, { id });
    expect(after.data.room.seats[2].isLocked).toBe(true);
    expect(after.data.room.seats[1]).toEqual(before.data.room.seats[1]);
  });

  it('say Cache-Control: no-store, with a Content-Length, on every GraphQL answer', async () => {
    for (const query of ['{ __typename }', '{ room(id: "no such room") { id } }', '{ nope }']) {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
        body: JSON.stringify({ query }),
      });
      const body = await res.text();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    }
  });
});
