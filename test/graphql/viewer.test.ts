/** `viewer`: who the bearer token names and whether they may run mutations, with no call to Tencent. */
import { ViewerDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_ADMINS: 'erin' });
});
afterAll(() => t.close());

describe('viewer', () => {
  it.each([
    ['the Tencent admin account', () => t.adminToken, () => t.gw.config.tencent.adminId, true],
    ['a user listed in ROOMGRAPH_ADMINS', () => t.userToken('erin'), () => 'erin', true],
    ['any other verified user', () => t.userToken('bob'), () => 'bob', false],
  ])('answers the user id and isAdmin for %s, without calling Tencent', async (_who, token, userId, isAdmin) => {
    await t.emulator.resetCalls();
    const r = await t.exec(ViewerDocument, {}, token());
    expect(r.errors).toBeUndefined();
    expect(r.data!.viewer).toEqual({ userId: userId(), isAdmin });
    expect(await t.emulator.calls()).toEqual({});
  });

  it('answers UNAUTHENTICATED without a token, as every operation does', async () => {
    const r = await t.exec(ViewerDocument, {}, null);
    expect(r.status).toBe(401);
    expect(r.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('agrees with what the caller may do: a non-admin\'s mutation answers FORBIDDEN', async () => {
    const bob = t.userToken('bob');
    expect((await t.exec(ViewerDocument, {}, bob)).data!.viewer.isAdmin).toBe(false);
    const m = await t.raw('mutation { destroyRoom(id: "nope") }', {}, bob);
    expect(m.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
