/**
 * The HTTP edge: every malformed, oversized or refused request gets a clear error with a stable
 * code, costs no upstream call, and leaves the gateway serving the next request.
 */
import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { CreateRoomDocument, RoomDetailsDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

const MAX_BODY = 2048;
const MAX_DEPTH = 5;
const MAX_ALIASES = 3;

let t: TestGateway;
const ROOM = `http-${process.pid}`;

beforeAll(async () => {
  t = await startTestGateway({
    ROOMGRAPH_MAX_BODY_BYTES: String(MAX_BODY),
    ROOMGRAPH_MAX_DEPTH: String(MAX_DEPTH),
    ROOMGRAPH_MAX_ALIASES: String(MAX_ALIASES),
  });
  const r = await t.exec(CreateRoomDocument, { input: { id: ROOM, name: 'HTTP edge' } });
  expect(r.errors).toBeUndefined();
});
afterAll(() => t.close());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** One raw request to the gateway; the admin token unless `auth: null`. */
async function send(
  init: { method?: string; body?: string; headers?: Record<string, string>; path?: string; auth?: string | null } = {},
): Promise<Answer> {
  const auth = init.auth === undefined ? t.adminToken : init.auth;
  const url = new URL(init.path ?? '/graphql', t.url);
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: {
      ...(init.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      ...(auth === null ? {} : { authorization: `Bearer ${auth}` }),
      ...init.headers,
    },
    body: init.body,
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const post = (query: string, variables?: Record<string, unknown>) => send({ body: JSON.stringify({ query, variables }) });

function onlyErrorOf(a: Answer) {
  expect(a.json?.errors).toHaveLength(1);
  return a.json.errors[0];
}

/** A chunked POST (no content-length), so the limit must be enforced while reading. */
function postChunked(chunks: string[]): Promise<{ status: number; text: string; connection: string | undefined }> {
  const url = new URL(t.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, connection: res.headers.connection }));
      },
    );
    // The server may answer and close before it has read everything we write.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

// Each test below sends one bad request; afterwards the gateway must still answer a normal query,
// and nothing must have reached Tencent.
beforeEach(() => t.emulator.resetCalls());
afterEach(async () => {
  const r = await t.exec(RoomDetailsDocument, { id: ROOM });
  expect(r.errors).toBeUndefined();
  expect(r.data!.room).toMatchObject({ id: ROOM, name: 'HTTP edge' });
});

async function expectNoUpstreamCall() {
  expect(await t.emulator.calls()).toEqual({});
}

