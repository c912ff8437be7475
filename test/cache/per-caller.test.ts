/**
 * A read shared by concurrent requests (single flight) does not pass one request's own refusal —
 * its upstream budget or fair share ran out — on to the others: they read for themselves.
 */
import { ReadThrough } from '../../src/cache/read-through';
import { createSharedCache } from '../../src/cache/shared-cache';
import { budgetExceeded } from '../../src/graphql/budget';

const cache = createSharedCache({ ttlMs: 5000, namespace: `per-caller-${process.pid}` });
afterAll(() => cache.close());

it.each([
  ['a map entry (a member chunk)', (rt: ReadThrough, f: () => Promise<string>) => rt.getEntry('k1', 'chunk', f)],
  ['a plain entry (room info)', async (rt: ReadThrough, f: () => Promise<string>) => {
    const [v] = await rt.getMany(['k2'], f);
    if (v instanceof Error) throw v;
    return v;
  }],
])('%s: the joiner reads again after the first caller\'s own refusal, and shares anything else', async (_what, read) => {
  const rt = new ReadThrough(cache, 5000);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const refused = read(rt, async () => {
    await gate;
    throw budgetExceeded(1);
  });
  let joinerFetches = 0;
  const joined = read(rt, async () => {
    joinerFetches += 1;
    return 'fresh';
  });
  release();
  await expect(refused).rejects.toMatchObject({ extensions: { code: 'QUERY_TOO_EXPENSIVE' } });
  await expect(joined).resolves.toBe('fresh');
  expect(joinerFetches).toBe(1);
});

it('shares an upstream failure with the joiner (one call, one answer)', async () => {
  const rt = new ReadThrough(cache, 5000);
  let calls = 0;
  const failing = async (): Promise<string> => {
    calls += 1;
    await new Promise((r) => setTimeout(r, 10));
    throw new Error('Tencent said no');
  };
  const results = await Promise.allSettled([rt.getEntry('k3', 'c', failing), rt.getEntry('k3', 'c', failing)]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(calls).toBe(1);
});
