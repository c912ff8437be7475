/**
 * Tracing through @opentelemetry/api with a real SDK registered by the test (the gateway ships
 * none: without one every span is a no-op). Each GraphQL request over HTTP is one SERVER span
 * named after its operation, with its type and the code the client got; each upstream attempt is
 * one CLIENT span, a child of it, with `tencent.command` and Tencent's ErrorCode. Every span
 * started is ended, whichever way the request goes, and failures have status ERROR.
 */
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, type ReadableSpan, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { CreateRoomDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { rawSocket, within } from '../subscriptions/helpers';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
const ROOM = `traced-${process.pid}`;

/** Every span started and every span ended, in order. */
class Recorder implements SpanProcessor {
  started: Span[] = [];
  ended: ReadableSpan[] = [];
  onStart(span: Span): void {
    this.started.push(span);
  }
  onEnd(span: ReadableSpan): void {
    this.ended.push(span);
  }
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
  clear(): void {
    this.started = [];
    this.ended = [];
  }
}

const recorder = new Recorder();
const provider = new BasicTracerProvider({ spanProcessors: [recorder] });
const contextManager = new AsyncLocalStorageContextManager();
let t: TestGateway;

beforeAll(async () => {
  context.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(provider);
  t = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0' }, { upstream: { breaker: { failureThreshold: 1000 } } });
  expect((await t.exec(CreateRoomDocument, { input: { id: ROOM, name: 'Traced' } })).errors).toBeUndefined();
});
afterAll(async () => {
  await t?.close();
  trace.disable();
  context.disable();
  await provider.shutdown();
});
beforeEach(() => recorder.clear());
afterEach(async () => {
  await t.emulator.clearFaults();
  // Whatever happened, every span that started has ended.
  expect(recorder.ended).toHaveLength(recorder.started.length);
});

const servers = () => recorder.ended.filter((s) => s.kind === SpanKind.SERVER);
const clients = () => recorder.ended.filter((s) => s.kind === SpanKind.CLIENT && s.attributes['tencent.command'] !== undefined);

function only<T>(xs: T[]): T {
  expect(xs).toHaveLength(1);
  return xs[0];
}

describe('tracing', () => {
  it('spans a named query, and its upstream call as a child with the command attribute', async () => {
    const r = await t.raw('query TracedRoom($id: ID!) { room(id: $id) { id name } }', { id: ROOM });
    expect(r.errors).toBeUndefined();
    const op = only(servers());
    expect(op.name).toBe('TracedRoom');
    expect(op.attributes).toMatchObject({ 'graphql.operation.name': 'TracedRoom', 'graphql.operation.type': 'query', 'roomgraph.outcome': 'OK' });
    expect(op.status.code).toBe(SpanStatusCode.UNSET);
    const call = only(clients());
    expect(call.name).toBe(GET_ROOM);
    expect(call.attributes).toMatchObject({
      'tencent.command': GET_ROOM, 'tencent.attempt': 1, 'tencent.error_code': 0, 'roomgraph.upstream.outcome': 'ok',
    });
    expect(call.attributes['tencent.request_id']).toMatch(/^Id-/);
    expect(call.status.code).toBe(SpanStatusCode.UNSET);
    expect(call.spanContext().traceId).toBe(op.spanContext().traceId);
    expect(call.parentSpanContext?.spanId).toBe(op.spanContext().spanId);
    // The child ends before its operation does.
    expect(recorder.ended.indexOf(call)).toBeLessThan(recorder.ended.indexOf(op));
  });

  it('marks each failed attempt and the operation ERROR, with Tencent\'s ErrorCode and the client\'s code', async () => {
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100001, times: 3 });
    const r = await t.raw('query TracedDown($id: ID!) { room(id: $id) { id } }', { id: ROOM });
    expect(r.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const op = only(servers());
    expect(op.name).toBe('TracedDown');
    expect(op.attributes['roomgraph.outcome']).toBe('UPSTREAM_UNAVAILABLE');
    expect(op.status).toEqual({ code: SpanStatusCode.ERROR, message: 'UPSTREAM_UNAVAILABLE' });
    const calls = clients();
    expect(calls.map((c) => c.attributes['tencent.attempt'])).toEqual([1, 2, 3]);
    for (const c of calls) {
      expect(c.attributes).toMatchObject({ 'tencent.command': GET_ROOM, 'tencent.error_code': 100001, 'roomgraph.upstream.outcome': '100001' });
      expect(c.status).toEqual({ code: SpanStatusCode.ERROR, message: 'TencentApiError' });
      expect(c.parentSpanContext?.spanId).toBe(op.spanContext().spanId);
    }
  });

  it('names a transport failure\'s span status by its error class', async () => {
    await t.emulator.fault({ command: GET_ROOM, httpStatus: 502, times: 3 });
    const r = await t.raw('query TracedProxy($id: ID!) { room(id: $id) { id } }', { id: ROOM });
    expect(r.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    for (const c of clients()) {
      expect(c.status).toEqual({ code: SpanStatusCode.ERROR, message: 'UpstreamHttpStatusError' });
      expect(c.attributes['roomgraph.upstream.outcome']).toBe('UpstreamHttpStatusError');
      expect(c.attributes['tencent.error_code']).toBeUndefined();
    }
    expect(clients()).toHaveLength(3);
  });

  it('spans a mutation with its type', async () => {
    const r = await t.raw('mutation TracedUpdate($id: ID!) { updateRoom(input: { id: $id, name: "Traced again" }) { id name } }', { id: ROOM });
    expect(r.errors).toBeUndefined();
    expect(only(servers()).attributes).toMatchObject({ 'graphql.operation.type': 'mutation', 'roomgraph.outcome': 'OK' });
    expect(clients().map((c) => c.name)).toContain('room_engine_http_srv/update_room_info');
  });

  it('ends the operation span ERROR for a request refused before execution, with no upstream span', async () => {
    expect((await t.raw('query TracedBad { room(id: "x") { nope } }')).status).toBe(400);
    expect((await t.raw('query TracedAnon { viewer { userId } }', {}, null)).status).toBe(401);
    const body = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(body.status).toBe(400);
    const [bad, anon, notJson] = servers();
    expect(bad.name).toBe('TracedBad');
    expect(bad.status).toEqual({ code: SpanStatusCode.ERROR, message: 'GRAPHQL_VALIDATION_FAILED' });
    expect(anon.status).toEqual({ code: SpanStatusCode.ERROR, message: 'UNAUTHENTICATED' });
    expect(notJson.name).toBe('anonymous');
    expect(notJson.status).toEqual({ code: SpanStatusCode.ERROR, message: 'BAD_REQUEST' });
    expect(clients()).toHaveLength(0);
  });

  it('spans operations over a WebSocket: a query with its upstream call as a child, a subscription until it streams, a refusal', async () => {
    const s = rawSocket(t.url, { Authorization: `Bearer ${t.adminToken}` });
    await within(s.acked, 'connection_ack');
    const send = (id: string, query: string) => s.ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    send('q', `query WsRoom { room(id: "${ROOM}") { id name } }`);
    await s.until((ms) => ms.some((m) => m.id === 'q' && m.type === 'complete'), 'the query\'s answer');
    const query = only(servers());
    expect(query.name).toBe('WsRoom');
    expect(query.attributes).toMatchObject({
      'graphql.operation.name': 'WsRoom', 'graphql.operation.type': 'query', 'roomgraph.outcome': 'OK', 'roomgraph.transport': 'websocket',
    });
    const call = only(clients());
    expect(call.name).toBe(GET_ROOM);
    expect(call.parentSpanContext?.spanId).toBe(query.spanContext().spanId);

    recorder.clear();
    send('s', `subscription WsWatch { roomEvents(roomId: "${ROOM}") { kind } }`);
    send('v', 'query WsBad { viewer { nope } }');
    await s.until((ms) => ms.some((m) => m.id === 'v' && m.type === 'error'), 'the refusal');
    await within((async () => {
      while (servers().length < 2) await new Promise((r) => setTimeout(r, 10));
    })(), 'two spans');
    const byName = Object.fromEntries(servers().map((sp) => [sp.name, sp]));
    // The subscription's span ends once it streams; its events are not spanned.
    expect(byName.WsWatch.attributes).toMatchObject({ 'graphql.operation.type': 'subscription', 'roomgraph.outcome': 'OK' });
    expect(byName.WsBad.status).toEqual({ code: SpanStatusCode.ERROR, message: 'GRAPHQL_VALIDATION_FAILED' });
    s.ws.close();
    await s.closed;
  });

  it('puts no token, secret key or usersig in any span', async () => {
    await t.raw('query TracedSecrets($id: ID!) { room(id: $id) { id } }', { id: ROOM });
    await t.raw('query TracedSecrets { viewer { userId } }', {}, 'not-a-valid-token');
    const text = JSON.stringify(recorder.ended.map((s) => ({ name: s.name, attributes: s.attributes, status: s.status, events: s.events })));
    expect(text).not.toContain(t.adminToken);
    expect(text).not.toContain('not-a-valid-token');
    expect(text).not.toContain(t.gw.config.tencent.secretKey.reveal());
    expect(text.toLowerCase()).not.toContain('usersig');
  });
});
