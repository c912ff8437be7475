/**
 * The gift catalogue through GraphQL: gifts, categories, translations and relations. Most gift
 * commands allow 1 call/s upstream, so the gateway spaces them out (a test here may wait a second)
 * and shares every read through the cache; mutations answer from the catalogue, never get_gift.
 */
import {
  AddGiftsToCategoryDocument, CreateGiftCategoryDocument, CreateGiftDocument, DeleteGiftCategoryDocument, DeleteGiftCategoryLanguageDocument,
  DeleteGiftDocument, DeleteGiftLanguageDocument, GiftCategoryDetailsDocument, GiftDetailsDocument, GiftPanelDocument,
  RemoveGiftsFromCategoryDocument, SetGiftCategoryLanguageDocument, SetGiftLanguageDocument, UpdateGiftCategoryDocument, UpdateGiftDocument,
} from '../generated/operations';
import { onlyError, startTestGateway, type GqlResult, type TestGateway } from '../helpers/gateway';
import { expectBadInput, withoutUpstream } from './helpers';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

let n = 0;
/** Gift and category ids are at most 20 bytes. */
const fresh = (prefix: string) => `${prefix}${process.pid % 10000}-${++n}`;

async function createGift(id: string, more: Record<string, unknown> = {}) {
  const r = await t.exec(CreateGiftDocument, { input: { id, name: 'Rose', coins: 10, ...more } });
  expect(r.errors).toBeUndefined();
  return r.data!.createGift;
}

async function createCategory(id: string) {
  const r = await t.exec(CreateGiftCategoryDocument, { input: { id, name: 'Flowers', description: 'Nice ones', extensionInfo: '{"tab":1}' } });
  expect(r.errors).toBeUndefined();
  return r.data!.createGiftCategory;
}

