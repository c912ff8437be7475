/**
 * ROOMGRAPH_READ_POLICY (src/auth/read-policy.ts, README "Authorization"): with `members`, a
 * non-admin reads a room only while they are in it — its owner, a room admin (Conference: role
 * ADMIN; Live: get_admin_list) or a member — and not while banned; global admins read everything.
 * One test per cell of the read matrix and per read path: `room`, `rooms`, `seats`, `liveRoom`,
 * `liveRooms`, `_entities` (Room, LiveRoom) and the subscriptions, on a real gateway over the
 * embedded emulator; and `all` (the default) unchanged.
 */
import { loadConfig, ConfigError } from '../../src/config';
import * as ops from '../generated/operations';
import { startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive } from '../live/helpers';
import { connect, listenerTracker, subscribe, within, type Connected } from '../subscriptions/helpers';

const CONF = `read-conf-${process.pid}`;
const LIVE = `read-live-${process.pid}`;
const MISSING = `read-missing-${process.pid}`;
let n = 0;
const fresh = (p: string) => `${p}-${process.pid}-${++n}`;

type Role = 'non-member' | 'member' | 'room admin' | 'room owner' | 'global admin' | 'banned member' | 'banned live admin';
type Outcome = 'allowed' | 'FORBIDDEN';

/** Who plays each role, in both rooms. */
const USER: Record<Role, string> = {
  'non-member': 'vic',
  member: 'mia',
  'room admin': 'adam',
  'room owner': 'olivia',
  'global admin': 'gina',
  'banned member': 'bob',
  'banned live admin': 'bea',
};

/** The README's read rows: who reads a room, under each policy. */
const MATRIX: Record<'all' | 'members', Record<Role, Outcome>> = {
  all: {
    'non-member': 'allowed', member: 'allowed', 'room admin': 'allowed', 'room owner': 'allowed', 'global admin': 'allowed',
    'banned member': 'allowed', 'banned live admin': 'allowed',
  },
  members: {
    'non-member': 'FORBIDDEN', member: 'allowed', 'room admin': 'allowed', 'room owner': 'allowed', 'global admin': 'allowed',
    'banned member': 'FORBIDDEN', 'banned live admin': 'FORBIDDEN',
  },
};

/** Per read path: runs it for `roomId` and says whether it answered the room, or FORBIDDEN as the path shows it. */
type Path = (t: TestGateway, roomId: string, token: string) => Promise<Outcome>;

function forbiddenAt(r: GqlResult<any>, path: (string | number)[]): boolean {
  return r.errors?.length === 1 && r.errors[0].extensions?.code === 'FORBIDDEN' && JSON.stringify(r.errors[0].path) === JSON.stringify(path);
}

function outcome(r: GqlResult<any>, answered: boolean, path: (string | number)[]): Outcome {
  if (r.errors === undefined && answered) return 'allowed';
  if (forbiddenAt(r, path)) return 'FORBIDDEN';
  throw new Error(`neither answered nor FORBIDDEN at ${path.join('.')}: ${JSON.stringify(r)}`);
}

const CONFERENCE_PATHS: Record<string, Path> = {
  'room(id)': async (t, id, token) => {
    const r = await t.raw(`query($id: ID!) { room(id: $id) { id name owner { userId } members(first: 5) { nodes { userId } } } }`, { id }, token);
    return outcome(r, r.data?.room?.id === id, ['room']);
  },
  'rooms(ids)': async (t, id, token) => {
    const r = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { id name } }`, { ids: [id] }, token);
    return outcome(r, r.data?.rooms?.[0]?.id === id, ['rooms', 0]);
  },
  'seats(roomId)': async (t, id, token) => {
    const r = await t.raw(`query($id: ID!) { seats(roomId: $id) { index userId } }`, { id }, token);
    return outcome(r, Array.isArray(r.data?.seats) && r.data.seats.length > 0, ['seats']);
  },
  '_entities (Room)': async (t, id, token) => {
    const r = await t.raw(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Room { id name } } }`,
      { reps: [{ __typename: 'Room', id }] },
      token,
    );
    return outcome(r, r.data?._entities?.[0]?.id === id, ['_entities', 0]);
  },
};

