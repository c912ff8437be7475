import { startLive, type Json, type Live } from './live-helpers';

let t: Live;
beforeAll(async () => {
  t = await startLive();
});
afterAll(() => t.close());

// The 1/s gift commands: the emulated clock moves a second before each call, so only the
// rate-limit tests see a second call within one second.
const ok = (cmd: string, body: Json = {}): Promise<Json> => {
  t.tick(1000);
  return t.ok(cmd, body);
};
const fails = (cmd: string, body: Json, code: number): Promise<Json> => {
  t.tick(1000);
  return t.fails(cmd, body, code);
};
const full = async (cmd: string, body: Json): Promise<Json> => {
  t.tick(1000);
  return t.rest(cmd, body);
};

const ROSE = {
  GiftId: 'rose', IconUrl: 'https://x/rose.png', ResourceUrl: 'https://x/rose.mp4', Coins: 10, Level: 1,
  ExtensionInfo: '{"key": "value"}', DefaultName: 'Rose', DefaultDesc: 'A rose',
};

describe('gifts', () => {
  it('adds a gift and reads it back, with its data both in Response and at the top level (D1)', async () => {
    await ok('add_gift', ROSE);
    const env = await full('get_gift', { GiftId: 'rose' });
    expect(env.ErrorCode).toBe(0);
    expect(env.GiftInfo).toEqual(ROSE);
    expect(env.Response).toEqual({ GiftInfo: ROSE });
  });

  it('applies the defaults: Level 0, empty strings for the optional fields', async () => {
    await ok('add_gift', { GiftId: 'plain', Coins: 0, DefaultName: '' });
    expect((await ok('get_gift', { GiftId: 'plain' })).GiftInfo).toEqual({
      GiftId: 'plain', IconUrl: '', ResourceUrl: '', Coins: 0, Level: 0, ExtensionInfo: '', DefaultName: '', DefaultDesc: '',
    });
  });

  it('edits only the fields given, and deletes a gift', async () => {
    await ok('edit_gift', { GiftId: 'plain', Coins: 7, DefaultDesc: 'now with desc' });
    expect((await ok('get_gift', { GiftId: 'plain' })).GiftInfo).toMatchObject({ Coins: 7, DefaultDesc: 'now with desc', DefaultName: '' });
    await ok('del_gift', { GiftId: 'plain' });
    await fails('get_gift', { GiftId: 'plain' }, 100004);
  });

  it('answers 100003 for a GiftId that exists and 100004 for one that does not', async () => {
    await fails('add_gift', ROSE, 100003);
    await fails('edit_gift', { GiftId: 'ghost', Coins: 1 }, 100004);
    await fails('del_gift', { GiftId: 'ghost' }, 100004);
    await fails('get_gift', { GiftId: 'ghost' }, 100004);
  });

  it.each([
    [{ Coins: 1, DefaultName: 'n' }, /GiftId is required/],
    [{ GiftId: 'g'.repeat(21), Coins: 1, DefaultName: 'n' }, /GiftId must be at most 20 bytes/],
    [{ GiftId: 'g', DefaultName: 'n' }, /Coins is required/],
    [{ GiftId: 'g', Coins: -1, DefaultName: 'n' }, /Coins must be at least 0/],
    [{ GiftId: 'g', Coins: 1 }, /DefaultName is required/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n'.repeat(21) }, /DefaultName must be at most 20 bytes/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n', DefaultDesc: 'd'.repeat(21) }, /DefaultDesc must be at most 20 bytes/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n', IconUrl: 'u'.repeat(201) }, /IconUrl must be at most 200 bytes/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n', ResourceUrl: 'u'.repeat(201) }, /ResourceUrl must be at most 200 bytes/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n', ExtensionInfo: 'not json' }, /ExtensionInfo must be a JSON string/],
    [{ GiftId: 'g', Coins: 1, DefaultName: 'n', ExtensionInfo: `"${'x'.repeat(99)}"` }, /ExtensionInfo must be at most 100 bytes/],
  ])('answers 100002 naming the field for add_gift %j', async (body, message) => {
    expect((await fails('add_gift', body, 100002)).ErrorInfo).toMatch(message);
  });

  it('holds at most 16 gifts', async () => {
    const existing = (await ok('get_gift_info_list')).TotalCount as number;
    for (let i = existing; i < 16; i++) await ok('add_gift', { GiftId: `filler${i}`, Coins: 1, DefaultName: 'f' });
    expect((await fails('add_gift', { GiftId: 'seventeenth', Coins: 1, DefaultName: 'f' }, 100002)).ErrorInfo).toMatch(/at most 16 gifts/);
    for (let i = existing; i < 16; i++) await ok('del_gift', { GiftId: `filler${i}` });
  });
});

