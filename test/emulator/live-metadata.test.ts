import { startLive, type Live } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

const set = (roomId: string, entries: [string, string][]) =>
  t.ok('set_room_metadata', { RoomId: roomId, Metadata: entries.map(([Key, Value]) => ({ Key, Value })) });
const get = async (roomId: string, keys: string[] = []) => (await t.ok('get_room_metadata', { RoomId: roomId, Keys: keys })).Metadata;

describe('room metadata', () => {
  it('upserts keys, answers all of them for an empty Keys list and only the known ones asked for', async () => {
    await t.room('md-room');
    await set('md-room', [['k1', 'v1'], ['k2', 'v2']]);
    await set('md-room', [['k2', 'v2b'], ['k3', '']]);
    expect(await get('md-room')).toEqual([{ Key: 'k1', Value: 'v1' }, { Key: 'k2', Value: 'v2b' }, { Key: 'k3', Value: '' }]);
    expect(await get('md-room', ['k3', 'nope', 'k1'])).toEqual([{ Key: 'k3', Value: '' }, { Key: 'k1', Value: 'v1' }]);
  });

  it('deletes keys, ignoring ones that do not exist', async () => {
    await t.room('md-del');
    await set('md-del', [['a', '1'], ['b', '2']]);
    await t.ok('del_room_metadata', { RoomId: 'md-del', Keys: ['a', 'zzz'] });
    expect(await get('md-del')).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('allows 10 keys but not 11, as a whole call', async () => {
    await t.room('md-keys');
    await set('md-keys', Array.from({ length: 9 }, (_, i): [string, string] => [`k${i}`, 'v']));
    const env = await t.fails('set_room_metadata', { RoomId: 'md-keys', Metadata: [{ Key: 'x', Value: '1' }, { Key: 'y', Value: '2' }] }, 100002);
    expect(env.ErrorInfo).toMatch(/at most 10 metadata keys; this call would make 11/);
    expect(await get('md-keys')).toHaveLength(9);
    await set('md-keys', [['k0', 'changed'], ['x', '1']]);
    expect(await get('md-keys')).toHaveLength(10);
  });

  it('limits a key to 50 bytes, a value to 2 KB and all values to 16 KB', async () => {
    await t.room('md-size');
    const entry = (Key: string, Value: string) => ({ RoomId: 'md-size', Metadata: [{ Key, Value }] });
    expect((await t.fails('set_room_metadata', entry('k'.repeat(51), 'v'), 100002)).ErrorInfo).toMatch(/Metadata\[0\].Key must be at most 50 bytes/);
    expect((await t.fails('set_room_metadata', entry('k', 'v'.repeat(2049)), 100002)).ErrorInfo).toMatch(/Metadata\[0\].Value must be at most 2048 bytes/);
    await set('md-size', Array.from({ length: 8 }, (_, i): [string, string] => [`k${i}`, 'v'.repeat(2048)]));
    expect((await t.fails('set_room_metadata', entry('extra', 'v'), 100002)).ErrorInfo).toMatch(/all metadata values together may hold at most 16384 bytes/);
    await set('md-size', [['k0', '']]);
    await set('md-size', [['extra', 'v']]);
  });

  it('answers 100002 naming Keys, Metadata or Key, and 100004 for no room', async () => {
    await t.room('md-bad');
    expect((await t.fails('get_room_metadata', { RoomId: 'md-bad' }, 100002)).ErrorInfo).toMatch(/Keys is required/);
    expect((await t.fails('set_room_metadata', { RoomId: 'md-bad', Metadata: [] }, 100002)).ErrorInfo).toMatch(/Metadata must not be empty/);
    expect((await t.fails('set_room_metadata', { RoomId: 'md-bad', Metadata: [{ Value: 'v' }] }, 100002)).ErrorInfo).toMatch(/Metadata\[0\].Key is required/);
    expect((await t.fails('del_room_metadata', { RoomId: 'md-bad', Keys: [] }, 100002)).ErrorInfo).toMatch(/Keys must not be empty/);
    await t.fails('get_room_metadata', { RoomId: 'md-none', Keys: [] }, 100004);
    await t.fails('set_room_metadata', { RoomId: 'md-none', Metadata: [{ Key: 'k', Value: 'v' }] }, 100004);
  });
});