const LIVE_PATHS: Record<string, Path> = {
  'liveRoom(id)': async (t, id, token) => {
    const r = await t.raw(`query($id: ID!) { liveRoom(id: $id) { id name notice members(first: 5) { nodes { userId } } } }`, { id }, token);
    return outcome(r, r.data?.liveRoom?.id === id, ['liveRoom']);
  },
  'seats(roomId)': CONFERENCE_PATHS['seats(roomId)'],
  'liveRooms (the list)': async (t, id, token) => {
    const r = await t.raw(`{ liveRooms(first: 20) { nodes { id name notice } pageInfo { hasNextPage endCursor } } }`, {}, token);
    expect(r.errors).toBeUndefined();
    // A room the viewer may not read is left out of the list, with no error.
    return r.data.liveRooms.nodes.some((n: { id: string }) => n.id === id) ? 'allowed' : 'FORBIDDEN';
  },
  '_entities (LiveRoom)': async (t, id, token) => {
    const r = await t.raw(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on LiveRoom { id name } } }`,
      { reps: [{ __typename: 'LiveRoom', id }] },
      token,
    );
    return outcome(r, r.data?._entities?.[0]?.id === id, ['_entities', 0]);
  },
};

/** Makes CONF and LIVE with every role in place, on gateway `t`. */
async function seed(t: TestGateway) {
  const ok = (r: GqlResult<unknown>) => expect(r.errors).toBeUndefined();
  ok(await t.exec(ops.CreateRoomDocument, { input: { id: CONF, ownerId: 'olivia', isSeatEnabled: true, maxSeatCount: 4 } }));
  // The owner is not in the room: owning it is enough.
  for (const u of ['adam', 'mia', 'bob']) await t.emulator.enter(CONF, u);
  ok(await t.exec(ops.UpdateMemberDocument, { input: { roomId: CONF, userId: 'adam', role: 'ADMIN' as ops.AssignableRole } }));
  ok(await t.exec(ops.BanMembersDocument, { input: { roomId: CONF, userIds: ['bob'], reason: 'spam', durationSeconds: 3600 } }));

  await createLive(t, LIVE, { ownerId: 'olivia' });
  for (const u of ['mia', 'bob', 'bea']) await t.emulator.enter(LIVE, u);
  // adam administers the room without being online in it; bea is an admin who is banned.
  ok(await t.exec(ops.AddLiveRoomAdminsDocument, { input: { roomId: LIVE, userIds: ['adam', 'bea'] } }));
  ok(await t.exec(ops.BanLiveMembersDocument, { input: { roomId: LIVE, userIds: ['bob', 'bea'], durationSeconds: 3600 } }));
}

describe('ROOMGRAPH_READ_POLICY configuration', () => {
  it('is all by default, and takes all or members', () => {
    expect(loadConfig({}).readPolicy).toBe('all');
    expect(loadConfig({ ROOMGRAPH_READ_POLICY: 'all' }).readPolicy).toBe('all');
    expect(loadConfig({ ROOMGRAPH_READ_POLICY: 'members' }).readPolicy).toBe('members');
  });

  it.each(['everyone', 'MEMBERS', 'members,all', ' none'])('refuses %j with a ConfigError naming the variable', (value) => {
    expect(() => loadConfig({ ROOMGRAPH_READ_POLICY: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ROOMGRAPH_READ_POLICY: value })).toThrow(/^ROOMGRAPH_READ_POLICY must be all or members$/);
  });
});

describe.each(['members', 'all'] as const)('ROOMGRAPH_READ_POLICY=%s', (policy) => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ROOMGRAPH_ADMINS: 'gina', ...(policy === 'members' ? { ROOMGRAPH_READ_POLICY: 'members' } : {}) });
    await seed(t);
  });
  afterAll(() => t.close());

  const cells = (paths: Record<string, Path>) =>
    Object.keys(paths).flatMap((path) => (Object.keys(USER) as Role[]).map((role) => [path, role, MATRIX[policy][role]] as const));

  describe('a Conference room', () => {
    it.each(cells(CONFERENCE_PATHS))('%s as a %s: %s', async (path, role, expected) => {
      expect(await CONFERENCE_PATHS[path](t, CONF, t.userToken(USER[role]))).toBe(expected);
    });
  });

  describe('a live room', () => {
    it.each(cells(LIVE_PATHS))('%s as a %s: %s', async (path, role, expected) => {
      expect(await LIVE_PATHS[path](t, LIVE, t.userToken(USER[role]))).toBe(expected);
    });
  });

  it(`costs no upstream read beyond the room's own for ${policy === 'all' ? 'anyone' : 'a global admin'}`, async () => {
    const id = fresh('read-free');
    expect((await t.exec(ops.CreateRoomDocument, { input: { id, ownerId: 'oscar' } })).errors).toBeUndefined();
    await t.emulator.resetCalls();
    const r = await t.raw(`query($id: ID!) { room(id: $id) { id members(first: 5) { nodes { userId } } } }`, { id }, t.userToken(policy === 'all' ? 'vic' : 'gina'));
    expect(r).toMatchObject({ data: { room: { id, members: { nodes: [] } } } });
    // What the query reads anyway (the room was read by createRoom's answer): its member list, once; no banned list.
    expect(await t.emulator.calls()).toEqual({ 'room_engine_http_srv/get_room_member_list': 1 });
  });

  it('answers a missing room as it always did to a global admin: null, no error', async () => {
    const r = await t.raw(`query($id: ID!) { room(id: $id) { id } liveRoom(id: $id) { id } rooms(ids: [$id]) { id } }`, { id: MISSING }, t.userToken('gina'));
    expect(r).toMatchObject({ data: { room: null, liveRoom: null, rooms: [null] } });
    expect(r.errors).toBeUndefined();
  });
});