describe('gift languages', () => {
  it('sets, reads (top level and Response), updates and deletes a language entry', async () => {
    await ok('set_gift_language', { GiftId: 'rose', Language: 'zh-Hans', Name: '玫瑰', Desc: '一朵玫瑰' });
    const env = await full('get_gift_language', { GiftId: 'rose', Language: 'zh-Hans' });
    expect(env.GiftInfo).toEqual({ Name: '玫瑰', Desc: '一朵玫瑰' });
    expect(env.Response).toEqual({ GiftInfo: { Name: '玫瑰', Desc: '一朵玫瑰' } });
    await ok('set_gift_language', { GiftId: 'rose', Language: 'zh-Hans', Desc: '红玫瑰' });
    expect((await ok('get_gift_language', { GiftId: 'rose', Language: 'zh-Hans' })).GiftInfo).toEqual({ Name: '玫瑰', Desc: '红玫瑰' });
    await ok('del_gift_language', { GiftId: 'rose', Language: 'zh-Hans' });
    await fails('get_gift_language', { GiftId: 'rose', Language: 'zh-Hans' }, 100004);
  });

  it('requires Name the first time, a documented Language, and an existing gift', async () => {
    expect((await fails('set_gift_language', { GiftId: 'rose', Language: 'en', Desc: 'd' }, 100002)).ErrorInfo).toMatch(/Name is required the first time/);
    expect((await fails('set_gift_language', { GiftId: 'rose', Language: 'fr', Name: 'n' }, 100002)).ErrorInfo).toMatch(/Language must be one of "en", "zh-Hans", "zh-Hant"/);
    await fails('set_gift_language', { GiftId: 'rose', Language: 'en', Name: 'n'.repeat(21) }, 100002);
    await fails('set_gift_language', { GiftId: 'ghost', Language: 'en', Name: 'n' }, 100004);
    await fails('del_gift_language', { GiftId: 'rose', Language: 'zh-Hant' }, 100004);
  });
});

describe('gift categories', () => {
  const POPULAR = { CategoryId: 'popular', ExtensionInfo: '{"k":1}', DefaultName: 'Popular', DefaultDesc: 'Everyone likes these' };

  it('adds a category and reads it back at the top level and in Response', async () => {
    await ok('add_gift_category', POPULAR);
    const env = await full('get_gift_category', { CategoryId: 'popular' });
    expect(env.GiftCategoryInfo).toEqual(POPULAR);
    expect(env.Response).toEqual({ GiftCategoryInfo: POPULAR });
  });

  it('edits, and holds at most 3 categories; 100003 for one that exists, 100004 for one that does not', async () => {
    await ok('edit_gift_category', { CategoryId: 'popular', DefaultName: 'Hot', DefaultDesc: 'd' });
    expect((await ok('get_gift_category', { CategoryId: 'popular' })).GiftCategoryInfo).toMatchObject({ DefaultName: 'Hot', DefaultDesc: 'd' });
    await fails('add_gift_category', POPULAR, 100003);
    await ok('add_gift_category', { CategoryId: 'two', DefaultName: 'Two' });
    await ok('add_gift_category', { CategoryId: 'three', DefaultName: 'Three' });
    expect((await fails('add_gift_category', { CategoryId: 'four', DefaultName: 'Four' }, 100002)).ErrorInfo).toMatch(/at most 3 gift categories/);
    await ok('del_gift_category', { CategoryId: 'three' });
    await fails('get_gift_category', { CategoryId: 'three' }, 100004);
    await fails('edit_gift_category', { CategoryId: 'three', DefaultName: 'x' }, 100004);
    await fails('del_gift_category', { CategoryId: 'three' }, 100004);
  });

  it.each([
    [{ DefaultName: 'n' }, /CategoryId is required/],
    [{ CategoryId: 'c'.repeat(21), DefaultName: 'n' }, /CategoryId must be at most 20 bytes/],
    [{ CategoryId: 'c' }, /DefaultName is required/],
    [{ CategoryId: 'c', DefaultName: 'n', DefaultDesc: 'd'.repeat(61) }, /DefaultDesc must be at most 60 bytes/],
    [{ CategoryId: 'c', DefaultName: 'n', ExtensionInfo: 'e'.repeat(101) }, /ExtensionInfo must be at most 100 bytes/],
  ])('answers 100002 naming the field for add_gift_category %j', async (body, message) => {
    expect((await fails('add_gift_category', body, 100002)).ErrorInfo).toMatch(message);
  });

  it('sets, reads and deletes a category language entry', async () => {
    await ok('set_gift_category_language', { CategoryId: 'popular', Language: 'en', CategoryName: 'Popular', CategoryDesc: 'Top' });
    const env = await full('get_gift_category_language', { CategoryId: 'popular', Language: 'en' });
    expect(env.CategoryInfo).toEqual({ CategoryName: 'Popular', CategoryDesc: 'Top' });
    expect(env.Response).toEqual({ CategoryInfo: { CategoryName: 'Popular', CategoryDesc: 'Top' } });
    await fails('set_gift_category_language', { CategoryId: 'popular', Language: 'zh-Hant' }, 100002);
    await ok('del_gift_category_language', { CategoryId: 'popular', Language: 'en' });
    await fails('get_gift_category_language', { CategoryId: 'popular', Language: 'en' }, 100004);
  });

  it('puts existing gifts in a category and takes them out', async () => {
    await ok('add_gift', { GiftId: 'heart', Coins: 5, DefaultName: 'Heart' });
    await ok('add_gift_category_relations', { CategoryId: 'popular', GiftIdList: ['rose', 'heart', 'rose'] });
    await ok('add_gift_category_relations', { CategoryId: 'two', GiftIdList: ['rose'] });
    expect((await fails('add_gift_category_relations', { CategoryId: 'popular', GiftIdList: ['ghost'] }, 100004)).ErrorInfo).toMatch(/gift 'ghost'/);
    await fails('add_gift_category_relations', { CategoryId: 'ghost', GiftIdList: ['rose'] }, 100004);
    await fails('add_gift_category_relations', { CategoryId: 'popular', GiftIdList: [] }, 100002);
    await ok('del_gift_category_relations', { CategoryId: 'two', GiftIdList: ['rose'] });
    const list = await ok('get_gift_info_list');
    expect(list.CategoryList.map((c: Json) => [c.CategoryId, c.GiftIdList])).toEqual([['popular', ['rose', 'heart']], ['two', []]]);
  });
});

