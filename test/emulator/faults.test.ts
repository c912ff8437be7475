import type { RunningEmulator } from '../../src/emulator';
import { control, createRoom, fails, ok, restUrl, start } from './helpers';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start();
  await createRoom(emu, 'f-room');
});
afterAll(() => emu.close());
afterEach(() => control(emu, 'DELETE', 'faults'));

const post = (cmd: string, body: unknown = { RoomId: 'f-room' }): Promise<Response> =>
  fetch(restUrl(emu, `/v4/${cmd}`), { method: 'POST', body: JSON.stringify(body) });

describe('fault injection', () => {
  it('answers the envelope with an injected errorCode for the next `times` matching calls only', async () => {
    expect((await control(emu, 'POST', 'faults', { command: GET_ROOM, times: 2, errorCode: 100001 })).ErrorCode).toBe(0);
    await fails(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'f-room' }, 100211); // another command: untouched
    const first = await fails(emu, GET_ROOM, { RoomId: 'f-room' }, 100001);
    expect(first.ErrorInfo).toMatch(/retry/);
    await fails(emu, GET_ROOM, { RoomId: 'f-room' }, 100001);
    await ok(emu, GET_ROOM, { RoomId: 'f-room' });
  });

  it('uses the given errorInfo, and "*" matches every command', async () => {
    await control(emu, 'POST', 'faults', { command: '*', errorCode: 60018, errorInfo: 'too many requests, retry later' });
    const env = await fails(emu, 'room_config/get_callback', {}, 60018);
    expect(env.ErrorInfo).toBe('too many requests, retry later');
  });

  it('answers an HTTP 502 with a raw HTML body', async () => {
    await control(emu, 'POST', 'faults', { command: GET_ROOM, httpStatus: 502, rawBody: '<html><body>502 Bad Gateway</body></html>' });
    const res = await post(GET_ROOM);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe('<html><body>502 Bad Gateway</body></html>');
    expect((await post(GET_ROOM)).status).toBe(200);
  });

  it('answers a default body for an httpStatus alone', async () => {
    await control(emu, 'POST', 'faults', { command: GET_ROOM, httpStatus: 503 });
    const res = await post(GET_ROOM);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/503 Service Unavailable/);
  });

  it('drops the connection without an answer', async () => {
    await control(emu, 'POST', 'faults', { command: GET_ROOM, dropConnection: true });
    await expect(post(GET_ROOM)).rejects.toThrow();
    expect((await post(GET_ROOM)).status).toBe(200);
  });

  it('delays then proceeds normally, or delays then fails when combined', async () => {
    await control(emu, 'POST', 'faults', { command: GET_ROOM, delayMs: 150 });
    let started = Date.now();
    await ok(emu, GET_ROOM, { RoomId: 'f-room' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await control(emu, 'POST', 'faults', { command: GET_ROOM, delayMs: 100, errorCode: 100001 });
    started = Date.now();
    await fails(emu, GET_ROOM, { RoomId: 'f-room' }, 100001);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('counts faulted calls, does not run the command, and fires before the auth checks', async () => {
    emu.resetCalls();
    await control(emu, 'POST', 'faults', { command: 'room_engine_http_srv/destroy_room', errorCode: 100001 });
    await fails(emu, 'room_engine_http_srv/destroy_room', { RoomId: 'f-room' }, 100001, { identifier: 'not-an-admin' });
    await ok(emu, GET_ROOM, { RoomId: 'f-room' });
    expect(emu.calls()).toEqual({ 'room_engine_http_srv/destroy_room': 1, [GET_ROOM]: 1 });
  });

  it('lists pending faults and clears them', async () => {
    await control(emu, 'POST', 'faults', { command: GET_ROOM, times: 3, errorCode: 100001 });
    expect((await control(emu, 'GET', 'faults')).Faults).toEqual([{ command: GET_ROOM, times: 3, errorCode: 100001 }]);
    await control(emu, 'DELETE', 'faults');
    expect((await control(emu, 'GET', 'faults')).Faults).toEqual([]);
    await ok(emu, GET_ROOM, { RoomId: 'f-room' });
  });

  it('answers 100002 to a fault without an effect or with a malformed command', async () => {
    expect((await control(emu, 'POST', 'faults', { command: GET_ROOM })).ErrorCode).toBe(100002);
    expect((await control(emu, 'POST', 'faults', { command: 'get_room_info', errorCode: 1 })).ErrorCode).toBe(100002);
    expect((await control(emu, 'POST', 'faults', { command: GET_ROOM, times: 0, errorCode: 1 })).ErrorCode).toBe(100002);
  });
});
