/**
 * Live rooms through GraphQL against the emulator: create, read, update, destroy, change owner,
 * the `AnyRoom` interface both products implement, and the shared seat mutations on a live room.
 */
import { gatewaySchema } from '../../src/server/schema';
import { brandLive } from '../../src/rooms';
import { isAbstractType } from 'graphql';
import {
  ChangeLiveRoomOwnerDocument, CreateLiveRoomDocument, CreateRoomDocument, DestroyLiveRoomDocument, LiveRoomDetailsDocument,
  LockSeatDocument, MoveMemberToSeatDocument, PickMemberOnSeatDocument, KickMemberOffSeatDocument, RoomCardsDocument,
  SwitchSeatDocument, UpdateLiveRoomDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLive, expectBadInput, fresh, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

describe('createLiveRoom', () => {
  it('creates a live room with the documented defaults and reads it back', async () => {
    const id = fresh();
    const room = await createLive(t, id);
    expect(room).toMatchObject({
      id, name: id, type: 'LIVE', ownerId: t.gw.config.tencent.adminId, seatTemplate: 'VIDEO_DYNAMIC_GRID_9_SEATS',
      isSeatEnabled: true, takeSeatMode: 'FREE_TO_TAKE', maxSeatCount: 9, isMessageDisabled: false, isPublicVisible: true,
      coverUrl: '', categories: [], notice: '', viewCount: 0,
    });
    expect(Math.abs(Date.parse(room.createdAt!) - Date.now())).toBeLessThan(5000);
    const read = await t.exec(LiveRoomDetailsDocument, { id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.liveRoom).toMatchObject({ id, onlineCount: 0, admins: [], robots: [], metadata: [] });
    expect(read.data!.liveRoom!.seats).toHaveLength(9);
  });

  it('passes every room setting through to Tencent and back', async () => {
    const room = await createLive(t, fresh(), {
      name: 'Friday karaoke ♪', ownerId: 'host1', seatTemplate: 'KARAOKE', maxSeatCount: 6, maxMemberCount: 300,
      takeSeatMode: 'APPLY_TO_TAKE', isMessageDisabled: true, isPublicVisible: false, coverUrl: 'https://example.test/c.png',
      categories: [1, 2, 3], notice: 'Be kind', activityStatus: 7,
    });
    expect(room).toMatchObject({
      name: 'Friday karaoke ♪', ownerId: 'host1', seatTemplate: 'KARAOKE', maxSeatCount: 6, maxMemberCount: 300,
      takeSeatMode: 'APPLY_TO_TAKE', isMessageDisabled: true, isPublicVisible: false, coverUrl: 'https://example.test/c.png',
      categories: [1, 2, 3], notice: 'Be kind', activityStatus: 7,
    });
  });

  it('answers CONFLICT with errorCode 100010 when the same owner creates the same id again', async () => {
    const id = fresh();
    await createLive(t, id, { ownerId: 'host1' });
    await t.emulator.advanceClock(2);
    const e = onlyError(await t.exec(CreateLiveRoomDocument, { input: { id, seatTemplate: 'AUDIO_SALON', ownerId: 'host1' } }));
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100010 } });
  });

  it.each([
    ['an id over 48 bytes', { id: 'x'.repeat(49) }, 'input.id'],
    ['an id that is not printable ASCII', { id: 'räum' }, 'input.id'],
    ['a name over 100 bytes', { name: 'é'.repeat(51) }, 'input.name'],
    ['a cover URL over 200 bytes', { coverUrl: `https://x.test/${'a'.repeat(190)}` }, 'input.coverUrl'],
    ['four categories', { categories: [1, 2, 3, 4] }, 'input.categories'],
    ['a notice over 100 bytes', { notice: 'n'.repeat(101) }, 'input.notice'],
    ['a member limit of 0', { maxMemberCount: 0 }, 'input.maxMemberCount'],
    ['a seat count of 0', { maxSeatCount: 0 }, 'input.maxSeatCount'],
    ['an empty owner', { ownerId: '' }, 'input.ownerId'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, input, field) => {
    const r = await withoutUpstream(t, () =>
      t.exec(CreateLiveRoomDocument, { input: { id: fresh(), seatTemplate: 'AUDIO_SALON', ...input } }),
    );
    expectBadInput(r, field);
  });

  it('answers FORBIDDEN to a non-admin without calling Tencent', async () => {
    const r = await withoutUpstream(t, () =>
      t.exec(CreateLiveRoomDocument, { input: { id: fresh(), seatTemplate: 'AUDIO_SALON' } }, t.userToken('viewer1')),
    );
    expect(onlyError(r).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('liveRoom', () => {
  it('answers null for a room that does not exist', async () => {
    const r = await t.exec(LiveRoomDetailsDocument, { id: fresh('missing') });
    expect(r.errors).toBeUndefined();
    expect(r.data!.liveRoom).toBeNull();
  });

  it('answers FORBIDDEN with errorCode 100006 for a Conference room', async () => {
    const id = fresh('conf');
    expect((await t.exec(CreateRoomDocument, { input: { id } })).errors).toBeUndefined();
    const e = onlyError(await t.exec(LiveRoomDetailsDocument, { id }));
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });

  it('answers BAD_USER_INPUT naming the id before any upstream call', async () => {
    expectBadInput(await withoutUpstream(t, () => t.exec(LiveRoomDetailsDocument, { id: '' })), 'id');
  });

  it('lets any signed-in user read a live room', async () => {
    const id = fresh();
    await createLive(t, id);
    const r = await t.exec(LiveRoomDetailsDocument, { id }, t.userToken('viewer1'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.liveRoom!.id).toBe(id);
  });
});

describe('updateLiveRoom', () => {
  it('changes only the fields given and answers the room read afresh', async () => {
    const id = fresh();
    await createLive(t, id, { name: 'Before', notice: 'hello', categories: [5] });
    const r = await t.exec(UpdateLiveRoomDocument, { input: { id, name: 'After', isMessageDisabled: true, takeSeatMode: 'APPLY_TO_TAKE' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateLiveRoom).toMatchObject({
      name: 'After', isMessageDisabled: true, takeSeatMode: 'APPLY_TO_TAKE', notice: 'hello', categories: [5],
    });
  });

  it('answers NOT_FOUND with errorCode 100004 for a room that does not exist', async () => {
    const e = onlyError(await t.exec(UpdateLiveRoomDocument, { input: { id: fresh('missing'), name: 'x' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });

  it('answers BAD_USER_INPUT naming the field before any upstream call', async () => {
    const r = await withoutUpstream(t, () => t.exec(UpdateLiveRoomDocument, { input: { id: 'whatever', notice: 'n'.repeat(101) } }));
    expectBadInput(r, 'input.notice');
  });
});

describe('destroyLiveRoom', () => {
  it('destroys the room, answers its id, and the room then reads as null', async () => {
    const id = fresh();
    await createLive(t, id);
    await t.exec(LiveRoomDetailsDocument, { id }); // warm the cache
    const r = await t.exec(DestroyLiveRoomDocument, { id });
    expect(r.data!.destroyLiveRoom).toBe(id);
    expect((await t.exec(LiveRoomDetailsDocument, { id })).data!.liveRoom).toBeNull();
    const again = onlyError(await t.exec(DestroyLiveRoomDocument, { id }));
    expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
  });

  it('answers FORBIDDEN with errorCode 100006 for a Conference room', async () => {
    const id = fresh('conf');
    await t.exec(CreateRoomDocument, { input: { id } });
    expect(onlyError(await t.exec(DestroyLiveRoomDocument, { id })).extensions).toMatchObject({ code: 'FORBIDDEN', tencent: { errorCode: 100006 } });
  });
});

describe('changeLiveRoomOwner', () => {
  it('hands the room to another host', async () => {
    const id = fresh();
    await createLive(t, id, { ownerId: 'host1' });
    const r = await t.exec(ChangeLiveRoomOwnerDocument, { input: { roomId: id, newOwnerId: 'host2' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.changeLiveRoomOwner).toMatchObject({ id, ownerId: 'host2' });
  });

  it('answers NOT_FOUND for a room that does not exist, and BAD_USER_INPUT for an empty owner before any call', async () => {
    const e = onlyError(await t.exec(ChangeLiveRoomOwnerDocument, { input: { roomId: fresh('missing'), newOwnerId: 'h' } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    const r = await withoutUpstream(t, () => t.exec(ChangeLiveRoomOwnerDocument, { input: { roomId: 'r', newOwnerId: '' } }));
    expectBadInput(r, 'input.newOwnerId');
  });
});

describe('AnyRoom', () => {
  it('reads a Conference room and a live room with one fragment', async () => {
    const conferenceId = fresh('conf');
    const liveId = fresh();
    await t.exec(CreateRoomDocument, { input: { id: conferenceId, name: 'Standup', ownerId: 'alice', isSeatEnabled: true, maxSeatCount: 4 } });
    await createLive(t, liveId, { name: 'Evening show', ownerId: 'host1', seatTemplate: 'AUDIO_SALON', maxSeatCount: 5 });
    const r = await t.exec(RoomCardsDocument, { conferenceId, liveId });
    expect(r.errors).toBeUndefined();
    expect(r.data!.room).toMatchObject({
      __typename: 'Room', id: conferenceId, name: 'Standup', type: 'CONFERENCE', ownerId: 'alice', maxSeatCount: 4, isSeatEnabled: true,
    });
    expect(r.data!.liveRoom).toMatchObject({
      __typename: 'LiveRoom', id: liveId, name: 'Evening show', type: 'LIVE', ownerId: 'host1', maxSeatCount: 5, isSeatEnabled: true,
      takeSeatMode: 'FREE_TO_TAKE', isMessageDisabled: false,
    });
  });

  it('resolves a live room value to LiveRoom and any other room value to Room, whatever the wire type says', async () => {
    const anyRoom = gatewaySchema().getType('AnyRoom');
    if (!isAbstractType(anyRoom)) throw new Error('AnyRoom is not an interface');
    const resolve = (v: object) => anyRoom.resolveType!(v, {}, {} as never, anyRoom);
    // Conference's get_room_info answers for a live room too, with RoomType Live: still a `Room`.
    expect(await resolve({ roomId: 'r', roomType: 'LIVE' })).toBe('Room');
    expect(await resolve(brandLive({ roomId: 'r' }))).toBe('LiveRoom');
  });
});

describe('seats of a live room', () => {
  it('runs every seat mutation on a live room', async () => {
    const roomId = fresh();
    await createLive(t, roomId, { seatTemplate: 'AUDIO_SALON', maxSeatCount: 4 });
    for (const u of ['amy', 'ben']) await t.emulator.enter(roomId, u);
    const seatsOf = (r: { index: number; userId?: string | null }[]) => r.map((s) => s.userId ?? null);
    let r: any = await t.exec(PickMemberOnSeatDocument, { input: { roomId, userId: 'amy', index: 1 } });
    expect(seatsOf(r.data.pickMemberOnSeat)).toEqual([null, 'amy', null, null]);
    r = await t.exec(SwitchSeatDocument, { input: { roomId, userId: 'amy', toIndex: 2 } });
    expect(seatsOf(r.data.switchSeat)).toEqual([null, null, 'amy', null]);
    await t.exec(PickMemberOnSeatDocument, { input: { roomId, userId: 'ben', index: 0 } });
    r = await t.exec(MoveMemberToSeatDocument, { input: { roomId, userId: 'ben', index: 2, policy: 'SWAP' } });
    expect(seatsOf(r.data.moveMemberToSeat)).toEqual(['amy', null, 'ben', null]);
    r = await t.exec(KickMemberOffSeatDocument, { input: { roomId, userId: 'ben' } });
    expect(seatsOf(r.data.kickMemberOffSeat)).toEqual(['amy', null, null, null]);
    r = await t.exec(LockSeatDocument, { input: { roomId, index: 3, locked: true } });
    expect(r.data.lockSeat[3]).toMatchObject({ index: 3, isLocked: true });
    const detail = await t.exec(LiveRoomDetailsDocument, { id: roomId });
    expect(detail.data!.liveRoom!.seats.map((s) => s.userId ?? null)).toEqual(['amy', null, null, null]);
  });
});
