import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CallbackConfigDocument,
  CreateCallbackConfigDocument,
  CreateRoomDocument,
  DeleteCallbackConfigDocument,
  UpdateCallbackConfigDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

interface Received {
  query: URLSearchParams;
  body: any;
}

/** A local webhook receiver that hands each request to whoever awaits `next()`. */
async function receiver(): Promise<{ url: string; next(): Promise<Received>; close(): Promise<void> }> {
  const queue: Received[] = [];
  const waiters: ((r: Received) => void)[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const c of req) text += c;
    res.setHeader('content-type', 'application/json');
    res.end('{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}');
    const r = { query: new URL(req.url ?? '/', 'http://x').searchParams, body: JSON.parse(text) };
    const w = waiters.shift();
    if (w) w(r);
    else queue.push(r);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tencent/callback`,
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiters.push(resolve))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('callback configuration', () => {
  afterEach(async () => {
    await t.exec(DeleteCallbackConfigDocument, {});
  });

  it('answers null when nothing is configured, and NOT_FOUND with errorCode 100301 on update or delete', async () => {
    expect((await t.exec(CallbackConfigDocument, {})).data!.callbackConfig).toBeNull();
    const up = onlyError(await t.exec(UpdateCallbackConfigDocument, { input: { url: 'https://example.test/cb', events: ['ROOM_CREATED'] } }));
    expect(up.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100301 } });
    const del = onlyError(await t.exec(DeleteCallbackConfigDocument, {}));
    expect(del.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100301 } });
  });

  it('creates, reads, updates and deletes the configuration; a second create is a CONFLICT with errorCode 100300', async () => {
    const created = await t.exec(CreateCallbackConfigDocument, { input: { url: 'https://example.test/cb', events: ['ROOM_CREATED', 'MEMBER_LEFT'] } });
    expect(created.data!.createCallbackConfig).toEqual({ url: 'https://example.test/cb', events: ['ROOM_CREATED', 'MEMBER_LEFT'] });
    expect((await t.exec(CallbackConfigDocument, {})).data!.callbackConfig).toEqual(created.data!.createCallbackConfig);
    const again = onlyError(await t.exec(CreateCallbackConfigDocument, { input: { url: 'https://example.test/other', events: ['ROOM_CREATED'] } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100300 } });
    await t.exec(UpdateCallbackConfigDocument, { input: { url: 'http://example.test/v2', events: ['SEAT_INFO_CHANGED', 'ROOM_INFO_UPDATED'] } });
    expect((await t.exec(CallbackConfigDocument, {})).data!.callbackConfig).toEqual({
      url: 'http://example.test/v2', events: ['ROOM_INFO_UPDATED', 'SEAT_INFO_CHANGED'],
    });
    expect((await t.exec(DeleteCallbackConfigDocument, {})).data!.deleteCallbackConfig).toBe(true);
    expect((await t.exec(CallbackConfigDocument, {})).data!.callbackConfig).toBeNull();
    await t.exec(CreateCallbackConfigDocument, { input: { url: 'https://example.test/cb', events: ['ROOM_CREATED'] } }); // for afterEach
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://example.test/cb', events: ['ROOM_CREATED'] }, 'input.url'],
    ['a relative URL', { url: '/cb', events: ['ROOM_CREATED'] }, 'input.url'],
    ['no events', { url: 'https://example.test/cb', events: [] }, 'input.events'],
  ])('answers BAD_USER_INPUT for %s', async (_what, input, field) => {
    await t.exec(CreateCallbackConfigDocument, { input: { url: 'https://example.test/cb', events: ['ROOM_CREATED'] } });
    const e = onlyError(await t.exec(UpdateCallbackConfigDocument, { input: input as any }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('makes Tencent deliver a signed Room.CallbackAfterCreateRoom when a room is created through the gateway', async () => {
    const rx = await receiver();
    try {
      await t.emulator.setCallbackToken('tok-123');
      await t.exec(CreateCallbackConfigDocument, { input: { url: rx.url, events: ['ROOM_CREATED'] } });
      const id = `cb-room-${process.pid}`;
      expect((await t.exec(CreateRoomDocument, { input: { id, ownerId: 'alice' } })).errors).toBeUndefined();
      const got = await rx.next();
      expect(got.query.get('CallbackCommand')).toBe('Room.CallbackAfterCreateRoom');
      expect(got.query.get('SdkAppid')).toBe(String(t.gw.config.tencent.sdkAppId));
      expect(got.query.get('OptPlatform')).toBe('RESTAPI');
      const time = got.query.get('RequestTime')!;
      expect(got.query.get('Sign')).toBe(createHash('sha256').update(`tok-123${time}`).digest('hex'));
      expect(got.body).toMatchObject({ CallbackCommand: 'Room.CallbackAfterCreateRoom', RoomInfo: { RoomId: id, Owner_Account: 'alice' } });
    } finally {
      await t.emulator.setCallbackToken(null);
      await rx.close();
    }
  });
});
