/**
 * Callback bodies → subscription events, for what the emulator does not send: Tencent's other
 * spellings and values, and bodies missing fields.
 */
import { eventsOf } from '../../src/subscriptions/translate';
import { EventQueue } from '../../src/subscriptions/queue';

const NOW = Date.parse('2025-01-02T03:04:05.000Z');

describe('eventsOf', () => {
  it('reads a member who timed out as leaveReason EXPIRED, and an EventTime in seconds as seconds', () => {
    const [{ scope, event }] = eventsOf({
      command: 'Room.CallbackAfterMemberLeave', roomIds: ['r1'],
      body: { RoomId: 'r1', Type: 'Expired', MemberList_Account: ['u1'], MemberCount: 0, EventTime: 1735787045 },
    }, NOW);
    expect(scope).toBe('conference');
    expect(event).toMatchObject({ kind: 'MEMBER_LEFT', roomId: 'r1', leaveReason: 'EXPIRED', userIds: ['u1'], at: '2025-01-02T03:04:05.000Z' });
  });

  it('uses the time it heard of an event when Tencent gives none, and tolerates a body missing its payload', () => {
    const [{ event }] = eventsOf({ command: 'Mic.CallbackAfterSeatInfoChanged', roomIds: ['r2'], body: { RoomId: 'r2' } }, NOW);
    expect(event).toMatchObject({ kind: 'SEAT_INFO_CHANGED', at: '2025-01-02T03:04:05.000Z', seats: [], operatorId: null });
  });

  it('makes one event per room a battle names, for seat changes one both products see, and none for an unknown command', () => {
    const events = eventsOf({
      command: 'Live.CallbackAfterCreateBattle', roomIds: ['a', 'b'], body: { BattleId: 'x', FromRoomId: 'a', ToRoomIdList: ['b'] },
    }, NOW);
    expect(events.map((e) => [e.scope, e.event.roomId, e.event.battleRoomIds])).toEqual([['live', 'a', ['a', 'b']], ['live', 'b', ['a', 'b']]]);
    expect(eventsOf({ command: 'Mic.CallbackAfterSeatInfoChanged', roomIds: ['r'], body: {} }, NOW)[0].scope).toBe('both');
    expect(eventsOf({ command: 'Nope.Callback', roomIds: ['r'], body: {} }, NOW)).toEqual([]);
  });
});

describe('EventQueue', () => {
  it('hands events over in order, and fails with SLOW_CONSUMER, dropping the buffer, once more than its capacity waits', async () => {
    let ended = 0;
    const q = new EventQueue<number>(2, () => ended++);
    q.push(1);
    expect(await q.next()).toEqual({ value: 1, done: false });
    q.push(2);
    q.push(3);
    q.push(4);
    expect(ended).toBe(1);
    await expect(q.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
    expect(await q.next()).toEqual({ value: undefined, done: true });
    q.push(5);
    await q.return();
    expect(ended).toBe(1);
  });

  it('wakes a waiting consumer with the next event, or with done when the consumer stops', async () => {
    let ended = 0;
    const q = new EventQueue<string>(1, () => ended++);
    const waiting = q.next();
    q.push('a');
    expect(await waiting).toEqual({ value: 'a', done: false });
    const last = q.next();
    await q.return();
    expect(await last).toEqual({ value: undefined, done: true });
    expect(ended).toBe(1);
  });
});
