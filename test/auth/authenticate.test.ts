/**
 * Who may call: a bearer UserSig of the gateway's SDKAppID, verified like Tencent does (spec §12.2);
 * mutations and admin-only fields need an administrator (the Tencent admin or ROOMGRAPH_ADMINS).
 * First `authenticate` on its own, then the same rules over HTTP. No answer ever echoes a token.
 */
import { getOperationAST, print, type DocumentNode } from 'graphql';
import * as ops from '../generated/operations';
import { authenticate, type AuthConfig } from '../../src/auth/authenticate';
import { gatewaySchema } from '../../src/server/schema';
import { Secret } from '../../src/secret';
import { genUserSig } from '../../src/wire/usersig';
import { ALL_COMMANDS } from '../../src/commands';
import { commandPath } from '../../src/commands/command';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const SDKAPPID = 1400000001;
const SECRET = 'auth-test-secret-9b1f';
const now = () => Math.floor(Date.now() / 1000);
const sig = (identifier: string, o: { sdkAppId?: number; secretKey?: string; now?: number; expireSeconds?: number } = {}) =>
  genUserSig({ sdkAppId: SDKAPPID, secretKey: SECRET, identifier, ...o });

/** Every way a bearer token can be wrong, and what the caller is told. */
const BAD_TOKENS: [what: string, header: () => string, reason: RegExp][] = [
  ['a scheme other than Bearer', () => 'Basic YWxpY2U6cGFzc3dvcmQtNzcxMw==', /must be "Bearer <UserSig>"/],
  ['Bearer without a token', () => 'Bearer ', /must be "Bearer <UserSig>"/],
  ['two words after Bearer', () => `Bearer ${sig('alice')} extra-word-5521`, /must be "Bearer <UserSig>"/],
  ['a token that is not a UserSig', () => 'Bearer garbage-token-0d6e4f2a9c', /is not a UserSig/],
  ['a token that is base64 but not zlib', () => `Bearer ${Buffer.from('not zlib at all, 8f3a').toString('base64')}`, /is not a UserSig/],
  ['an expired token', () => `Bearer ${sig('alice', { now: now() - 3600, expireSeconds: 60 })}`, /has expired/],
  ['a token signed with another secret', () => `Bearer ${sig('alice', { secretKey: 'another-secret-44aa' })}`, /does not verify/],
  ['a token for another SDKAppID', () => `Bearer ${sig('alice', { sdkAppId: 1400000777 })}`, /another SDKAppID/],
  ["the admin's identity signed with another secret", () => `Bearer ${sig('administrator', { secretKey: 'forged-77' })}`, /does not verify/],
];

