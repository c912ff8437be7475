import {
  ChangeRoomOwnerDocument,
  CreateRoomDocument,
  DestroyRoomDocument,
  RoomDetailsDocument,
  UpdateRoomDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

let n = 0;
const fresh = (prefix = 'room') => `${prefix}-${process.pid}-${++n}`;

async function create(id: string, input: Record<string, unknown> = {}) {
  const r = await t.exec(CreateRoomDocument, { input: { id, ...input } as any });
  expect(r.errors).toBeUndefined();
  return r.data!.createRoom;
}

describe('createRoom', () => {
  it('creates a room with the documented defaults and reads it back', async () => {
    const id = fresh();
    const before = Date.now();
    const room = await create(id);
    expect(room).toMatchObject({
      id, name: id, type: 'CONFERENCE', status: 'RUNNING', memberCount: 0,
      isSeatEnabled: false, takeSeatMode: 'NONE', customInfo: '', isVideoDisabled: false,
      ownerId: t.gw.config.tencent.adminId,
    });
    const start = Date.parse(room.scheduleStartTime!);
    expect(Math.abs(start - before)).toBeLessThan(5000);
    expect(Date.parse(room.scheduleEndTime!) - start).toBe(3600_000);
    const read = await t.exec(RoomDetailsDocument, { id });
    expect(read.data!.room).toMatchObject({ id, name: id, status: 'RUNNING' });
  });

  it('passes every room setting through to Tencent and back', async () => {
    const id = fresh();
    const room = await create(id, {
      name: 'Weekly sync ✓', ownerId: 'alice', maxMemberCount: 50, isVideoDisabled: true, isAudioDisabled: true,
      isMessageDisabled: true, isScreenSharingDisabled: true, isCloudRecordingDisabled: true, customInfo: '{"team":"a"}',
      isSeatEnabled: true, maxSeatCount: 6, takeSeatMode: 'APPLY_TO_TAKE', scheduleInvitees: ['bob', 'carol'],
    });
    expect(room).toMatchObject({
      name: 'Weekly sync ✓', ownerId: 'alice', maxMemberCount: 50, isVideoDisabled: true, isAudioDisabled: true,
      isMessageDisabled: true, isScreenSharingDisabled: true, isCloudRecordingDisabled: true, customInfo: '{"team":"a"}',
      isSeatEnabled: true, maxSeatCount: 6, takeSeatMode: 'APPLY_TO_TAKE',
    });
  });

  it('answers NOT_STARTED for a room scheduled in the future', async () => {
    const start = new Date(Date.now() + 86400_000);
    const end = new Date(start.getTime() + 1800_000);
    const room = await create(fresh(), { scheduleStartTime: start.toISOString(), scheduleEndTime: end.toISOString() });
    expect(room.status).toBe('NOT_STARTED');
    expect(room.scheduleEndTime).toBe(new Date(Math.floor(end.getTime() / 1000) * 1000).toISOString());
  });

  it('answers RATE_LIMITED with errorCode 100012 for the same RoomId twice within a second', async () => {
    const id = fresh();
    await create(id);
    const e = onlyError(await t.exec(CreateRoomDocument, { input: { id } }));
    expect(e.extensions).toMatchObject({ code: 'RATE_LIMITED', tencent: { errorCode: 100012 } });
  });

  it('answers CONFLICT with 100010 for a re-create by the same owner and 100003 for another owner', async () => {
    const id = fresh();
    await create(id, { ownerId: 'alice' });
    await t.emulator.advanceClock(2);
    const same = onlyError(await t.exec(CreateRoomDocument, { input: { id, ownerId: 'alice' } }));
    expect(same.extensions).toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100010 } });
    await t.emulator.advanceClock(2);
    const other = onlyError(await t.exec(CreateRoomDocument, { input: { id, ownerId: 'bob' } }));
    expect(other.extensions).toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100003 } });
    expect(other.extensions!.tencent.requestId).toMatch(/^Id-/);
  });

  it.each([
    ['a 49-byte id', { id: 'x'.repeat(49) }, 'input.id'],
    ['a non-ASCII id', { id: 'räum' }, 'input.id'],
    ['an empty id', { id: '' }, 'input.id'],
    ['a 101-byte name', { id: 'ok-id', name: 'n'.repeat(101) }, 'input.name'],
    ['a name of 34 three-byte characters', { id: 'ok-id', name: '会'.repeat(34) }, 'input.name'],
    ['a 501-byte customInfo', { id: 'ok-id', customInfo: 'c'.repeat(501) }, 'input.customInfo'],
    ['a meeting shorter than 5 minutes', { id: 'ok-id', scheduleStartTime: '2030-01-01T00:00:00Z', scheduleEndTime: '2030-01-01T00:04:00Z' }, 'input.scheduleEndTime'],
    ['a zero maxMemberCount', { id: 'ok-id', maxMemberCount: 0 }, 'input.maxMemberCount'],
  ])('answers BAD_USER_INPUT naming the field for %s, without calling Tencent', async (_what, input, field) => {
    await t.emulator.resetCalls();
    const e = onlyError(await t.exec(CreateRoomDocument, { input: input as any }));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(e.message).toContain(field);
    expect(await t.emulator.calls()).toEqual({});
  });
});

