/**
 * The request log line records the same error codes the client gets, so monitoring sees
 * RATE_LIMITED and UPSTREAM_* rather than INTERNAL_SERVER_ERROR for every upstream failure.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLogger } from '../../src/server/logger';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
const logLines: string[] = [];
const log = createLogger('debug', (line) => logLines.push(line));

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { log, upstream: { retries: 0, breaker: { failureThreshold: 1000 } } });
});
afterAll(() => t.close());
afterEach(() => t.emulator.clearFaults());

/** Runs `query` and answers the client's codes and the codes of the request's `graphql` log line. */
async function codes(query: string): Promise<{ client: string[]; logged: string[] }> {
  const before = logLines.length;
  const r = await t.raw(query);
  const line = logLines.slice(before).map((l) => JSON.parse(l)).find((l) => l.msg === 'graphql');
  expect(line).toBeDefined();
  return { client: (r.errors ?? []).map((e) => e.extensions?.code), logged: line.errors ?? [] };
}

const ROOM_QUERY = `query { room(id: "log-${process.pid}") { id name } }`;

describe('request log codes', () => {
  it.each([
    ['RATE_LIMITED', 'ErrorCode 100012', { errorCode: 100012 }],
    ['UPSTREAM_UNAVAILABLE', 'ErrorCode 100001', { errorCode: 100001 }],
    ['UPSTREAM_AUTH', 'ErrorCode 60010', { errorCode: 60010 }],
    ['UPSTREAM_ERROR', 'ErrorCode 60002', { errorCode: 60002 }],
    ['UPSTREAM_ERROR', 'a malformed 200 answer', { rawBody: JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', Response: { RoomInfo: 'x' } }) }],
  ])('logs %s, as the client gets it, for %s', async (code, _what, fault) => {
    await t.emulator.fault({ command: GET_ROOM, times: 10, ...fault });
    const { client, logged } = await codes(ROOM_QUERY);
    expect(client).toEqual([code]);
    expect(logged).toEqual([code]);
  });

  it('logs GRAPHQL_VALIDATION_FAILED for an unknown field, as the client gets it', async () => {
    const { client, logged } = await codes('query { room(id: "x") { noSuchField } }');
    expect(client).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(logged).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('logs no errors for a request that succeeds', async () => {
    const { logged } = await codes('query { __typename }');
    expect(logged).toEqual([]);
  });
});