describe('ROOMGRAPH_READ_POLICY=members, beyond the matrix', () => {
  const listeners = listenerTracker();
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(
      { ROOMGRAPH_ADMINS: 'gina', ROOMGRAPH_READ_POLICY: 'members', ROOMGRAPH_CACHE_TTL_MS: '60000' },
      { onListeners: listeners.onListeners },
    );
    await seed(t);
    const url = `${new URL(t.url).origin}/callbacks/tencent`;
    const conference = await t.exec(ops.CreateCallbackConfigDocument, {
      input: { url, events: ['ROOM_CREATED', 'ROOM_DESTROYED', 'MEMBER_ENTERED', 'MEMBER_LEFT', 'SEAT_INFO_CHANGED'] },
    });
    expect(conference.errors).toBeUndefined();
    const live = await t.exec(ops.CreateLiveCallbackConfigDocument, { input: { url, events: ['MEMBER_STATE_CHANGED', 'OWNER_CHANGED'] } });
    expect(live.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  describe('hides whether a room exists from a non-member', () => {
    // Errors in path order: which of two entities' checks ends first is not part of the answer.
    const strip = (r: GqlResult<unknown>, id: string) =>
      JSON.stringify({ ...r, errors: r.errors && [...r.errors].sort((x, y) => JSON.stringify(x.path).localeCompare(JSON.stringify(y.path))) })
        .split(id)
        .join('<id>');
    it.each([
      ['room(id)', `query($id: ID!) { room(id: $id) { id name } }`],
      ['rooms(ids)', `query($id: ID!) { rooms(ids: [$id]) { id name } }`],
      ['seats(roomId)', `query($id: ID!) { seats(roomId: $id) { index } }`],
      ['liveRoom(id)', `query($id: ID!) { liveRoom(id: $id) { id name } }`],
      ['_entities', `query($id: ID!) { _entities(representations: [{ __typename: "Room", id: $id }, { __typename: "LiveRoom", id: $id }]) { ... on Room { id } ... on LiveRoom { id } } }`],
    ])('%s answers an existing room and a missing one alike', async (_path, query) => {
      const token = t.userToken('vic');
      for (const existing of [CONF, LIVE]) {
        const there = await t.raw(query, { id: existing }, token);
        const missing = await t.raw(query, { id: MISSING }, token);
        expect(there.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
        expect(strip(there, existing)).toBe(strip(missing, MISSING));
      }
    });

    it('with a message that names the room and the viewer, nothing else', async () => {
      const r = await t.raw(`query($id: ID!) { room(id: $id) { id } }`, { id: CONF }, t.userToken('vic'));
      expect(r.errors).toEqual([
        {
          message: `Forbidden: room ${CONF} is readable only by its members, its owner, its room admins and administrators; vic is none of them`,
          path: ['room'],
          locations: [{ line: 1, column: expect.any(Number) }],
          extensions: { code: 'FORBIDDEN' },
        },
      ]);
    });

    it('refuses a subscription to a missing room as to an existing one', async () => {
      const c = await connect(t.url, t.userToken('vic'));
      try {
        const there = subscribe(c.client, ops.RoomEventsDocument, { roomId: CONF });
        const missing = subscribe(c.client, ops.RoomEventsDocument, { roomId: MISSING });
        const [a, b] = await Promise.all([within(there.ended, 'the refusal'), within(missing.ended, 'the refusal')]);
        expect(JSON.stringify(a).split(CONF).join('<id>')).toBe(JSON.stringify(b).split(MISSING).join('<id>'));
        expect(a?.[0].extensions?.code).toBe('FORBIDDEN');
      } finally {
        await c.dispose();
      }
    });
  });

  it('answers rooms(ids) per id: readable rooms, FORBIDDEN at the index of the others (missing ones included)', async () => {
    const other = fresh('read-other');
    expect((await t.exec(ops.CreateRoomDocument, { input: { id: other, ownerId: 'oscar' } })).errors).toBeUndefined();
    const r = await t.raw(`query($ids: [ID!]!) { rooms(ids: $ids) { id } }`, { ids: [other, CONF, MISSING] }, t.userToken('mia'));
    expect(r.data).toEqual({ rooms: [null, { id: CONF }, null] });
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['rooms', 0], 'FORBIDDEN'],
      [['rooms', 2], 'FORBIDDEN'],
    ]);
  });

  it('costs the reads the query makes anyway, once per room, and nothing upstream when they are cached', async () => {
    const rooms = [fresh('read-cost'), fresh('read-cost'), fresh('read-cost')];
    for (const id of rooms) {
      expect((await t.exec(ops.CreateRoomDocument, { input: { id, ownerId: 'oscar' } })).errors).toBeUndefined();
      await t.emulator.enter(id, 'mia');
    }
    const query = `query($ids: [ID!]!) { rooms(ids: $ids) { id members(first: 20) { nodes { userId } } } }`;
    await t.emulator.resetCalls();
    const cold = await t.raw(query, { ids: rooms }, t.userToken('mia'));
    expect(cold.errors).toBeUndefined();
    const calls = await t.emulator.calls();
    // One room read and one member chunk per room (shared by the check and `members`), one banned-list page.
    expect(calls).toEqual({
      'room_engine_http_srv/get_room_info': 3,
      'room_engine_http_srv/get_room_member_list': 3,
      'room_engine_http_srv/get_banned_member_list': 3,
    });
    await t.emulator.resetCalls();
    const warm = await t.raw(query, { ids: rooms }, t.userToken('mia'));
    expect(warm).toEqual(cold);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('reads no banned list for a viewer who is not in the room', async () => {
    await t.emulator.resetCalls();
    const r = await t.raw(`query($id: ID!) { room(id: $id) { id } }`, { id: CONF }, t.userToken(fresh('stranger')));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(Object.keys(await t.emulator.calls()).filter((c) => c.endsWith('/get_banned_member_list'))).toEqual([]);
  });

  it('lists live rooms the viewer is in and leaves out the others, paging on past them', async () => {
    // The list is app-wide: mia is in LIVE only (as a member), not in these; paging one room at a
    // time goes on past the pages whose room is left out.
    for (const id of [fresh('read-list'), fresh('read-list')]) await createLive(t, id, { ownerId: 'oscar' });
    const token = t.userToken('mia');
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: GqlResult<any> = await t.raw(
        `query($after: String) { liveRooms(first: 1, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.liveRooms.nodes.map((x: { id: string }) => x.id));
      if (!r.data.liveRooms.pageInfo.hasNextPage) break;
      after = r.data.liveRooms.pageInfo.endCursor;
      expect(after).not.toBeNull();
    }
    expect(seen).toEqual([LIVE]);
    const admin = await t.raw(`{ liveRooms(first: 20) { nodes { id } } }`, {}, t.userToken('gina'));
    expect(admin.data.liveRooms.nodes.length).toBeGreaterThanOrEqual(3);
  });

  describe('subscriptions', () => {
    let vic: Connected;
    beforeAll(async () => {
      vic = await connect(t.url, t.userToken('vic'));
    });
    afterAll(() => vic.dispose());

    it.each([
      ['roomEvents', ops.RoomEventsDocument, CONF],
      ['liveRoomEvents', ops.LiveRoomEventsDocument, LIVE],
    ] as const)('refuse %s to a non-member with FORBIDDEN, and nothing listens', async (_name, doc, roomId) => {
      const sub = subscribe(vic.client, doc as typeof ops.RoomEventsDocument, { roomId });
      const errors = await within(sub.ended, 'the refusal');
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(listeners.count(roomId)).toBe(0);
    });

    it.each(['member', 'room admin', 'room owner', 'global admin'] as const)('let a %s subscribe to both rooms', async (role) => {
      const c = await connect(t.url, t.userToken(USER[role]));
      try {
        const conf = subscribe(c.client, ops.RoomEventsDocument, { roomId: CONF });
        await listeners.until(CONF, 1);
        const live = subscribe(c.client, ops.LiveRoomEventsDocument, { roomId: LIVE });
        await listeners.until(LIVE, 1);
        conf.stop();
        live.stop();
        await listeners.until(CONF, 0);
        await listeners.until(LIVE, 0);
      } finally {
        await c.dispose();
      }
    });

    it('end with FORBIDDEN for a member who leaves the Conference room, and go on for its owner', async () => {
      const room = fresh('read-leave');
      expect((await t.exec(ops.CreateRoomDocument, { input: { id: room, ownerId: 'olivia' } })).errors).toBeUndefined();
      for (const u of ['mia', 'olivia']) await t.emulator.enter(room, u);
      const mia = await connect(t.url, t.userToken('mia'));
      const olivia = await connect(t.url, t.userToken('olivia'));
      try {
        // mia watches only seats: her own leaving still ends it.
        const hers = subscribe(mia.client, ops.RoomEventsDocument, { roomId: room, kinds: ['SEAT_INFO_CHANGED' as ops.RoomEventKind] });
        const owners = subscribe(olivia.client, ops.RoomEventsDocument, { roomId: room });
        await listeners.until(room, 2);
        await t.emulator.leave(room, 'mia');
        const errors = await within(hers.ended, 'the subscription to end');
        expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(hers.events).toEqual([]);
        await listeners.until(room, 1);
        expect((await owners.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['mia'] });
        // The owner leaving does not end the owner's subscription: they still own the room.
        await t.emulator.leave(room, 'olivia');
        expect((await owners.next()).roomEvents).toMatchObject({ kind: 'MEMBER_LEFT', userIds: ['olivia'] });
        await t.emulator.enter(room, 'zoe');
        expect((await owners.next()).roomEvents).toMatchObject({ kind: 'MEMBER_ENTERED', userIds: ['zoe'] });
        owners.stop();
      } finally {
        await mia.dispose();
        await olivia.dispose();
      }
    });

    it('end with FORBIDDEN for a viewer who goes offline in a live room', async () => {
      const room = fresh('read-offline');
      await createLive(t, room, { ownerId: 'olivia' });
      await t.emulator.enter(room, 'mia');
      const mia = await connect(t.url, t.userToken('mia'));
      try {
        const sub = subscribe(mia.client, ops.LiveRoomEventsDocument, { roomId: room });
        await listeners.until(room, 1);
        await t.emulator.enter(room, 'zoe');
        expect((await sub.next()).liveRoomEvents).toMatchObject({ kind: 'MEMBER_STATE_CHANGED', userIds: ['zoe'], memberState: 'ONLINE' });
        await t.emulator.leave(room, 'mia');
        const errors = await within(sub.ended, 'the subscription to end');
        expect(errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        await listeners.until(room, 0);
      } finally {
        await mia.dispose();
      }
    });
  });
});
