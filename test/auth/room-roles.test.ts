/**
 * Per-room authorization, as Tencent's room roles mean it (src/auth/rules.ts, README
 * "Authorization"): one test per cell of the matrix — role × action, on a Conference room and on a
 * Live room — with the allowed / FORBIDDEN outcome, and for every refusal no upstream write call.
 *
 * Roles: anonymous (no token), a verified user who is not in the room, a room member, a room
 * admin (Conference: a member with role ADMIN; Live: get_admin_list), the room owner, and a global
 * admin (ROOMGRAPH_ADMINS).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as ops from '../generated/operations';
import { ALL_COMMANDS } from '../../src/commands';
import { commandPath } from '../../src/commands/command';
import { startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive } from '../live/helpers';

const CONF = `roles-conf-${process.pid}`;
const LIVE = `roles-live-${process.pid}`;
const OTHER = `roles-other-${process.pid}`;
const WRITES = new Set(ALL_COMMANDS.filter((c) => c.kind === 'write').map(commandPath));

type Role = 'anonymous' | 'verified user' | 'room member' | 'room admin' | 'room owner' | 'global admin';
type Action = 'reads' | 'member mutations' | 'seat mutations' | 'room lifecycle' | 'callback config, gifts, battles';
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Who plays each role (in both rooms). */
const USER: Record<Exclude<Role, 'anonymous'>, string> = {
  'verified user': 'vic',
  'room member': 'mia',
  'room admin': 'adam',
  'room owner': 'olivia',
  'global admin': 'gina',
};

/** The README's matrix. */
const MATRIX: Record<Role, Record<Action, Outcome>> = {
  anonymous: { reads: 'UNAUTHENTICATED', 'member mutations': 'UNAUTHENTICATED', 'seat mutations': 'UNAUTHENTICATED', 'room lifecycle': 'UNAUTHENTICATED', 'callback config, gifts, battles': 'UNAUTHENTICATED' },
  'verified user': { reads: 'allowed', 'member mutations': 'FORBIDDEN', 'seat mutations': 'FORBIDDEN', 'room lifecycle': 'FORBIDDEN', 'callback config, gifts, battles': 'FORBIDDEN' },
  'room member': { reads: 'allowed', 'member mutations': 'FORBIDDEN', 'seat mutations': 'FORBIDDEN', 'room lifecycle': 'FORBIDDEN', 'callback config, gifts, battles': 'FORBIDDEN' },
  'room admin': { reads: 'allowed', 'member mutations': 'allowed', 'seat mutations': 'allowed', 'room lifecycle': 'FORBIDDEN', 'callback config, gifts, battles': 'FORBIDDEN' },
  'room owner': { reads: 'allowed', 'member mutations': 'allowed', 'seat mutations': 'allowed', 'room lifecycle': 'FORBIDDEN', 'callback config, gifts, battles': 'FORBIDDEN' },
  'global admin': { reads: 'allowed', 'member mutations': 'allowed', 'seat mutations': 'allowed', 'room lifecycle': 'allowed', 'callback config, gifts, battles': 'allowed' },
};

type Run = (t: TestGateway, token: string | null) => Promise<GqlResult<unknown>>;
const op = <T, V>(doc: TypedDocumentNode<T, V>, vars: () => V): Run => (t, token) => t.exec(doc, vars(), token) as Promise<GqlResult<unknown>>;
let n = 0;
const fresh = (p: string) => `${p}-${process.pid}-${++n}`;