describe('gifts', () => {
  it('creates a gift and answers it as the catalogue lists it, without get_gift', async () => {
    const id = fresh('g');
    await t.emulator.resetCalls();
    const g = await createGift(id, {
      description: 'A red rose', iconUrl: 'https://x.test/i.png', resourceUrl: 'https://x.test/a.mp4', level: 2, extensionInfo: '{"fx":1}',
    });
    expect(g).toMatchObject({
      id, name: 'Rose', description: 'A red rose', iconUrl: 'https://x.test/i.png', resourceUrl: 'https://x.test/a.mp4', coins: 10, level: 2,
      extensionInfo: '{"fx":1}', languages: [],
    });
    expect(Math.abs(Date.parse(g.createdAt!) - Date.now())).toBeLessThan(5000);
    expect(await t.emulator.calls()).toEqual({ 'live_engine_http_srv/add_gift': 1, 'live_engine_http_srv/get_gift_info_list': 1 });
  });

  it('reads a gift by id, and null for one that does not exist', async () => {
    const id = fresh('g');
    await createGift(id);
    const r = await t.exec(GiftDetailsDocument, { id, language: 'EN' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.gift).toMatchObject({ id, name: 'Rose', coins: 10, localized: null, languages: [] });
    const missing = await t.exec(GiftDetailsDocument, { id: fresh('none'), language: 'EN' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.gift).toBeNull();
  });

  it('shares one upstream call among concurrent identical reads', async () => {
    const id = fresh('g');
    await createGift(id);
    await t.emulator.resetCalls();
    const results = await Promise.all(Array.from({ length: 10 }, () => t.exec(GiftDetailsDocument, { id, language: 'ZH_HANS' })));
    for (const r of results) expect(r.data!.gift!.id).toBe(id);
    expect(await t.emulator.calls()).toEqual({
      'live_engine_http_srv/get_gift': 1,
      'live_engine_http_srv/get_gift_language': 1,
    });
  });

  it('updates a gift, and sets, reads and deletes its translations', async () => {
    const id = fresh('g');
    await createGift(id);
    const u = await t.exec(UpdateGiftDocument, { input: { id, name: 'Red rose', coins: 20, level: 3 } });
    expect(u.errors).toBeUndefined();
    expect(u.data!.updateGift).toMatchObject({ id, name: 'Red rose', coins: 20, level: 3 });
    const s = await t.exec(SetGiftLanguageDocument, { input: { giftId: id, language: 'ZH_HANS', name: '玫瑰', description: '红色' } });
    expect(s.errors).toBeUndefined();
    expect(s.data!.setGiftLanguage.languages).toEqual([{ language: 'ZH_HANS', name: '玫瑰', description: '红色' }]);
    const r = await t.exec(GiftDetailsDocument, { id, language: 'ZH_HANS' });
    expect(r.data!.gift!.localized).toEqual({ language: 'ZH_HANS', name: '玫瑰', description: '红色' });
    const d = await t.exec(DeleteGiftLanguageDocument, { input: { giftId: id, language: 'ZH_HANS' } });
    expect(d.data!.deleteGiftLanguage.languages).toEqual([]);
  });

  it('deletes a gift: it leaves the catalogue and reads as null', async () => {
    const id = fresh('g');
    await createGift(id);
    expect((await t.exec(DeleteGiftDocument, { id })).data!.deleteGift).toBe(id);
    const panel = await t.exec(GiftPanelDocument, {});
    expect(panel.data!.giftCatalogue.gifts.map((g) => g.id)).not.toContain(id);
    expect((await t.exec(GiftDetailsDocument, { id, language: 'EN' })).data!.gift).toBeNull();
  });

  it('answers CONFLICT (100003) for an id taken, NOT_FOUND (100004) for a gift that does not exist, BAD_USER_INPUT (100002) for a first translation without a name', async () => {
    const id = fresh('g');
    await createGift(id);
    expect(onlyError(await t.exec(CreateGiftDocument, { input: { id, name: 'Again', coins: 1 } })).extensions)
      .toMatchObject({ code: 'CONFLICT', tencent: { errorCode: 100003 } });
    expect(onlyError(await t.exec(UpdateGiftDocument, { input: { id: fresh('none'), name: 'x', coins: 1 } })).extensions)
      .toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    expect(onlyError(await t.exec(SetGiftLanguageDocument, { input: { giftId: id, language: 'EN', description: 'no name' } })).extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', tencent: { errorCode: 100002 } });
  });

  it.each([
    ['an id over 20 bytes', { id: 'g'.repeat(21) }, 'input.id'],
    ['a name over 20 bytes', { name: 'n'.repeat(21) }, 'input.name'],
    ['a description over 20 bytes', { description: 'd'.repeat(21) }, 'input.description'],
    ['an icon URL over 200 bytes', { iconUrl: 'i'.repeat(201) }, 'input.iconUrl'],
    ['negative coins', { coins: -1 }, 'input.coins'],
    ['a negative level', { level: -1 }, 'input.level'],
    ['extension info that is not JSON', { extensionInfo: '{oops' }, 'input.extensionInfo'],
    ['extension info over 100 bytes', { extensionInfo: JSON.stringify('x'.repeat(100)) }, 'input.extensionInfo'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, input, field) => {
    const base = { id: 'ok', name: 'Rose', coins: 1 };
    expectBadInput(await withoutUpstream(t, () => t.exec(CreateGiftDocument, { input: { ...base, ...input } })), field);
    expectBadInput(await withoutUpstream(t, () => t.exec(UpdateGiftDocument, { input: { ...base, ...input } })), field);
  });

  it('answers BAD_USER_INPUT before any upstream call for a translation name over 20 bytes, or a gift id over 20 bytes', async () => {
    expectBadInput(await withoutUpstream(t, () => t.exec(SetGiftLanguageDocument, { input: { giftId: 'g', language: 'EN', name: 'n'.repeat(21) } })), 'input.name');
    expectBadInput(await withoutUpstream(t, () => t.exec(DeleteGiftLanguageDocument, { input: { giftId: 'g'.repeat(21), language: 'EN' } })), 'input.giftId');
    expectBadInput(await withoutUpstream(t, () => t.exec(DeleteGiftDocument, { id: 'g'.repeat(21) })), 'id');
    expectBadInput(await withoutUpstream(t, () => t.exec(GiftDetailsDocument, { id: 'g'.repeat(21), language: 'EN' })), 'id');
  });
});

describe('gift categories', () => {
  it('creates, translates, fills, empties and deletes a category; its gifts stay in the catalogue', async () => {
    const giftA = fresh('g');
    const giftB = fresh('g');
    await createGift(giftA);
    await createGift(giftB, { name: 'Tulip' });
    const id = fresh('c');
    expect(await createCategory(id)).toMatchObject({ id, name: 'Flowers', description: 'Nice ones', extensionInfo: '{"tab":1}', gifts: [], languages: [] });
    const u = await t.exec(UpdateGiftCategoryDocument, { input: { id, name: 'Blooms', description: 'Nicer' } });
    expect(u.data!.updateGiftCategory).toMatchObject({ name: 'Blooms', description: 'Nicer' });
    const add = await t.exec(AddGiftsToCategoryDocument, { input: { categoryId: id, giftIds: [giftB, giftA] } });
    expect(add.data!.addGiftsToCategory.gifts.map((g) => g.id)).toEqual([giftB, giftA]);
    const s = await t.exec(SetGiftCategoryLanguageDocument, { input: { categoryId: id, language: 'ZH_HANT', name: '花', description: '漂亮' } });
    expect(s.data!.setGiftCategoryLanguage.languages).toEqual([{ language: 'ZH_HANT', name: '花', description: '漂亮' }]);
    const read = await t.exec(GiftCategoryDetailsDocument, { id, language: 'ZH_HANT' });
    expect(read.errors).toBeUndefined();
    expect(read.data!.giftCategory).toMatchObject({
      id, name: 'Blooms', gifts: [{ id: giftB }, { id: giftA }], localized: { language: 'ZH_HANT', name: '花', description: '漂亮' },
    });
    const dl = await t.exec(DeleteGiftCategoryLanguageDocument, { input: { categoryId: id, language: 'ZH_HANT' } });
    expect(dl.data!.deleteGiftCategoryLanguage.languages).toEqual([]);
    const rm = await t.exec(RemoveGiftsFromCategoryDocument, { input: { categoryId: id, giftIds: [giftB] } });
    expect(rm.data!.removeGiftsFromCategory.gifts.map((g) => g.id)).toEqual([giftA]);
    expect((await t.exec(DeleteGiftCategoryDocument, { id })).data!.deleteGiftCategory).toBe(id);
    const panel = (await t.exec(GiftPanelDocument, {})).data!.giftCatalogue;
    expect(panel.categories.map((c) => c.id)).not.toContain(id);
    expect(panel.gifts.map((g) => g.id)).toEqual(expect.arrayContaining([giftA, giftB]));
    expect((await t.exec(GiftCategoryDetailsDocument, { id, language: 'EN' })).data!.giftCategory).toBeNull();
  });

  it('answers NOT_FOUND (100004) for a relation to a gift that does not exist', async () => {
    const id = fresh('c');
    await createCategory(id);
    const e = onlyError(await t.exec(AddGiftsToCategoryDocument, { input: { categoryId: id, giftIds: [fresh('none')] } }));
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', tencent: { errorCode: 100004 } });
    await t.exec(DeleteGiftCategoryDocument, { id }); // at most 3 categories
  });

  it.each([
    ['an id over 20 bytes', CreateGiftCategoryDocument, { id: 'c'.repeat(21), name: 'n' }, 'input.id'],
    ['a description over 60 bytes', CreateGiftCategoryDocument, { id: 'c', name: 'n', description: 'd'.repeat(61) }, 'input.description'],
    ['extension info that is not JSON', CreateGiftCategoryDocument, { id: 'c', name: 'n', extensionInfo: 'nope' }, 'input.extensionInfo'],
    ['a name over 20 bytes', UpdateGiftCategoryDocument, { id: 'c', name: 'n'.repeat(21) }, 'input.name'],
    ['17 gifts', AddGiftsToCategoryDocument, { categoryId: 'c', giftIds: Array.from({ length: 17 }, (_, i) => `g${i}`) }, 'input.giftIds'],
    ['no gifts', RemoveGiftsFromCategoryDocument, { categoryId: 'c', giftIds: [] }, 'input.giftIds'],
    ['a gift id over 20 bytes', AddGiftsToCategoryDocument, { categoryId: 'c', giftIds: ['g', 'g'.repeat(21)] }, 'input.giftIds[1]'],
    ['a translation description over 60 bytes', SetGiftCategoryLanguageDocument, { categoryId: 'c', language: 'EN', description: 'd'.repeat(61) }, 'input.description'],
  ])('answers BAD_USER_INPUT for %s before any upstream call', async (_what, doc, input, field) => {
    expectBadInput(await withoutUpstream(t, () => t.exec(doc as typeof CreateGiftCategoryDocument, { input: input as never })), field);
  });
});

it('answers FORBIDDEN to a non-admin for catalogue mutations without calling Tencent, and lets anyone read the catalogue', async () => {
  const token = t.userToken('viewer1');
  const runs: (() => Promise<GqlResult<unknown>>)[] = [
    () => t.exec(CreateGiftDocument, { input: { id: 'g', name: 'n', coins: 1 } }, token),
    () => t.exec(DeleteGiftDocument, { id: 'g' }, token),
    () => t.exec(CreateGiftCategoryDocument, { input: { id: 'c', name: 'n' } }, token),
    () => t.exec(AddGiftsToCategoryDocument, { input: { categoryId: 'c', giftIds: ['g'] } }, token),
  ];
  for (const run of runs) expect(onlyError(await withoutUpstream(t, run)).extensions).toMatchObject({ code: 'FORBIDDEN' });
  const panel = await t.exec(GiftPanelDocument, {}, token);
  expect(panel.errors).toBeUndefined();
});
