import { callbackSign, checkSign } from '../../src/callbacks/signature';
import { effectOf } from '../../src/callbacks/events';
import { callbacksOf } from '../../src/wire/callbacks';

describe('callback signature', () => {
  it('matches the documented test vector (spec §10)', () => {
    expect(callbackSign('xxxxyyyy', '1669872112')).toBe('17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061');
  });

  it('accepts a fresh, correct Sign', () => {
    expect(checkSign('xxxxyyyy', '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061', '1669872112', 1669872112 + 30)).toEqual({ ok: true });
  });

  it.each([
    ['a missing Sign', null, '1669872112', 1669872112],
    ['a wrong Sign', 'ab'.repeat(32), '1669872112', 1669872112],
    ['a Sign of the wrong length', 'abc', '1669872112', 1669872112],
    ['a RequestTime over a minute old', callbackSign('xxxxyyyy', '1669872112'), '1669872112', 1669872112 + 61],
    ['a RequestTime over a minute ahead', callbackSign('xxxxyyyy', '1669872112'), '1669872112', 1669872112 - 61],
    ['a RequestTime that is not a number', callbackSign('xxxxyyyy', 'soon'), 'soon', 1669872112],
  ])('rejects %s without echoing the token or the expected Sign', (_what, sign, time, now) => {
    const r = checkSign('xxxxyyyy', sign, time, now);
    expect(r.ok).toBe(false);
    const text = JSON.stringify(r);
    expect(text).not.toContain('xxxxyyyy');
    expect(text).not.toContain(callbackSign('xxxxyyyy', String(time)));
  });
});

describe('callback effects', () => {
  const conference = new Set(callbacksOf('conference'));
  const effect = (command: string, body: Record<string, unknown>) => effectOf(conference, command, body);

  it('maps each Conference callback onto the resources it changed', () => {
    expect(effect('Room.CallbackAfterMemberEnter', { RoomId: 'r1' })).toEqual({
      command: 'Room.CallbackAfterMemberEnter', roomIds: ['r1'], resources: ['room', 'members'], body: { RoomId: 'r1' },
    });
    expect(effect('Mic.CallbackAfterSeatInfoChanged', { RoomId: 'r1' })).toMatchObject({ roomIds: ['r1'], resources: ['seats'] });
    expect(effect('Room.CallbackAfterCreateRoom', { RoomInfo: { RoomId: 'r2' } })!.roomIds).toEqual(['r2']);
  });

  it('reads an alias as its canonical callback', () => {
    expect(effect('Room.CallbackUpdateRoomInfo', { RoomInfo: { RoomId: 'r3' } })).toEqual({
      command: 'Room.CallbackAfterUpdateRoomInfo', roomIds: ['r3'], resources: ['room'], body: { RoomInfo: { RoomId: 'r3' } },
    });
  });

  it('ignores unknown commands, callbacks of products not served, and bodies without a room id', () => {
    expect(effect('Live.CallbackAfterCreateRoom', { RoomId: 'x' })).toBeUndefined();
    expect(effect('__proto__', { RoomId: 'x' })).toBeUndefined();
    expect(effectOf(new Set(), 'Room.CallbackAfterMemberEnter', { RoomId: 'x' })).toBeUndefined();
    expect(effect('Room.CallbackAfterMemberLeave', {})).toBeUndefined();
  });
});
