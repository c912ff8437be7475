/**
 * A live room's numbers and its messages: `stats` (get_room_stats, or get_room_statistic where
 * Tencent does not know the newer name), `giftCount(userId)`, and the two message mutations.
 * Viewers' gifts and likes come from the emulator's control API (clients send them, not REST).
 */
import {
  CreateGiftDocument, LiveGiftCountDocument, LiveRoomNumbersDocument, MuteLiveMembersDocument, CreateRoomDocument,
  SendLiveCustomMessageDocument, SendLiveTextMessageDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';
import { control, createLive, expectBadInput, fresh, withoutUpstream, withoutUpstreamWrite } from './helpers';

let t: TestGateway;
const giftId = `rose-${process.pid}`;
beforeAll(async () => {
  // Caching off: every read shows the emulator's counters as they are now.
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
  const g = await t.exec(CreateGiftDocument, { input: { id: giftId, name: 'Rose', coins: 5 } });
  expect(g.errors).toBeUndefined();
});
afterAll(() => t.close());

const numbers = async (id: string) => {
  const r = await t.exec(LiveRoomNumbersDocument, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.liveRoom!;
};
const text = (roomId: string, senderId: string, more: { text?: string; extensionInfo?: string } = {}) =>
  t.exec(SendLiveTextMessageDocument, { input: { roomId, senderId, text: 'hello', ...more } });

describe('stats', () => {
  it('counts viewers, messages, gifts and likes', async () => {
    const id = fresh();
    await createLive(t, id, { ownerId: 'host1' });
    expect((await numbers(id)).stats).toEqual({
      totalViewers: 0, totalGiftsSent: 0, totalGiftCoins: 0, totalUniqueGiftSenders: 0, totalLikesReceived: 0, totalMessageCount: 0,
    });
    for (const u of ['amy', 'ben']) await t.emulator.enter(id, u);
    expect((await text(id, 'amy')).data!.sendLiveTextMessage).toBe(true);
    await control(t, 'POST', `/rooms/${id}/gifts`, { userId: 'amy', giftId, count: 3 });
    await control(t, 'POST', `/rooms/${id}/likes`, { userId: 'ben', count: 10 });
    const n = await numbers(id);
    expect(n.onlineCount).toBe(2);
    expect(n.stats).toEqual({
      totalViewers: 2, totalGiftsSent: 3, totalGiftCoins: 15, totalUniqueGiftSenders: 1, totalLikesReceived: 10, totalMessageCount: 1,
    });
  });

  it('falls back to get_room_statistic when Tencent does not know get_room_stats (60009)', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.emulator.enter(id, 'amy');
    await t.emulator.fault({ command: 'live_engine_http_srv/get_room_stats', times: 1, errorCode: 60009, errorInfo: 'unknown command' });
    await t.emulator.resetCalls();
    const n = await numbers(id);
    expect(n.stats.totalViewers).toBe(1);
    expect(await t.emulator.calls()).toMatchObject({
      'live_engine_http_srv/get_room_stats': 1,
      'live_engine_http_srv/get_room_statistic': 1,
    });
  });

  it('answers other errors of get_room_stats as they are, without the fallback', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.emulator.fault({ command: 'live_engine_http_srv/get_room_stats', times: 1, errorCode: 100002, errorInfo: 'bad' });
    await t.emulator.resetCalls();
    const r = await t.exec(LiveRoomNumbersDocument, { id });
    expect(onlyError(r)).toMatchObject({ path: ['liveRoom', 'stats'], extensions: { code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } } });
    expect((await t.emulator.calls())['live_engine_http_srv/get_room_statistic']).toBeUndefined();
  });
});

describe('giftCount', () => {
  it('answers the gift statistics of a room for one user', async () => {
    const id = fresh();
    await createLive(t, id);
    await control(t, 'POST', `/rooms/${id}/gifts`, { userId: 'amy', giftId, count: 2 });
    await control(t, 'POST', `/rooms/${id}/gifts`, { userId: 'ben', giftId });
    const r = await t.exec(LiveGiftCountDocument, { id, userId: 'amy' });
    expect(r.data!.liveRoom!.giftCount).toEqual({ sequence: 2, totalCount: 2, totalCoins: 10, giftSenderCount: 1 });
  });

  it('answers BAD_USER_INPUT naming the user without reading the statistics', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.emulator.resetCalls();
    const r = await t.exec(LiveGiftCountDocument, { id, userId: '' });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect((await t.emulator.calls())['live_engine_http_srv/get_gift_count']).toBeUndefined();
  });
});

describe('sendLiveTextMessage and sendLiveCustomMessage', () => {
  it('delivers a text message with its extension info, and a custom message', async () => {
    const id = fresh();
    await createLive(t, id);
    expect((await text(id, 'amy', { text: 'hi all', extensionInfo: '{"color":"red"}' })).data!.sendLiveTextMessage).toBe(true);
    const c = await t.exec(SendLiveCustomMessageDocument, { input: { roomId: id, senderId: 'ben', businessId: 'like_burst', data: '{"n":5}' } });
    expect(c.data!.sendLiveCustomMessage).toBe(true);
    const { Messages } = await control(t, 'GET', `/rooms/${id}/messages`);
    expect(Messages).toMatchObject([
      { From_Account: 'amy', CloudCustomData: '{"color":"red"}', MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi all' } }] },
      { From_Account: 'ben', MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: '{"n":5}' } }] },
    ]);
    expect((await numbers(id)).stats.totalMessageCount).toBe(2);
  });

  it('answers BAD_USER_INPUT before any upstream call for extension info that is not JSON, or an empty sender', async () => {
    expectBadInput(await withoutUpstream(t, () => text('r', 'amy', { extensionInfo: '{not json' })), 'input.extensionInfo');
    expectBadInput(await withoutUpstream(t, () => text('r', '')), 'input.senderId');
    expectBadInput(
      await withoutUpstream(t, () => t.exec(SendLiveCustomMessageDocument, { input: { roomId: 'x'.repeat(49), senderId: 'a', businessId: 'b', data: '' } })),
      'input.roomId',
    );
  });

  it('answers FORBIDDEN with errorCode 100006 for a muted sender and for a Conference room', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.exec(MuteLiveMembersDocument, { input: { roomId: id, userIds: ['amy'], durationSeconds: 60 } });
    expect(onlyError(await text(id, 'amy')).extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
    const conf = fresh('conf');
    await t.exec(CreateRoomDocument, { input: { id: conf } });
    expect(onlyError(await text(conf, 'amy')).extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });

  it('answers NOT_FOUND for a room that does not exist, BAD_USER_INPUT (100002) for an empty text, and FORBIDDEN for a non-admin who is not room staff', async () => {
    expect(onlyError(await text(fresh('missing'), 'amy')).extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    const id = fresh();
    await createLive(t, id);
    expect(onlyError(await text(id, 'amy', { text: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
    const r = await withoutUpstreamWrite(t, () => t.exec(SendLiveTextMessageDocument, { input: { roomId: id, senderId: 'amy', text: 'x' } }, t.userToken('amy')));
    expect(onlyError(r).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
