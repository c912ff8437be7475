import { startLive, type Live, type Json } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

// get_room_list is limited to 10 calls/s: the emulated clock moves 150 ms before each call.
const list = (body: Json): Promise<Json> => {
  t.tick(150);
  return t.ok('get_room_list', body);
};
const listFails = (body: Json, code: number): Promise<Json> => {
  t.tick(150);
  return t.fails('get_room_list', body, code);
};
let createTime = 0;

async function allPages(count: number): Promise<{ ids: string[][]; nexts: string[] }> {
  const ids: string[][] = [];
  const nexts: string[] = [];
  let next = '';
  do {
    const page = await list({ Next: next, Count: count });
    ids.push(page.RoomList.map((r: Json) => r.RoomId));
    next = page.Next;
    nexts.push(next);
  } while (next !== '');
  return { ids, nexts };
}

describe('live get_room_list', () => {
  beforeAll(async () => {
    createTime = t.nowS();
    // views: r-a 3, r-b 1, r-c 3, r-d 0, r-e 2; r-private 9 but hidden; a Conference room is never listed.
    const views: [string, number][] = [['r-a', 3], ['r-b', 1], ['r-c', 3], ['r-d', 0], ['r-e', 2]];
    for (const [id, n] of views) {
      await t.room(id, { RoomName: `name ${id}`, Owner_Account: `owner-${id}`, Category: [n], CoverURL: `https://x/${id}.png` });
      await t.enter(id, ...Array.from({ length: n }, (_, i) => `${id}-v${i}`));
    }
    await t.room('r-private', { IsPublicVisible: false });
    await t.enter('r-private', ...Array.from({ length: 9 }, (_, i) => `p${i}`));
    await t.ok('room_engine_http_srv/create_room', { RoomInfo: { RoomId: 'r-conference', RoomType: 'Conference' } });
  });

  it('lists public live rooms by ViewCount descending, ties by RoomId, in the §7.5 item form', async () => {
    const res = await list({ Next: '', Count: 20 });
    expect(res.Next).toBe('');
    expect(res.RoomList.map((r: Json) => [r.RoomId, r.ViewCount])).toEqual([['r-a', 3], ['r-c', 3], ['r-e', 2], ['r-b', 1], ['r-d', 0]]);
    expect(res.RoomList[0]).toEqual({
      RoomName: 'name r-a', RoomId: 'r-a', Owner_Account: 'owner-r-a', CoverURL: 'https://x/r-a.png', Category: [3],
      CreateTime: createTime, ActivityStatus: 0, ViewCount: 3,
    });
  });

  it('pages with an opaque Next cursor, "" at the end, including a page that ends exactly at the end', async () => {
    const two = await allPages(2);
    expect(two.ids).toEqual([['r-a', 'r-c'], ['r-e', 'r-b'], ['r-d']]);
    expect(two.nexts.slice(0, 2).every((n) => n !== '')).toBe(true);
    const five = await allPages(5);
    expect(five.ids).toEqual([['r-a', 'r-c', 'r-e', 'r-b', 'r-d']]);
  });

  it('shows a private room once it is made public, and hides it again', async () => {
    await t.ok('update_room_info', { RoomInfo: { RoomId: 'r-private', IsPublicVisible: true } });
    expect((await list({ Next: '', Count: 1 })).RoomList[0].RoomId).toBe('r-private');
    await t.ok('update_room_info', { RoomInfo: { RoomId: 'r-private', IsPublicVisible: false } });
    expect((await list({ Next: '', Count: 1 })).RoomList[0].RoomId).toBe('r-a');
  });

  it('answers 100002 naming Count or Next when either is missing or Count is outside 1..20', async () => {
    expect((await listFails({ Next: '' }, 100002)).ErrorInfo).toMatch(/Count is required/);
    expect((await listFails({ Count: 20 }, 100002)).ErrorInfo).toMatch(/Next is required/);
    expect((await listFails({ Next: '', Count: 21 }, 100002)).ErrorInfo).toMatch(/Count must be at most 20/);
    await listFails({ Next: '', Count: 0 }, 100002);
    expect((await listFails({ Next: 'garbage', Count: 5 }, 100002)).ErrorInfo).toMatch(/Next is not a cursor/);
  });

  it('answers 60007 past 10 calls in one second, and again after the second', async () => {
    t.tick(1000);
    const codes = await Promise.all(Array.from({ length: 12 }, () => t.rest('get_room_list', { Next: '', Count: 1 }).then((e) => e.ErrorCode)));
    expect(codes.filter((c) => c === 0)).toHaveLength(10);
    expect(codes.filter((c) => c === 60007)).toHaveLength(2);
    t.tick(1000);
    await list({ Next: '', Count: 1 });
  });
});