describe('get_gift_info_list', () => {
  it('lists gifts with Name / Desc / LanguageList and categories with their gifts and languages (§7.10)', async () => {
    await ok('set_gift_language', { GiftId: 'rose', Language: 'en', Name: 'Rose', Desc: 'Red' });
    await ok('set_gift_category_language', { CategoryId: 'popular', Language: 'zh-Hans', CategoryName: '热门' });
    const list = await ok('get_gift_info_list');
    expect(list.TotalCount).toBe(2);
    expect(list.GiftList[0]).toEqual({
      GiftId: 'rose', Name: 'Rose', Desc: 'A rose', IconUrl: ROSE.IconUrl, Coins: 10, ResourceUrl: ROSE.ResourceUrl, Level: 1,
      ExtensionInfo: ROSE.ExtensionInfo, CreateTime: expect.any(Number), LanguageList: [{ Name: 'Rose', Desc: 'Red', Language: 'en' }],
    });
    expect(list.CategoryList[0]).toEqual({
      CategoryId: 'popular', CategoryName: 'Hot', CategoryDesc: 'd', ExtensionInfo: '{"k":1}', GiftIdList: ['rose', 'heart'],
      LanguageList: [{ CategoryName: '热门', CategoryDesc: '', Language: 'zh-Hans' }],
    });
  });

  it('takes a deleted gift out of its categories', async () => {
    await ok('del_gift', { GiftId: 'heart' });
    const list = await ok('get_gift_info_list');
    expect(list.CategoryList[0].GiftIdList).toEqual(['rose']);
  });
});

describe('gift rate limits (D4)', () => {
  it.each([
    ['get_gift', { GiftId: 'rose' }],
    ['get_gift_language', { GiftId: 'rose', Language: 'en' }],
    ['get_gift_category', { CategoryId: 'popular' }],
    ['get_gift_category_language', { CategoryId: 'popular', Language: 'zh-Hans' }],
    ['add_gift', { GiftId: 'rose', Coins: 1, DefaultName: 'n' }],
    ['set_gift_language', { GiftId: 'rose', Language: 'en', Name: 'n' }],
    ['add_gift_category', { CategoryId: 'popular', DefaultName: 'n' }],
  ])('answers 100012, not 60007, to a second %s within a second', async (cmd, body) => {
    t.tick(1000);
    await t.rest(cmd, body);
    const env = await t.fails(cmd, body, 100012);
    expect(env.ErrorInfo).toMatch(/limited to 1 calls per second/);
    t.tick(1000);
    expect((await t.rest(cmd, body)).ErrorCode).not.toBe(100012);
  });

  it('does not limit the gift commands whose limit is undocumented', async () => {
    t.tick(1000);
    const codes = await Promise.all(Array.from({ length: 5 }, () => t.rest('get_gift_info_list', {}).then((e) => e.ErrorCode)));
    expect(codes).toEqual([0, 0, 0, 0, 0]);
  });
});
