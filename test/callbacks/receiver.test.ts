/**
 * The callback receiver, end to end: the emulator (standing in for Tencent) delivers signed
 * callbacks over HTTP to the gateway's /callbacks/tencent, which invalidates what changed.
 */
import { callbackSign } from '../../src/callbacks/signature';
import { createGateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { CreateCallbackConfigDocument, CreateRoomDocument, RoomMembersDocument, RoomSeatsDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
let origin: string;
beforeAll(async () => {
  // A long TTL: without callbacks, client-side changes would stay invisible for a minute.
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '60000' });
  origin = new URL(t.url).origin;
  const r = await t.exec(CreateCallbackConfigDocument, {
    input: { url: `${origin}/callbacks/tencent`, events: ['ROOM_CREATED', 'ROOM_DESTROYED', 'ROOM_INFO_UPDATED', 'MEMBER_ENTERED', 'MEMBER_LEFT', 'SEAT_INFO_CHANGED'] },
  });
  expect(r.errors).toBeUndefined();
});
afterAll(() => t.close());

/** Waits until the emulator has delivered `count` callbacks of `command` (delivery is asynchronous). */
async function delivered(command: string, count: number): Promise<any[]> {
  for (let i = 0; i < 250; i++) {
    const res = await fetch(`${t.emulator.url}/emulator/v1/callbacks`);
    const all = ((await res.json()) as any).Deliveries.filter((d: any) => d.command === command && 'status' in d);
    if (all.length >= count) return all;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${command} was not delivered ${count} time(s)`);
}

const post = (query: string, body: unknown = {}) =>
  fetch(`${origin}/callbacks/tencent?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('callback receiver', () => {
  it('shows a member who entered through a client at once, despite a warm cache', async () => {
    const id = `cb-${process.pid}-members`;
    await t.exec(CreateRoomDocument, { input: { id, ownerId: 'alice' } });
    const before = await t.exec(RoomMembersDocument, { roomId: id });
    expect(before.data!.room!.members!.edges).toEqual([]);
    const entered = (await delivered('Room.CallbackAfterMemberEnter', 0)).length;
    await t.emulator.enter(id, 'zoe');
    const deliveries = await delivered('Room.CallbackAfterMemberEnter', entered + 1);
    expect(deliveries[deliveries.length - 1].status).toBe(200);
    const after = await t.exec(RoomMembersDocument, { roomId: id });
    expect(after.data!.room!.members!.edges.map((e) => e.node.userId)).toEqual(['zoe']);
    expect(after.data!.room!.memberCount).toBe(1);
  });

  it('shows a seat a member took through a client at once', async () => {
    const id = `cb-${process.pid}-seats`;
    await t.exec(CreateRoomDocument, { input: { id, isSeatEnabled: true, maxSeatCount: 2 } });
    await t.emulator.enter(id, 'amy');
    expect((await t.exec(RoomSeatsDocument, { roomId: id })).data!.seats.map((s) => s.userId)).toEqual([null, null]);
    const changed = (await delivered('Mic.CallbackAfterSeatInfoChanged', 0)).length;
    await t.emulator.takeSeat(id, 1, 'amy');
    await delivered('Mic.CallbackAfterSeatInfoChanged', changed + 1);
    expect((await t.exec(RoomSeatsDocument, { roomId: id })).data!.seats.map((s) => s.userId)).toEqual([null, 'amy']);
  });

  it.each([
    ['another SDKAppID', () => `SdkAppid=1&CallbackCommand=Room.CallbackAfterMemberEnter`, {}, 403],
    ['no Sign', () => `SdkAppid=${t.gw.config.tencent.sdkAppId}&CallbackCommand=Room.CallbackAfterMemberEnter`, {}, 401],
    ['a wrong Sign', () => {
      const now = Math.floor(Date.now() / 1000);
      return `SdkAppid=${t.gw.config.tencent.sdkAppId}&CallbackCommand=x&RequestTime=${now}&Sign=${callbackSign('guess', String(now))}`;
    }, {}, 401],
    ['a replayed (two-minute-old) RequestTime', () => {
      const then = String(Math.floor(Date.now() / 1000) - 120);
      return `SdkAppid=${t.gw.config.tencent.sdkAppId}&CallbackCommand=x&RequestTime=${then}&Sign=${callbackSign(t.gw.config.callbacks.token!.reveal(), then)}`;
    }, {}, 401],
  ])('rejects a callback with %s', async (_what, query, body, status) => {
    const res = await post(query(), body);
    expect(res.status).toBe(status);
    const json: any = await res.json();
    expect(json).toMatchObject({ ActionStatus: 'FAIL' });
    expect(JSON.stringify(json)).not.toContain(t.gw.config.callbacks.token!.reveal());
  });

  const signed = (params: string) => {
    const now = String(Math.floor(Date.now() / 1000));
    return `${params}&RequestTime=${now}&Sign=${callbackSign(t.gw.config.callbacks.token!.reveal(), now)}`;
  };
  const sdk = () => t.gw.config.tencent.sdkAppId;

  it('rejects a correctly signed body that is not JSON', async () => {
    const bad = await fetch(`${origin}/callbacks/tencent?${signed(`SdkAppid=${sdk()}&CallbackCommand=Room.CallbackAfterMemberEnter`)}`, {
      method: 'POST', body: '{nope',
    });
    expect(bad.status).toBe(400);
  });

  it.each(['Foo.CallbackAfterNothing', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers 400 to the unknown command %s, and changes nothing',
    async (command) => {
      const res = await post(signed(`SdkAppid=${sdk()}&CallbackCommand=${encodeURIComponent(command)}`), { RoomId: 'x' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ActionStatus: 'FAIL', ErrorInfo: 'unknown callback command' });
    },
  );

  it('answers 400 to a known command whose body names no room, or names two commands', async () => {
    const noRoom = await post(signed(`SdkAppid=${sdk()}&CallbackCommand=Room.CallbackAfterMemberEnter`), {});
    expect(noRoom.status).toBe(400);
    const two = await post(signed(`SdkAppid=${sdk()}&CallbackCommand=Room.CallbackAfterMemberEnter`), {
      CallbackCommand: 'Room.CallbackAfterMemberLeave', RoomId: 'x',
    });
    expect(two.status).toBe(400);
  });

  it.each([
    ['SdkAppid and CallbackCommand (every callback page)', (id: string) => `SdkAppid=${sdk()}&CallbackCommand=Room.CallbackAfterMemberEnter&x=${id}`, {}],
    ['SdkAppId and WebhookCommand (the 64412 table)', (id: string) => `SdkAppId=${sdk()}&WebhookCommand=Room.CallbackAfterMemberEnter&x=${id}`, {}],
    ['the command in the body only', (id: string) => `SdkAppid=${sdk()}&x=${id}`, { CallbackCommand: 'Room.CallbackAfterMemberEnter' }],
  ])('accepts %s, and invalidates what the callback changed', async (_how, query, extra) => {
    const id = `cb-${process.pid}-spelling-${Math.random().toString(36).slice(2, 8)}`;
    await t.exec(CreateRoomDocument, { input: { id, ownerId: 'alice' } });
    await t.raw(`{ room(id: "${id}") { id memberCount } }`); // warm
    await t.emulator.resetCalls();
    const res = await post(signed(query(id)), { ...extra, RoomId: id, MemberList_Account: ['yan'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0 });
    // Nothing changed at Tencent, but the callback said the room's info did: it is read again.
    await t.raw(`{ room(id: "${id}") { id memberCount } }`);
    expect(await t.emulator.calls()).toEqual({ 'room_engine_http_srv/get_room_info': 1 });
  });

  it('accepts the emulator\'s callbacks after a test moved its emulated clock: RequestTime is the wall clock', async () => {
    const id = `cb-${process.pid}-clock`;
    await t.exec(CreateRoomDocument, { input: { id, ownerId: 'alice' } });
    await t.emulator.advanceClock(3600);
    const entered = (await delivered('Room.CallbackAfterMemberEnter', 0)).length;
    await t.emulator.enter(id, 'kim');
    const deliveries = await delivered('Room.CallbackAfterMemberEnter', entered + 1);
    expect(deliveries[deliveries.length - 1].status).toBe(200);
  });
});

describe('callback receiver without a token (Tencent mode)', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ apps: [{ sdkAppId: 1400000123, secretKey: 'k', adminIds: ['admin'] }] });
  });
  afterAll(() => emu?.close());

  async function postUnsigned(env: Record<string, string>): Promise<Response> {
    const gw = await createGateway(
      loadConfig({
        TRTC_SDKAPPID: '1400000123', TRTC_SECRET_KEY: 'k', TRTC_ADMIN_ID: 'admin', TRTC_BASE_URL: emu.url,
        ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env,
      }),
    );
    try {
      return await fetch(`${new URL(gw.url).origin}/callbacks/tencent?SdkAppid=1400000123&CallbackCommand=Room.CallbackAfterMemberEnter`, {
        method: 'POST', body: JSON.stringify({ RoomId: 'r1', MemberList_Account: ['u'] }),
      });
    } finally {
      await gw.close();
    }
  }

  it('refuses unsigned callbacks when ROOMGRAPH_CALLBACK_TOKEN is not set, saying what to set', async () => {
    const res = await postUnsigned({});
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).ErrorInfo).toMatch(/ROOMGRAPH_CALLBACK_TOKEN/);
  });

  it('accepts them only when ROOMGRAPH_CALLBACKS_ALLOW_UNSIGNED=true says so', async () => {
    expect((await postUnsigned({ ROOMGRAPH_CALLBACKS_ALLOW_UNSIGNED: 'true' })).status).toBe(200);
  });
});
