/**
 * The query limits cost linear time in the document: fragment chains that would expand
 * exponentially are answered (rejected by a limit or by validation) at once and do not block the
 * process. The bounds are generous on purpose; speed goals live in bench/.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_MAX_BODY_BYTES: String(2 * 1_048_576) });
});
afterAll(() => t.close());

/** `count` fragments on Room, each spreading the next twice (2^count expansions if walked naively). */
function doublingChain(count: number): string {
  const frags = Array.from({ length: count }, (_, i) =>
    i === count - 1 ? `fragment F${i} on Room { id }` : `fragment F${i} on Room { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query { room(id: "x") { ...F0 } }\n${frags.join('\n')}`;
}

async function timed(query: string) {
  const started = performance.now();
  const r = await t.raw(query);
  return { r, ms: performance.now() - started };
}

describe('query limits cost linear time', () => {
  it('answers a 22-fragment document whose fragments each spread the next twice in well under a second', async () => {
    const doc = doublingChain(22);
    expect(doc.length).toBeLessThan(1500);
    const { r, ms } = await timed(doc);
    expect(ms).toBeLessThan(2000);
    expect(r.status).toBeLessThan(500);
  });

  it('answers a ~1 MB document of nested fragment spreads quickly', async () => {
    // 100 layers of 200 fragments; each spreads three of the next layer: 3^100 paths if walked
    // naively, one visit per fragment with memoised depths.
    const layers = 100;
    const width = 200;
    const frags: string[] = [];
    for (let l = 0; l < layers; l++) {
      for (let w = 0; w < width; w++) {
        const next = l === layers - 1 ? '' : [0, 1, 2].map((k) => ` ...L${l + 1}_${(w + k) % width}`).join('');
        frags.push(`fragment L${l}_${w} on Room { id${next} }`);
      }
    }
    const spreads = Array.from({ length: width }, (_, w) => `...L0_${w}`).join(' ');
    const doc = `query { room(id: "x") { ${spreads} } }\n${frags.join('\n')}`;
    expect(doc.length).toBeGreaterThan(900_000);
    const { r, ms } = await timed(doc);
    expect(ms).toBeLessThan(2000);
    expect(r.status).toBeLessThan(500);
  });

  it('counts aliases through fragments: 16 aliases spread twice are more than the default 30', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const r = await t.raw(`query { room(id: "x") { ...A ... on Room { ...A } } }\nfragment A on Room { ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.map((e) => e.message)).toContain('Query uses more than 30 aliases');
  });

  it('counts aliases of introspection fields, though not their depth', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ');
    const r = await t.raw(`query { ${aliases} }`);
    expect(r.errors?.map((e) => e.message)).toEqual(['Query uses more than 30 aliases']);
  });

  it('does not loop on a fragment cycle, which validation reports', async () => {
    const { r, ms } = await timed('query { room(id: "x") { ...A } }\nfragment A on Room { ...B }\nfragment B on Room { ...A }');
    expect(ms).toBeLessThan(2000);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
