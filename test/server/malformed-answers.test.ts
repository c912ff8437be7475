/**
 * A 200 answer whose room record is not a room (a string, an array, no RoomId) is an upstream
 * protocol error (UPSTREAM_ERROR), never a room with an empty id.
 */
import { startTestGateway, type TestGateway } from '../helpers/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' });
});
afterAll(() => t.close());
afterEach(() => t.emulator.clearFaults());

const ok = (response: unknown) =>
  JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', RequestId: 'Id-malformed', Response: response });

const PRODUCTS = [
  ['Conference', 'room_engine_http_srv/get_room_info', `{ room(id: "malformed-${process.pid}") { id name } }`, 'room'],
  ['Live', 'live_engine_http_srv/get_room_info', `{ liveRoom(id: "malformed-${process.pid}") { id name } }`, 'liveRoom'],
] as const;

const SHAPES: [what: string, response: unknown][] = [
  ['RoomInfo is a string', { RoomInfo: 'not a room' }],
  ['RoomInfo is an array', { RoomInfo: [{ RoomId: 'r' }] }],
  ['RoomInfo is null', { RoomInfo: null }],
  ['RoomInfo lacks a RoomId', { RoomInfo: { RoomName: 'nameless' } }],
  ['RoomInfo has an empty RoomId', { RoomInfo: { RoomId: '', RoomName: 'empty' } }],
  ['the data has the wrong shape', ['unexpected']],
];

describe.each(PRODUCTS)('%s get_room_info', (_product, command, query, field) => {
  it.each(SHAPES)('answers UPSTREAM_ERROR when %s', async (_what, response) => {
    await t.emulator.fault({ command, rawBody: ok(response), times: 10 });
    const r = await t.raw(query);
    expect(r.data?.[field] ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions?.code).toBe('UPSTREAM_ERROR');
    expect(r.errors![0].path).toEqual([field]);
  });
});
