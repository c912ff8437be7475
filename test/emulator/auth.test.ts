import type { RunningEmulator } from '../../src/emulator';
import { genUserSig } from '../../src/wire/usersig';
import { ADMIN, APP, type Json, control, createRoom, fails, manualClock, ok, rest, restUrl, start } from './helpers';

const GET_ROOM = 'room_engine_http_srv/get_room_info';

describe('REST checks in the order of spec §11', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ apps: [APP, { sdkAppId: 1400000002, secretKey: 'other-secret', adminIds: ['root'] }] });
    await createRoom(emu, 'auth-room');
  });
  afterAll(() => emu.close());

  it('answers 60002 to a method other than POST, with HTTP 200 and the envelope', async () => {
    const res = await fetch(restUrl(emu, `/v4/${GET_ROOM}`), { method: 'GET' });
    expect(res.status).toBe(200);
    const env = (await res.json()) as Json;
    expect(env).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60002 });
    expect(env.ErrorInfo).toMatch(/POST/);
  });

  it('answers 60009 to a path that is not /v4/<service>/<command>', async () => {
    const res = await fetch(restUrl(emu, '/v4/room_engine_http_srv'), { method: 'POST', body: '{}' });
    expect(((await res.json()) as Json).ErrorCode).toBe(60009);
  });

  it('answers 60009 to an unknown service or command once the caller is authenticated', async () => {
    await fails(emu, 'room_engine_http_srv/no_such_command', {}, 60009);
    await fails(emu, 'no_such_service/get_room_info', {}, 60009);
    await fails(emu, 'room_engine_http_srv/constructor', {}, 60009);
  });

  it('answers 60003 to an empty body, invalid JSON and JSON that is not an object', async () => {
    for (const rawBody of ['', 'not json', '[1,2]', '42', 'null']) {
      await fails(emu, GET_ROOM, undefined, 60003, { rawBody });
    }
  });

  it('checks the JSON body before the sdkappid', async () => {
    await fails(emu, GET_ROOM, undefined, 60003, { rawBody: '{', query: { sdkappid: null } });
  });

  it('answers 60012 when the URL carries no sdkappid', async () => {
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60012, { query: { sdkappid: null } });
  });

  it('answers 60006 to an unknown or malformed sdkappid', async () => {
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60006, { query: { sdkappid: '1499999999' } });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60006, { query: { sdkappid: 'abc' } });
  });

  it('answers 60004 to a missing identifier, a missing usersig and an undecodable usersig', async () => {
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60004, { query: { identifier: null } });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60004, { query: { usersig: null } });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60004, { usersig: 'eJyrVkrOz0nNzSvJzEsHAC0eBVM_' });
  });

  it('answers 60004 to a usersig issued for another identifier or another sdkappid', async () => {
    const forBob = genUserSig({ sdkAppId: APP.sdkAppId, secretKey: APP.secretKey, identifier: 'bob' });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60004, { usersig: forBob });
    const otherApp = genUserSig({ sdkAppId: 1400000002, secretKey: APP.secretKey, identifier: ADMIN });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60004, { usersig: otherApp });
  });

  it('answers 70001 to an expired usersig', async () => {
    const old = genUserSig({ ...APP, identifier: ADMIN, now: Math.floor(Date.now() / 1000) - 7200, expireSeconds: 3600 });
    const env = await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 70001, { usersig: old });
    expect(env.ErrorInfo).not.toContain(old);
  });

  it('answers 70003 to a usersig signed with another secret key', async () => {
    const forged = genUserSig({ sdkAppId: APP.sdkAppId, secretKey: 'wrong-key', identifier: ADMIN });
    const env = await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 70003, { usersig: forged });
    expect(env.ErrorInfo).not.toContain(forged);
    expect(env.ErrorInfo).not.toContain(APP.secretKey);
  });

  it('answers 60010 when a correctly signed identifier is not an App administrator', async () => {
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60010, { identifier: 'alice' });
  });

  it('keeps apps apart: each SDKAppID has its own keys, administrators and rooms', async () => {
    const sig = genUserSig({ sdkAppId: 1400000002, secretKey: 'other-secret', identifier: 'root' });
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 100004, { sdkAppId: 1400000002, identifier: 'root', usersig: sig });
  });

  it('counts every call that reached an app, failed ones included, per service/command', async () => {
    emu.resetCalls();
    await ok(emu, GET_ROOM, { RoomId: 'auth-room' });
    await fails(emu, GET_ROOM, { RoomId: 'missing' }, 100004);
    await fails(emu, GET_ROOM, { RoomId: 'auth-room' }, 60010, { identifier: 'alice' });
    await fails(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'auth-room' }, 100211);
    expect(emu.calls()).toEqual({ [GET_ROOM]: 3, 'room_engine_http_mic/get_seat_list': 1 });
    expect(emu.calls(1400000002)).toEqual({});
    const listed = await control(emu, 'GET', 'calls');
    expect(listed).toMatchObject({ ErrorCode: 0, Calls: { [GET_ROOM]: 3 }, Total: 4 });
  });
});

describe('usersig expiry follows the emulated clock', () => {
  it('answers 70001 once the clock passes TLS.time + TLS.expire', async () => {
    const clock = manualClock();
    const emu = await start({ now: clock.now });
    try {
      const sig = genUserSig({ ...APP, identifier: ADMIN, now: Math.floor(clock.now() / 1000), expireSeconds: 60 });
      await fails(emu, GET_ROOM, { RoomId: 'x' }, 100004, { usersig: sig });
      await control(emu, 'POST', 'clock', { advanceSeconds: 61 });
      await fails(emu, GET_ROOM, { RoomId: 'x' }, 70001, { usersig: sig });
    } finally {
      await emu.close();
    }
  });
});

describe('D4 rate limit: 200 calls per second per command and SDKAppID', () => {
  it('answers 60007 to the 201st of 201 concurrent calls in one second, then admits again a second later', async () => {
    const clock = manualClock();
    const emu = await start({ now: clock.now });
    try {
      const sigTime = Math.floor(clock.now() / 1000);
      const codes = await Promise.all(
        Array.from({ length: 201 }, () => rest(emu, GET_ROOM, { RoomId: 'none' }, { sigTime }).then((e) => e.ErrorCode)),
      );
      expect(codes.filter((c) => c === 60007)).toHaveLength(1);
      expect(codes.filter((c) => c === 100004)).toHaveLength(200);
      // Another command has its own window.
      await fails(emu, 'room_engine_http_srv/destroy_room', { RoomId: 'none' }, 100004, { sigTime });
      clock.set(clock.now() + 1000);
      await fails(emu, GET_ROOM, { RoomId: 'none' }, 100004, { sigTime });
    } finally {
      await emu.close();
    }
  });

  it('never answers 60007 when rateLimits is false', async () => {
    const clock = manualClock();
    const emu = await start({ now: clock.now, rateLimits: false });
    try {
      const sigTime = Math.floor(clock.now() / 1000);
      const codes = await Promise.all(
        Array.from({ length: 201 }, () => rest(emu, GET_ROOM, { RoomId: 'none' }, { sigTime }).then((e) => e.ErrorCode)),
      );
      expect(new Set(codes)).toEqual(new Set([100004]));
    } finally {
      await emu.close();
    }
  });
});