describe('request bodies', () => {
  it('answers 400 GRAPHQL_PARSE_FAILED for a query that is not GraphQL', async () => {
    const a = await post('{ room(id: "x") { id ');
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(e.message).toMatch(/Syntax Error/);
    await expectNoUpstreamCall();
  });

  it('answers 400 BAD_REQUEST saying the body is not valid JSON', async () => {
    const a = await send({ body: '{"query": "{ room(id: \\"x\\") { id } }"' });
    expect(a.status).toBe(400);
    expect(a.headers.get('content-type')).toMatch(/application\/json/);
    const e = onlyErrorOf(a);
    expect(e).toEqual({ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    await expectNoUpstreamCall();
  });

  it('answers 400 BAD_REQUEST saying the body is empty, with an example of what to send', async () => {
    const a = await send({ body: '' });
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/body is empty.*"query"/);
  });

  it.each([
    ['without a query', '{"variables": {}}', /non-empty `query`/],
    ['that is a batch (an array)', '[{"query": "{ __typename }"}]', /batching disabled/],
    ['that is a JSON string', '"{ __typename }"', /POST body missing/],
    ['whose variables are a JSON-encoded string', '{"query": "{ __typename }", "variables": "{}"}', /should be provided as an object/],
  ])('answers 400 BAD_REQUEST for a JSON body %s', async (_what, body, message) => {
    const a = await send({ body });
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(message);
    await expectNoUpstreamCall();
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a body over ROOMGRAPH_MAX_BODY_BYTES and closes that connection', async () => {
    const query = `{ room(id: "${ROOM}") { id } }`;
    const body = JSON.stringify({ query, variables: { pad: 'x'.repeat(MAX_BODY) } });
    const a = await send({ body });
    expect(a.status).toBe(413);
    expect(a.headers.get('connection')).toBe('close');
    expect(onlyErrorOf(a)).toEqual({
      message: `Request body is larger than the limit of ${MAX_BODY} bytes`,
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
    await expectNoUpstreamCall();
  });

  it('answers 413 PAYLOAD_TOO_LARGE for a chunked body that grows past the limit while being read', async () => {
    const a = await postChunked(['{"query": "{ __typename }", "pad": "', 'y'.repeat(MAX_BODY), '"}']);
    expect(a.status).toBe(413);
    expect(a.connection).toBe('close');
    expect(JSON.parse(a.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a body just under the limit', async () => {
    const query = `{ room(id: "${ROOM}") { id } }`;
    const base = JSON.stringify({ query, variables: { pad: '' } }).length;
    const body = JSON.stringify({ query, variables: { pad: 'x'.repeat(MAX_BODY - base) } });
    expect(Buffer.byteLength(body)).toBe(MAX_BODY);
    const a = await send({ body });
    expect(a.status).toBe(200);
    expect(a.json.data.room.id).toBe(ROOM);
  });
});

describe('validation', () => {
  it('answers 400 GRAPHQL_VALIDATION_FAILED naming an unknown field', async () => {
    const a = await post(`{ room(id: "${ROOM}") { id colour } }`);
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toMatch(/Cannot query field "colour" on type "Room"/);
    await expectNoUpstreamCall();
  });

  it('answers 400 BAD_USER_INPUT naming a variable of the wrong type', async () => {
    const a = await post('query($id: ID!) { room(id: $id) { id } }', { id: { not: 'an id' } });
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/\$id/);
    await expectNoUpstreamCall();
  });

  it('answers 400 BAD_USER_INPUT for a missing required variable', async () => {
    const a = await post('query($id: ID!) { room(id: $id) { id } }', {});
    expect(a.status).toBe(400);
    expect(onlyErrorOf(a).extensions.code).toBe('BAD_USER_INPUT');
  });

  /** A query exactly `levels` deep: room › members › nodes › (seat › member)… › a leaf. */
  function nested(levels: number): string {
    const wrappers = Array.from({ length: levels - 4 }, (_, i) => (i % 2 === 0 ? 'seat' : 'member'));
    let selection = wrappers.at(-1) === 'seat' ? 'index' : 'userId';
    for (const w of wrappers.reverse()) selection = `${w} { ${selection} }`;
    return `{ room(id: "${ROOM}") { members { nodes { ${selection} } } } }`;
  }

  it(`answers GRAPHQL_VALIDATION_FAILED naming the depth limit of ${MAX_DEPTH} for a deeper query, without calling Tencent`, async () => {
    const a = await post(nested(MAX_DEPTH + 1));
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe(`Query is deeper than the limit of ${MAX_DEPTH} levels`);
    await expectNoUpstreamCall();
  });

  it('counts depth through fragments', async () => {
    const a = await post(`
      query { room(id: "${ROOM}") { ...M } }
      fragment M on Room { members { nodes { seat { member { seat { index } } } } } }`);
    expect(onlyErrorOf(a).message).toBe(`Query is deeper than the limit of ${MAX_DEPTH} levels`);
    await expectNoUpstreamCall();
  });

  it('runs a query exactly at the depth limit', async () => {
    const a = await post(nested(MAX_DEPTH));
    expect(a.json.errors).toBeUndefined();
    expect(a.json.data.room.members.nodes).toEqual([]);
  });

  it(`answers GRAPHQL_VALIDATION_FAILED naming the alias limit of ${MAX_ALIASES} for more aliases, without calling Tencent`, async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `r${i}: room(id: "${ROOM}") { id }`).join(' ');
    const a = await post(`{ ${fields} }`);
    expect(a.status).toBe(400);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toBe(`Query uses more than ${MAX_ALIASES} aliases`);
    await expectNoUpstreamCall();
  });

  it('runs a query with exactly the allowed number of aliases', async () => {
    const fields = Array.from({ length: MAX_ALIASES }, (_, i) => `r${i}: room(id: "${ROOM}") { id }`).join(' ');
    const a = await post(`{ ${fields} }`);
    expect(a.json.errors).toBeUndefined();
    expect(Object.keys(a.json.data)).toHaveLength(MAX_ALIASES);
  });

  it('answers the full introspection query, which the depth limit does not count', async () => {
    const a = await post(getIntrospectionQuery());
    expect(a.status).toBe(200);
    expect(a.json.errors).toBeUndefined();
    const names = a.json.data.__schema.types.map((ty: { name: string }) => ty.name);
    expect(names).toEqual(expect.arrayContaining(['Room', 'Member', 'Seat', 'Mutation']));
    await expectNoUpstreamCall();
  });
});

describe('routes and methods', () => {
  it('answers GET /healthz with 200 {status: "ok"} and no token', async () => {
    const a = await send({ method: 'GET', path: '/healthz', auth: null });
    expect(a.status).toBe(200);
    expect(a.json).toEqual({ status: 'ok' });
  });

  it('answers 404 NOT_FOUND for an unknown path, saying where GraphQL is served', async () => {
    const a = await send({ method: 'GET', path: '/nope?usersig=abc', auth: null });
    expect(a.status).toBe(404);
    const e = onlyErrorOf(a);
    expect(e.extensions.code).toBe('NOT_FOUND');
    expect(e.message).toBe('No route /nope; GraphQL is served at /graphql');
  });

  it('refuses a GET query without a preflight header as a potential CSRF', async () => {
    const query = encodeURIComponent(`{ room(id: "${ROOM}") { id } }`);
    const a = await send({ method: 'GET', path: `/graphql?query=${query}` });
    expect(a.status).toBe(400);
    expect(a.text).toMatch(/Cross-Site Request Forgery/);
    await expectNoUpstreamCall();
  });

  it('answers a GET query that carries apollo-require-preflight', async () => {
    const query = encodeURIComponent(`{ room(id: "${ROOM}") { id } }`);
    const a = await send({ method: 'GET', path: `/graphql?query=${query}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(a.status).toBe(200);
    expect(a.json.data.room.id).toBe(ROOM);
  });

  it('answers 405 for a method other than GET and POST', async () => {
    const a = await send({ method: 'PUT', body: '{"query": "{ __typename }"}' });
    expect(a.status).toBe(405);
    expect(onlyErrorOf(a).extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a form-encoded POST as a potential CSRF', async () => {
    const a = await send({ body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(a.status).toBe(400);
    expect(a.text).toMatch(/Cross-Site Request Forgery/);
  });
});