/** What each action runs, per product. The global-only column runs more than one operation. */
const ACTIONS: Record<'Conference' | 'Live', Record<Action, Run[]>> = {
  Conference: {
    reads: [op(ops.RoomDetailsDocument, () => ({ id: CONF })), op(ops.RoomSeatsDocument, () => ({ roomId: CONF }))],
    'member mutations': [
      op(ops.UpdateMemberDocument, () => ({ input: { roomId: CONF, userId: 'tess', nameCard: fresh('tess') } })),
      op(ops.MarkMembersDocument, () => ({ input: { roomId: CONF, operation: 'SET' as ops.MarkOperation, members: [{ userId: 'tess', marks: [1007] }] } })),
    ],
    'seat mutations': [op(ops.LockSeatDocument, () => ({ input: { roomId: CONF, index: 3, audioDisabled: true } }))],
    'room lifecycle': [op(ops.UpdateRoomDocument, () => ({ input: { id: CONF, name: fresh('renamed') } }))],
    'callback config, gifts, battles': [op(ops.CreateGiftDocument, () => ({ input: { id: fresh('gift'), name: 'Rose', coins: 1 } }))],
  },
  Live: {
    reads: [op(ops.LiveRoomDetailsDocument, () => ({ id: LIVE })), op(ops.RoomSeatsDocument, () => ({ roomId: LIVE }))],
    'member mutations': [
      op(ops.MuteLiveMembersDocument, () => ({ input: { roomId: LIVE, userIds: ['tess'], durationSeconds: 60 } })),
      op(ops.UnmuteLiveMembersDocument, () => ({ input: { roomId: LIVE, userIds: ['tess'] } })),
    ],
    'seat mutations': [op(ops.LockSeatDocument, () => ({ input: { roomId: LIVE, index: 3, audioDisabled: true } }))],
    'room lifecycle': [op(ops.UpdateLiveRoomDocument, () => ({ input: { id: LIVE, name: fresh('renamed') } }))],
    'callback config, gifts, battles': [
      op(ops.CreateBattleDocument, () => ({ input: { fromRoomId: LIVE, toRoomIds: [OTHER], durationSeconds: 60 } })),
    ],
  },
};

/** Operations only a global admin may run, refused to everyone else without a write (not run as the global admin). */
const GLOBAL_ONLY_REFUSALS: Run[] = [
  op(ops.CreateCallbackConfigDocument, () => ({ input: { url: 'https://example.com/cb', events: ['ROOM_CREATED' as ops.ConferenceEvent] } })),
  op(ops.DeleteCallbackConfigDocument, () => ({})),
  op(ops.CreateBattleDocument, () => ({ input: { fromRoomId: LIVE, toRoomIds: [OTHER], durationSeconds: 60 } })),
  op(ops.DestroyRoomDocument, () => ({ id: CONF })),
  op(ops.DestroyLiveRoomDocument, () => ({ id: LIVE })),
  op(ops.ChangeRoomOwnerDocument, () => ({ input: { roomId: CONF, newOwnerId: 'mia' } })),
  op(ops.AddLiveRoomAdminsDocument, () => ({ input: { roomId: LIVE, userIds: ['mia'] } })),
];

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_ADMINS: 'gina' });
  const c = await t.exec(ops.CreateRoomDocument, { input: { id: CONF, ownerId: 'olivia', isSeatEnabled: true, maxSeatCount: 4 } });
  expect(c.errors).toBeUndefined();
  for (const u of ['olivia', 'adam', 'mia', 'tess']) await t.emulator.enter(CONF, u);
  const promote = await t.exec(ops.UpdateMemberDocument, { input: { roomId: CONF, userId: 'adam', role: 'ADMIN' as ops.AssignableRole } });
  expect(promote.errors).toBeUndefined();

  await createLive(t, LIVE, { ownerId: 'olivia' });
  await createLive(t, OTHER, { ownerId: 'oscar' });
  for (const u of ['adam', 'mia', 'tess']) await t.emulator.enter(LIVE, u);
  const admins = await t.exec(ops.AddLiveRoomAdminsDocument, { input: { roomId: LIVE, userIds: ['adam'] } });
  expect(admins.errors).toBeUndefined();
});
afterAll(() => t.close());

const tokenOf = (role: Role) => (role === 'anonymous' ? null : t.userToken(USER[role]));

async function writesDuring(run: () => Promise<unknown>): Promise<string[]> {
  await t.emulator.resetCalls();
  await run();
  return Object.keys(await t.emulator.calls()).filter((c) => WRITES.has(c));
}

const cells = (['Conference', 'Live'] as const).flatMap((product) =>
  (Object.keys(MATRIX) as Role[]).flatMap((role) =>
    (Object.keys(MATRIX[role]) as Action[]).map((action) => [product, role, action, MATRIX[role][action]] as const),
  ),
);