describe('room', () => {
  it('answers null for a room that does not exist', async () => {
    const r = await t.exec(RoomDetailsDocument, { id: fresh('missing') });
    expect(r.errors).toBeUndefined();
    expect(r.data!.room).toBeNull();
  });

  it('answers the owner as a member when they are in the room, and null when they are not', async () => {
    const inRoom = fresh();
    await create(inRoom, { ownerId: 'olivia' });
    await t.emulator.enter(inRoom, 'olivia', { nameCard: 'Liv' });
    const r = await t.exec(RoomDetailsDocument, { id: inRoom });
    expect(r.data!.room!.owner).toEqual({ id: `${inRoom}:olivia`, userId: 'olivia', nameCard: 'Liv' });
    const away = fresh();
    await create(away, { ownerId: 'oscar' });
    expect((await t.exec(RoomDetailsDocument, { id: away })).data!.room!.owner).toBeNull();
  });
});

describe('updateRoom', () => {
  it('changes only the given fields and the next read shows them', async () => {
    const id = fresh();
    await create(id, { isSeatEnabled: true, takeSeatMode: 'FREE_TO_TAKE', customInfo: 'keep' });
    await t.exec(RoomDetailsDocument, { id }); // warm the cache
    const r = await t.exec(UpdateRoomDocument, { input: { id, name: 'Renamed', isMessageDisabled: true, takeSeatMode: 'APPLY_TO_TAKE' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateRoom).toMatchObject({ name: 'Renamed', isMessageDisabled: true, takeSeatMode: 'APPLY_TO_TAKE', customInfo: 'keep' });
    const read = await t.exec(RoomDetailsDocument, { id });
    expect(read.data!.room).toMatchObject({ name: 'Renamed', isMessageDisabled: true, customInfo: 'keep' });
  });

  it('answers NOT_FOUND with errorCode 100004 for a room that does not exist', async () => {
    const e = onlyError(await t.exec(UpdateRoomDocument, { input: { id: fresh('missing'), name: 'x' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});

describe('destroyRoom', () => {
  it('destroys a room; reads answer null and a second destroy answers NOT_FOUND with errorCode 100004', async () => {
    const id = fresh();
    await create(id);
    await t.exec(RoomDetailsDocument, { id }); // cached before the destroy
    const r = await t.exec(DestroyRoomDocument, { id });
    expect(r.data!.destroyRoom).toBe(id);
    expect((await t.exec(RoomDetailsDocument, { id })).data!.room).toBeNull();
    const e = onlyError(await t.exec(DestroyRoomDocument, { id }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });
});

describe('changeRoomOwner', () => {
  it('answers NOT_A_MEMBER with errorCode 100005 when the new owner is not in the room', async () => {
    const id = fresh();
    await create(id, { ownerId: 'alice' });
    const e = onlyError(await t.exec(ChangeRoomOwnerDocument, { input: { roomId: id, newOwnerId: 'bob' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_A_MEMBER', tencent: { errorCode: 100005 } });
  });

  it('moves ownership to a member, reading the current owner from the room', async () => {
    const id = fresh();
    await create(id, { ownerId: 'alice' });
    await t.emulator.enter(id, 'alice');
    await t.emulator.enter(id, 'bob');
    const r = await t.exec(ChangeRoomOwnerDocument, { input: { roomId: id, newOwnerId: 'bob' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.changeRoomOwner).toMatchObject({ ownerId: 'bob', owner: { userId: 'bob', role: 'OWNER' } });
  });

  it('answers FORBIDDEN with errorCode 100006 when currentOwnerId is not the owner', async () => {
    const id = fresh();
    await create(id, { ownerId: 'alice' });
    await t.emulator.enter(id, 'bob');
    const e = onlyError(await t.exec(ChangeRoomOwnerDocument, { input: { roomId: id, newOwnerId: 'bob', currentOwnerId: 'mallory' } }));
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });
});