describe('authenticate', () => {
  const cfg: AuthConfig = { sdkAppId: SDKAPPID, secretKey: new Secret(SECRET), admins: ['administrator', 'carol'] };

  it('reads the viewer from a valid bearer UserSig', () => {
    expect(authenticate(`Bearer ${sig('alice')}`, cfg)).toEqual({ userId: 'alice', isAdmin: false });
  });

  it('marks listed admins as administrators', () => {
    expect(authenticate(`Bearer ${sig('administrator')}`, cfg)).toEqual({ userId: 'administrator', isAdmin: true });
    expect(authenticate(`Bearer ${sig('carol')}`, cfg)).toEqual({ userId: 'carol', isAdmin: true });
  });

  it('accepts the scheme in any case and surrounding spaces', () => {
    expect(authenticate(`bearer   ${sig('alice')}  `, cfg).userId).toBe('alice');
  });

  it('answers UNAUTHENTICATED (401) asking for a bearer token when there is no Authorization header', () => {
    const e = catchError(() => authenticate(undefined, cfg));
    expect(e.message).toBe('Not authenticated: send "Authorization: Bearer <UserSig>"');
    expect(e.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it.each(BAD_TOKENS)('answers UNAUTHENTICATED for %s, saying why', (_what, header, reason) => {
    const h = header();
    const e = catchError(() => authenticate(h, cfg));
    expect(e.extensions.code).toBe('UNAUTHENTICATED');
    expect(e.message).toMatch(reason);
    expectNoTokenIn(e.message, h);
  });

  it('honours the validity window to the second', () => {
    const issued = 1_700_000_000;
    const token = `Bearer ${sig('alice', { now: issued, expireSeconds: 100 })}`;
    expect(authenticate(token, { ...cfg, now: () => (issued + 100) * 1000 }).userId).toBe('alice');
    expect(catchError(() => authenticate(token, { ...cfg, now: () => (issued + 101) * 1000 })).message).toMatch(/expired/);
  });
});

function catchError(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

/** Neither the header nor any long word of it appears in `text`. */
function expectNoTokenIn(text: string, header: string) {
  for (const part of header.split(/\s+/).filter((p) => p.length >= 8)) expect(text).not.toContain(part);
}

describe('over HTTP', () => {
  let t: TestGateway;
  const ROOM = `auth-${process.pid}`;
  const tokens: string[] = [];

  beforeAll(async () => {
    t = await startTestGateway({ ROOMGRAPH_EMULATOR_SECRET: SECRET, ROOMGRAPH_ADMINS: ' carol , dave' });
    expect(t.gw.config.tencent.sdkAppId).toBe(SDKAPPID);
    const r = await t.exec(ops.CreateRoomDocument, { input: { id: ROOM, isSeatEnabled: true, maxSeatCount: 4 } });
    expect(r.errors).toBeUndefined();
    for (const u of ['alice', 'bob', 'mallory']) await t.emulator.enter(ROOM, u);
    const ban = await t.exec(ops.BanMembersDocument, { input: { roomId: ROOM, userIds: ['mallory'], reason: 'spam', durationSeconds: 600 } });
    expect(ban.errors).toBeUndefined();
  });
  afterAll(() => t.close());
  beforeEach(() => t.emulator.resetCalls());

  /** POSTs a GraphQL document with an Authorization header (or none) and checks no token comes back. */
  async function gql(query: string | DocumentNode, variables: Record<string, unknown> | undefined, authorization: string | null) {
    const text = typeof query === 'string' ? query : print(query);
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = await res.text();
    if (authorization) {
      tokens.push(authorization);
      expectNoTokenIn(body, authorization);
      expectNoTokenIn(body, `x ${t.adminToken}`);
    }
    return { status: res.status, body, json: JSON.parse(body) };
  }
  const as = (userId: string) => `Bearer ${t.userToken(userId)}`;

  it('answers 401 UNAUTHENTICATED without an Authorization header, before calling Tencent', async () => {
    const r = await gql(ops.RoomDetailsDocument, { id: ROOM }, null);
    expect(r.status).toBe(401);
    expect(r.json.data).toBeUndefined();
    expect(r.json.errors).toEqual([
      { message: 'Not authenticated: send "Authorization: Bearer <UserSig>"', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(await t.emulator.calls()).toEqual({});
  });

  it.each(BAD_TOKENS)('answers 401 UNAUTHENTICATED for %s, without calling Tencent', async (_what, header, reason) => {
    const r = await gql(ops.RoomDetailsDocument, { id: ROOM }, header());
    expect(r.status).toBe(401);
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(r.json.errors[0].message).toMatch(reason);
    expect(await t.emulator.calls()).toEqual({});
  });

  it('refuses a mutation without a token as UNAUTHENTICATED, not FORBIDDEN', async () => {
    const r = await gql(ops.DestroyRoomDocument, { id: ROOM }, null);
    expect(r.status).toBe(401);
    expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('a valid non-admin token', () => {
    it('reads a room, its members and its seats', async () => {
      const r = await gql(ops.RoomDashboardDocument, { ids: [ROOM] }, as('alice'));
      expect(r.status).toBe(200);
      expect(r.json.errors).toBeUndefined();
      const room = r.json.data.rooms[0];
      expect(room.id).toBe(ROOM);
      expect(room.members.nodes.map((m: { userId: string }) => m.userId)).toEqual(['alice', 'bob']);
      expect(room.seats).toHaveLength(4);
    });

    // Valid variables for every mutation the frontend operations hold; the test below checks the
    // list covers every field of the schema's Mutation type.
    const mutationVariables: Record<string, Record<string, unknown>> = {
      CreateRoom: { input: { id: 'not-created' } },
      UpdateRoom: { input: { id: ROOM, name: 'hijacked' } },
      DestroyRoom: { id: ROOM },
      ChangeRoomOwner: { input: { roomId: ROOM, newOwnerId: 'alice' } },
      UpdateMember: { input: { roomId: ROOM, userId: 'bob', nameCard: 'x' } },
      MarkMembers: { input: { roomId: ROOM, operation: 'SET', members: [{ userId: 'bob', marks: [1001] }] } },
      BanMembers: { input: { roomId: ROOM, userIds: ['bob'], reason: 'x', durationSeconds: 60 } },
      UnbanMembers: { input: { roomId: ROOM, userIds: ['mallory'] } },
      KickMembers: { input: { roomId: ROOM, userIds: ['bob'], reason: 'x' } },
      PickMemberOnSeat: { input: { roomId: ROOM, userId: 'bob', index: 1 } },
      KickMemberOffSeat: { input: { roomId: ROOM, userId: 'bob' } },
      LockSeat: { input: { roomId: ROOM, index: 2, locked: true } },
      SwitchSeat: { input: { roomId: ROOM, userId: 'bob', toIndex: 3 } },
      MoveMemberToSeat: { input: { roomId: ROOM, userId: 'bob', index: 3 } },
      CreateCallbackConfig: { input: { url: 'https://example.com/cb', events: ['ROOM_CREATED'] } },
      UpdateCallbackConfig: { input: { url: 'https://example.com/cb', events: ['ROOM_CREATED'] } },
      DeleteCallbackConfig: {},
      CreateLiveRoom: { input: { id: 'not-created', seatTemplate: 'AUDIO_SALON' } },
      UpdateLiveRoom: { input: { id: ROOM, name: 'hijacked' } },
      DestroyLiveRoom: { id: ROOM },
      ChangeLiveRoomOwner: { input: { roomId: ROOM, newOwnerId: 'alice' } },
      SetLiveRoomMetadata: { input: { roomId: ROOM, entries: [{ key: 'k', value: 'v' }] } },
      DeleteLiveRoomMetadata: { input: { roomId: ROOM, keys: ['k'] } },
      SendLiveTextMessage: { input: { roomId: ROOM, senderId: 'alice', text: 'hi' } },
      SendLiveCustomMessage: { input: { roomId: ROOM, senderId: 'alice', businessId: 'b', data: 'd' } },
      MuteLiveMembers: { input: { roomId: ROOM, userIds: ['bob'], durationSeconds: 60 } },
      UnmuteLiveMembers: { input: { roomId: ROOM, userIds: ['bob'] } },
      BanLiveMembers: { input: { roomId: ROOM, userIds: ['bob'], durationSeconds: 60 } },
      UnbanLiveMembers: { input: { roomId: ROOM, userIds: ['bob'] } },
      AddLiveRoomAdmins: { input: { roomId: ROOM, userIds: ['alice'] } },
      RemoveLiveRoomAdmins: { input: { roomId: ROOM, userIds: ['bob'] } },
      AddLiveRoomRobots: { input: { roomId: ROOM, robotIds: ['bot'] } },
      RemoveLiveRoomRobots: { input: { roomId: ROOM, robotIds: ['bot'] } },
      CreateGift: { input: { id: 'gift', name: 'Rose', coins: 1 } },
      UpdateGift: { input: { id: 'gift', name: 'Rose', coins: 1 } },
      DeleteGift: { id: 'gift' },
      SetGiftLanguage: { input: { giftId: 'gift', language: 'EN', name: 'Rose' } },
      DeleteGiftLanguage: { input: { giftId: 'gift', language: 'EN' } },
      CreateGiftCategory: { input: { id: 'cat', name: 'Flowers' } },
      UpdateGiftCategory: { input: { id: 'cat', name: 'Flowers' } },
      DeleteGiftCategory: { id: 'cat' },
      SetGiftCategoryLanguage: { input: { categoryId: 'cat', language: 'EN', name: 'Flowers' } },
      DeleteGiftCategoryLanguage: { input: { categoryId: 'cat', language: 'EN' } },
      AddGiftsToCategory: { input: { categoryId: 'cat', giftIds: ['gift'] } },
      RemoveGiftsFromCategory: { input: { categoryId: 'cat', giftIds: ['gift'] } },
      CreateBattle: { input: { fromRoomId: ROOM, toRoomIds: ['other'], durationSeconds: 60 } },
      CreateLiveCallbackConfig: { input: { url: 'https://example.com/cb', events: ['ROOM_CREATED'] } },
      UpdateLiveCallbackConfig: { input: { url: 'https://example.com/cb', events: ['ROOM_CREATED'] } },
      DeleteLiveCallbackConfig: {},
    };
    /** The mutations a room's owner and room admins may run on their room (src/auth/rules.ts, ROOM_STAFF). */
    const ROOM_STAFF_MUTATIONS = new Set([
      'UpdateMember', 'MarkMembers', 'BanMembers', 'UnbanMembers', 'KickMembers',
      'PickMemberOnSeat', 'KickMemberOffSeat', 'LockSeat', 'SwitchSeat', 'MoveMemberToSeat',
      'MuteLiveMembers', 'UnmuteLiveMembers', 'BanLiveMembers', 'UnbanLiveMembers', 'SendLiveTextMessage', 'SendLiveCustomMessage',
    ]);
    const WRITES = new Set(ALL_COMMANDS.filter((c) => c.kind === 'write').map(commandPath));
    const mutationDocs = Object.values(ops)
      .map((doc) => doc as DocumentNode)
      .filter((doc) => getOperationAST(doc)?.operation === 'mutation');

    it('has a case for every mutation in the schema', () => {
      const covered = new Set(mutationDocs.flatMap((doc) => getOperationAST(doc)!.selectionSet.selections.map((s) => (s as any).name.value)));
      expect([...covered].sort()).toEqual(Object.keys(gatewaySchema().getMutationType()!.getFields()).sort());
      expect(Object.keys(mutationVariables).sort()).toEqual(mutationDocs.map((d) => getOperationAST(d)!.name!.value).sort());
    });

    it.each(mutationDocs.map((d) => [getOperationAST(d)!.name!.value, d] as const))(
      'is FORBIDDEN to run %s, and nothing is written at Tencent',
      async (name, doc) => {
        const r = await gql(doc, mutationVariables[name], as('alice'));
        expect(r.json.errors).toHaveLength(1);
        expect(r.json.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
        expect(r.json.data).toBeNull();
        if (ROOM_STAFF_MUTATIONS.has(name)) {
          // Room staff may run these on their own room (test/auth/room-roles.test.ts); alice is only a
          // member of ROOM, so she is refused after the check's reads, and nothing is written.
          expect(r.json.errors[0].message).toBe(`Forbidden: this needs an administrator, or the owner or an admin of room ${ROOM}; alice is none of them`);
          const calls = Object.keys(await t.emulator.calls());
          expect(calls.filter((c) => WRITES.has(c))).toEqual([]);
        } else {
          expect(r.json.errors[0].message).toBe('Forbidden: this needs an administrator; alice is not one');
          expect(await t.emulator.calls()).toEqual({});
        }
      },
    );

    it('is FORBIDDEN to read the callback configuration', async () => {
      const r = await gql(ops.CallbackConfigDocument, {}, as('alice'));
      expect(r.json.errors).toHaveLength(1);
      expect(r.json.errors[0]).toMatchObject({ path: ['callbackConfig'], extensions: { code: 'FORBIDDEN' } });
      expect(await t.emulator.calls()).toEqual({});
    });

    it("is FORBIDDEN to read a room's banned members", async () => {
      const r = await gql(ops.BannedMembersDocument, { roomId: ROOM }, as('alice'));
      expect(r.json.errors).toHaveLength(1);
      expect(r.json.errors[0]).toMatchObject({ path: ['room', 'bannedMembers'], extensions: { code: 'FORBIDDEN' } });
      // Only the admin field is nulled; the rest of the room still answers.
      expect(r.json.data.room).toEqual({ id: ROOM, bannedMembers: null });
      expect(await t.emulator.calls()).not.toHaveProperty(['room_engine_http_srv/get_banned_member_list']);
    });
  });

  describe('an admin token', () => {
    it("of the gateway's Tencent admin creates rooms, reads banned members and the callback configuration", async () => {
      const admin = `Bearer ${t.gw.tokenFor(t.gw.config.tencent.adminId)}`;
      const created = await gql(ops.CreateRoomDocument, { input: { id: `${ROOM}-admin` } }, admin);
      expect(created.json.errors).toBeUndefined();
      expect(created.json.data.createRoom.id).toBe(`${ROOM}-admin`);
      const banned = await gql(ops.BannedMembersDocument, { roomId: ROOM }, admin);
      expect(banned.json.errors).toBeUndefined();
      expect(banned.json.data.room.bannedMembers.nodes.map((b: { userId: string }) => b.userId)).toEqual(['mallory']);
      const cb = await gql(ops.CallbackConfigDocument, {}, admin);
      expect(cb.json).toEqual({ data: { callbackConfig: null } });
    });

    it.each(['carol', 'dave'])('of %s, listed in ROOMGRAPH_ADMINS, may run mutations and read banned members', async (user) => {
      const created = await gql(ops.CreateRoomDocument, { input: { id: `${ROOM}-${user}` } }, as(user));
      expect(created.json.errors).toBeUndefined();
      expect(created.json.data.createRoom.id).toBe(`${ROOM}-${user}`);
      const banned = await gql(ops.BannedMembersDocument, { roomId: ROOM }, as(user));
      expect(banned.json.errors).toBeUndefined();
    });

    it('of a user not in ROOMGRAPH_ADMINS stays FORBIDDEN', async () => {
      const r = await gql(ops.CreateRoomDocument, { input: { id: `${ROOM}-eve` } }, as('eve'));
      expect(r.json.errors[0].extensions.code).toBe('FORBIDDEN');
    });
  });

  it('sent tokens of every kind, and none came back in a response body', () => {
    // Each request above checked its own body; this guards against the checks being skipped.
    expect(tokens.length).toBeGreaterThan(BAD_TOKENS.length + 17);
  });
});