describe.each(['Conference', 'Live'] as const)('on a %s room', (product) => {
  it.each(cells.filter((c) => c[0] === product).map((c) => [c[1], c[2], c[3]] as const))('%s × %s: %s', async (role, action, expected) => {
    for (const run of ACTIONS[product][action]) {
      let r!: GqlResult<unknown>;
      await t.emulator.resetCalls();
      r = await run(t, tokenOf(role));
      const calls = await t.emulator.calls();
      if (expected === 'allowed') {
        expect(r.errors).toBeUndefined();
        continue;
      }
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0].extensions?.code).toBe(expected);
      if (expected === 'UNAUTHENTICATED') {
        expect(r.status).toBe(401);
        expect(calls).toEqual({});
      } else {
        expect(Object.keys(calls).filter((c) => WRITES.has(c))).toEqual([]);
      }
    }
  });
});

it.each(['verified user', 'room member', 'room admin', 'room owner'] as const)(
  'a %s is FORBIDDEN every global-only operation, with no upstream write',
  async (role) => {
    for (const run of GLOBAL_ONLY_REFUSALS) {
      let r!: GqlResult<unknown>;
      expect(await writesDuring(async () => (r = await run(t, tokenOf(role))))).toEqual([]);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  },
);

describe('room staff', () => {
  it('are staff of their own room only', async () => {
    // adam administers CONF and LIVE, olivia owns them; neither is staff of OTHER (owned by oscar).
    for (const user of ['adam', 'olivia']) {
      let r!: GqlResult<unknown>;
      const writes = await writesDuring(async () => {
        r = await t.exec(ops.LockSeatDocument, { input: { roomId: OTHER, index: 1, locked: true } }, t.userToken(user));
      });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe(`Forbidden: this needs an administrator, or the owner or an admin of room ${OTHER}; ${user} is none of them`);
      expect(writes).toEqual([]);
    }
    const owner = await t.exec(ops.LockSeatDocument, { input: { roomId: OTHER, index: 1, locked: true } }, t.userToken('oscar'));
    expect(owner.errors).toBeUndefined();
  });

  it('of a room that does not exist: there are none, so FORBIDDEN without a write', async () => {
    let r!: GqlResult<unknown>;
    const writes = await writesDuring(async () => {
      r = await t.exec(ops.KickMembersDocument, { input: { roomId: fresh('missing'), userIds: ['tess'], reason: 'x' } }, t.userToken('olivia'));
    });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(writes).toEqual([]);
  });

  it('of a room id no room can have: FORBIDDEN without any upstream call', async () => {
    await t.emulator.resetCalls();
    const r = await t.exec(ops.LockSeatDocument, { input: { roomId: 'x'.repeat(49), index: 0, locked: true } }, t.userToken('olivia'));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.emulator.calls()).toEqual({});
  });

  it('lose the rights with the role: a Conference admin demoted to MEMBER is FORBIDDEN again', async () => {
    const room = fresh('roles-demote');
    expect((await t.exec(ops.CreateRoomDocument, { input: { id: room, ownerId: 'olivia' } })).errors).toBeUndefined();
    for (const u of ['olivia', 'ada', 'tess']) await t.emulator.enter(room, u);
    const asAda = () => t.exec(ops.UpdateMemberDocument, { input: { roomId: room, userId: 'tess', nameCard: fresh('n') } }, t.userToken('ada'));
    expect((await asAda()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.exec(ops.UpdateMemberDocument, { input: { roomId: room, userId: 'ada', role: 'ADMIN' as ops.AssignableRole } })).errors).toBeUndefined();
    expect((await asAda()).errors).toBeUndefined();
    // The owner may demote an admin (a member mutation on their room).
    const demote = await t.exec(ops.UpdateMemberDocument, { input: { roomId: room, userId: 'ada', role: 'MEMBER' as ops.AssignableRole } }, t.userToken('olivia'));
    expect(demote.errors).toBeUndefined();
    expect((await asAda()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('send live messages as themselves only; a global admin sends as anyone', async () => {
    const send = (senderId: string, token: string) =>
      t.exec(ops.SendLiveTextMessageDocument, { input: { roomId: LIVE, senderId, text: 'hello' } }, token);
    expect((await send('olivia', t.userToken('olivia'))).errors).toBeUndefined();
    expect((await send('adam', t.userToken('adam'))).errors).toBeUndefined();
    for (const [sender, user] of [['tess', 'olivia'], ['olivia', 'adam'], ['mia', 'mia']] as const) {
      let r!: GqlResult<unknown>;
      expect(await writesDuring(async () => (r = await send(sender, t.userToken(user))))).toEqual([]);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await send('tess', t.userToken('gina'))).errors).toBeUndefined();
  });

  it('cost the check at most one room read and one member-list / admin-list read per room per request', async () => {
    const conf = fresh('roles-cost');
    const live = fresh('roles-cost-live');
    expect((await t.exec(ops.CreateRoomDocument, { input: { id: conf, ownerId: 'olivia', isSeatEnabled: true, maxSeatCount: 4 } })).errors).toBeUndefined();
    await createLive(t, live, { ownerId: 'olivia' });
    for (const u of ['adam', 'tess']) await t.emulator.enter(conf, u);
    expect((await t.exec(ops.UpdateMemberDocument, { input: { roomId: conf, userId: 'adam', role: 'ADMIN' as ops.AssignableRole } })).errors).toBeUndefined();
    expect((await t.exec(ops.AddLiveRoomAdminsDocument, { input: { roomId: live, userIds: ['adam'] } })).errors).toBeUndefined();
    await t.emulator.resetCalls();
    const r = await t.raw(
      `mutation($c: ID!, $l: ID!) {
        a: lockSeat(input: { roomId: $c, index: 2, videoDisabled: true }) { id }
        b: updateMember(input: { roomId: $c, userId: "tess", nameCard: "T" }) { userId }
        c: muteLiveMembers(input: { roomId: $l, userIds: ["tess"], durationSeconds: 30 }) { id }
        d: unmuteLiveMembers(input: { roomId: $l, userIds: ["tess"] }) { id }
      }`,
      { c: conf, l: live },
      t.userToken('adam'),
    );
    expect(r.errors).toBeUndefined();
    const calls = await t.emulator.calls();
    // One Conference get_room_info per room (the Live room is looked up there first), one member-list
    // chunk for the Conference room (and the re-read updateMember answers with after its write), one
    // Live get_room_info and one get_admin_list for the Live room.
    expect(calls['room_engine_http_srv/get_room_info'] ?? 0).toBeLessThanOrEqual(2);
    expect(calls['live_engine_http_srv/get_admin_list'] ?? 0).toBeLessThanOrEqual(1);
    expect(calls['room_engine_http_srv/get_room_member_list'] ?? 0).toBeLessThanOrEqual(2);
  });
});

describe("a room's moderation lists (Room.bannedMembers, LiveRoom.mutedMembers / bannedMembers)", () => {
  const read = (token: string) =>
    Promise.all([
      t.exec(ops.BannedMembersDocument, { roomId: CONF }, token),
      t.raw(`query($id: ID!) { liveRoom(id: $id) { id mutedMembers { userId } bannedMembers(first: 10) { nodes { userId } } } }`, { id: LIVE }, token),
    ]);

  it.each(['room admin', 'room owner', 'global admin'] as const)('a %s reads them', async (role) => {
    for (const r of await read(t.userToken(USER[role]))) expect(r.errors).toBeUndefined();
  });

  it.each(['verified user', 'room member'] as const)('a %s gets FORBIDDEN for those fields only, and no list is read', async (role) => {
    await t.emulator.resetCalls();
    const [conf, live] = await read(t.userToken(USER[role]));
    expect(conf.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['room', 'bannedMembers'], 'FORBIDDEN']]);
    expect(live.errors?.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['liveRoom', 'bannedMembers'], 'FORBIDDEN'],
      [['liveRoom', 'mutedMembers'], 'FORBIDDEN'],
    ]);
    expect(live.data).toEqual({ liveRoom: { id: LIVE, mutedMembers: null, bannedMembers: null } });
    const calls = await t.emulator.calls();
    for (const list of ['get_banned_member_list', 'get_muted_member_list']) {
      expect(Object.keys(calls).filter((c) => c.endsWith(`/${list}`))).toEqual([]);
    }
  });
});
