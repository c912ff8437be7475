/**
 * roomgraph is a Federation 2 subgraph: `_service { sdl }` answers the SDL schema/schema.graphql
 * holds, linking the federation spec and keying `Room`, `LiveRoom` and `User` by `id`; and it
 * composes into a supergraph.
 */
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { FEDERATION_URL } from '../../src/federation';
import { printGatewaySchema } from '../../src/server/schema';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  await t?.close();
});

/** The directives on a type's definition line of an SDL, e.g. `@key(fields: "id")`. */
function keysOf(sdl: string, type: string): string[] {
  const def = parse(sdl).definitions.find((d) => 'name' in d && d.name?.value === type);
  if (!def || !('directives' in def)) return [];
  return (def.directives ?? []).map((d) => `@${d.name.value}(${d.arguments!.map((a) => `${a.name.value}: ${JSON.stringify((a.value as { value: string }).value)}`).join(', ')})`);
}

describe('_service', () => {
  it('answers the subgraph SDL: @link to Federation 2 and @key(fields: "id") on Room, LiveRoom and User', async () => {
    const r = await t.raw<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(r.errors).toBeUndefined();
    const sdl = r.data!._service.sdl;
    expect(FEDERATION_URL).toMatch(/^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/);
    expect(sdl).toContain(`extend schema\n  @link(url: "${FEDERATION_URL}", import: ["@key"])`);
    for (const type of ['Room', 'LiveRoom', 'User']) expect(keysOf(sdl, type)).toEqual(['@key(fields: "id")']);
    expect(sdl).toMatch(/type Member \{[^}]*\n  user: User!\n/);
    expect(sdl).toMatch(/type LiveMember \{[^}]*\n  user: User!\n/);
  });

  it('answers the subgraph schema/schema.graphql holds (with the federation definitions spelled out)', async () => {
    const r = await t.raw<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const served = printSubgraphSchema(buildSubgraphSchema(parse(r.data!._service.sdl)));
    expect(served.trimEnd() + '\n').toBe(printGatewaySchema());
  });

  it('adds a federated trace (ftv1) to an answer only when a router asks for one', async () => {
    const ask = async (headers: Record<string, string>) => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}`, ...headers },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      return ((await res.json()) as { extensions?: { ftv1?: string } }).extensions?.ftv1;
    };
    expect(await ask({ 'apollo-federation-include-trace': 'ftv1' })).toEqual(expect.any(String));
    expect(await ask({})).toBeUndefined();
  });

  it('needs a token, as every query does', async () => {
    const r = await t.raw('{ _service { sdl } }', {}, null);
    expect(r.status).toBe(401);
    expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('composition', () => {
  it('composes schema/schema.graphql with a subgraph that adds profile fields to User', () => {
    const users = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type User @key(fields: "id") { id: ID! displayName: String! }
      type Query { me: User }
    `);
    const result = composeServices([
      { name: 'roomgraph', url: 'http://roomgraph.invalid/graphql', typeDefs: parse(printGatewaySchema()) },
      { name: 'users', url: 'http://users.invalid/graphql', typeDefs: users },
    ]);
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    expect(result.supergraphSdl).toMatch(/type User\s[^{]*@join__type\(graph: ROOMGRAPH, key: "id"\)/);
  });
});
