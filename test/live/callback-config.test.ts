/**
 * Live's callback configuration (live_config) through GraphQL: `liveCallbackConfig` and its three
 * mutations, with the `LiveEvent` names from the callback table; and that Tencent then delivers
 * Live callbacks to the configured URL.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callbacksOf } from '../../src/wire/callbacks';
import {
  CallbackConfigDocument, CreateLiveCallbackConfigDocument, DeleteLiveCallbackConfigDocument, LiveCallbackConfigDocument,
  UpdateLiveCallbackConfigDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());
afterEach(async () => {
  await t.exec(DeleteLiveCallbackConfigDocument, {});
});

/** A local webhook receiver that hands each request to whoever awaits `next()`. */
async function receiver() {
  const queue: { query: URLSearchParams; body: any }[] = [];
  const waiters: ((r: { query: URLSearchParams; body: any }) => void)[] = [];
  const server: Server = createServer(async (req, res) => {
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
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/live/callback`,
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise<{ query: URLSearchParams; body: any }>((resolve) => waiters.push(resolve))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('live callback configuration', () => {
  it('offers exactly the Live events of the callback table', async () => {
    const r = await t.raw(`{ __type(name: "LiveEvent") { enumValues { name } } }`);
    expect(r.data.__type.enumValues.map((v: { name: string }) => v.name)).toEqual(callbacksOf('live').map((c) => c.event));
  });

  it('answers null when nothing is configured, and NOT_FOUND with errorCode 100301 on update or delete', async () => {
    expect((await t.exec(LiveCallbackConfigDocument, {})).data!.liveCallbackConfig).toBeNull();
    const up = onlyError(await t.exec(UpdateLiveCallbackConfigDocument, { input: { url: 'https://example.test/cb', events: ['ROOM_CREATED'] } }));
    expect(up.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100301 } });
    const del = onlyError(await t.exec(DeleteLiveCallbackConfigDocument, {}));
    expect(del.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100301 } });
  });

  it('creates, reads, updates and deletes the configuration, apart from Conference\'s; a second create is a CONFLICT (100300)', async () => {
    const created = await t.exec(CreateLiveCallbackConfigDocument, {
      input: { url: 'https://example.test/live', events: ['MEMBER_STATE_CHANGED', 'ROOM_CREATED', 'MESSAGE_SENT'] },
    });
    expect(created.errors).toBeUndefined();
    // Events come back in the callback table's order.
    expect(created.data!.createLiveCallbackConfig).toEqual({ url: 'https://example.test/live', events: ['ROOM_CREATED', 'MEMBER_STATE_CHANGED', 'MESSAGE_SENT'] });
    expect((await t.exec(LiveCallbackConfigDocument, {})).data!.liveCallbackConfig).toEqual(created.data!.createLiveCallbackConfig);
    expect((await t.exec(CallbackConfigDocument, {})).data!.callbackConfig).toBeNull();
    const again = onlyError(await t.exec(CreateLiveCallbackConfigDocument, { input: { url: 'https://example.test/x', events: ['ROOM_CREATED'] } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100300 } });
    const up = await t.exec(UpdateLiveCallbackConfigDocument, { input: { url: 'http://example.test/v2', events: ['BATTLE_STARTED', 'OWNER_CHANGED'] } });
    expect(up.data!.updateLiveCallbackConfig).toEqual({ url: 'http://example.test/v2', events: ['BATTLE_STARTED', 'OWNER_CHANGED'] });
    expect((await t.exec(LiveCallbackConfigDocument, {})).data!.liveCallbackConfig!.url).toBe('http://example.test/v2');
    expect((await t.exec(DeleteLiveCallbackConfigDocument, {})).data!.deleteLiveCallbackConfig).toBe(true);
    expect((await t.exec(LiveCallbackConfigDocument, {})).data!.liveCallbackConfig).toBeNull();
    await t.exec(CreateLiveCallbackConfigDocument, { input: { url: 'https://example.test/live', events: ['ROOM_CREATED'] } }); // for afterEach
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://example.test/cb', events: ['ROOM_CREATED'] }, 'input.url'],
    ['a relative URL', { url: '/cb', events: ['ROOM_CREATED'] }, 'input.url'],
    ['a URL over 1000 bytes', { url: `https://example.test/${'a'.repeat(1000)}`, events: ['ROOM_CREATED'] }, 'input.url'],
    ['no events', { url: 'https://example.test/cb', events: [] }, 'input.events'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, input, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(CreateLiveCallbackConfigDocument, { input: input as never })), field);
  });

  it('answers FORBIDDEN to a non-admin for the query and every mutation, without calling Tencent', async () => {
    const token = t.userToken('viewer1');
    const input = { url: 'https://example.test/cb', events: ['ROOM_CREATED' as const] };
    const runs: (() => Promise<GqlResult<unknown>>)[] = [
      () => t.exec(LiveCallbackConfigDocument, {}, token),
      () => t.exec(CreateLiveCallbackConfigDocument, { input }, token),
      () => t.exec(UpdateLiveCallbackConfigDocument, { input }, token),
      () => t.exec(DeleteLiveCallbackConfigDocument, {}, token),
    ];
    for (const run of runs) expect(onlyError(await withoutUpstream(t, run)).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('makes Tencent deliver Live.CallbackAfterCreateRoom when a live room is created through the gateway', async () => {
    const rx = await receiver();
    try {
      await t.exec(CreateLiveCallbackConfigDocument, { input: { url: rx.url, events: ['ROOM_CREATED'] } });
      const id = fresh();
      await createLive(t, id, { ownerId: 'host1' });
      const got = await rx.next();
      expect(got.query.get('CallbackCommand')).toBe('Live.CallbackAfterCreateRoom');
      expect(got.body).toMatchObject({ CallbackCommand: 'Live.CallbackAfterCreateRoom', RoomInfo: { RoomId: id, RoomType: 'Live', Owner_Account: 'host1' } });
    } finally {
      await rx.close();
    }
  });
});
