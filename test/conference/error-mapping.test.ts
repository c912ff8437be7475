/**
 * Every documented Tencent ErrorCode, end to end: the emulator answers it (naturally where it can,
 * by fault injection where only a real account could: no package, Chat id clash, moderation), and
 * the GraphQL error carries the README's stable code and the Tencent details.
 */
import { ChangeRoomOwnerDocument, CreateRoomDocument, RoomSeatsDocument } from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());
afterEach(() => t.emulator.clearFaults());

let n = 0;

describe('ErrorCode → extensions.code, through createRoom (a write, so never retried)', () => {
  it.each([
    [100001, 'UPSTREAM_UNAVAILABLE'],
    [100002, 'BAD_USER_INPUT'],
    [100003, 'CONFLICT'],
    [100004, 'NOT_FOUND'],
    [100005, 'NOT_A_MEMBER'],
    [100006, 'FORBIDDEN'],
    [100007, 'PAYMENT_REQUIRED'],
    [100010, 'CONFLICT'],
    [100011, 'CONFLICT'],
    [100012, 'RATE_LIMITED'],
    [100026, 'SENSITIVE_CONTENT'],
    [100211, 'SEATS_DISABLED'],
    [100300, 'CONFLICT'],
    [100301, 'NOT_FOUND'],
    [102001, 'PAYMENT_REQUIRED'],
    [60004, 'UPSTREAM_AUTH'],
    [60006, 'UPSTREAM_AUTH'],
    [60007, 'RATE_LIMITED'],
    [60008, 'UPSTREAM_UNAVAILABLE'],
    [60010, 'UPSTREAM_AUTH'],
    [60003, 'UPSTREAM_ERROR'],
    [70001, 'UPSTREAM_AUTH'],
    [70003, 'UPSTREAM_AUTH'],
    [123456, 'UPSTREAM_ERROR'],
  ])('answers ErrorCode %i as %s with the Tencent details', async (errorCode, code) => {
    await t.emulator.fault({ command: 'room_engine_http_srv/create_room', errorCode, errorInfo: `emulated ${errorCode}` });
    const e = onlyError(await t.exec(CreateRoomDocument, { input: { id: `map-${process.pid}-${++n}` } }));
    expect(e.extensions).toMatchObject({ code, tencent: { errorCode, errorInfo: `emulated ${errorCode}` } });
    expect(e.extensions!.tencent.requestId).toMatch(/^Id-[0-9a-f]{32}-O-Seq-\d+$/);
    expect(e.path).toEqual(['createRoom']);
  });
});

describe('documented error paths the emulator produces on its own', () => {
  it('answers NOT_FOUND with errorCode 100004 for seats of a room that does not exist', async () => {
    const e = onlyError(await t.exec(RoomSeatsDocument, { roomId: 'no-such-room' }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });

  it('answers NOT_FOUND for changeRoomOwner in a room that does not exist', async () => {
    const e = onlyError(await t.exec(ChangeRoomOwnerDocument, { input: { roomId: 'no-such-room', newOwnerId: 'bob' } }));
    expect(e.extensions!.code).toBe('NOT_FOUND');
  });
});
