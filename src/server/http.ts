/**
 * The HTTP edge: node:http in front of Apollo Server. It owns what GraphQL cannot: the body-size
 * limit, JSON parsing, health checks, CORS, the GraphiQL page a browser gets for a GET of
 * /graphql, and turning request bodies into Apollo's HTTPGraphQLRequest.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ReadRecord } from '../cache/read-record';
import type { CorsPolicy } from './cors';
import { ASSET_PREFIX, prefersHtml, type Playground } from './graphiql';
import type { Logger } from './logger';

export interface HttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** A request's context; `record` keeps what it reads from the shared cache (answer-reuse.ts). */
  context: (req: IncomingMessage, record: ReadRecord) => Promise<C>;
  maxBodyBytes: number;
  log: Logger;
  /** Which browser origins may call /graphql from another origin. */
  cors: CorsPolicy;
  /** The GraphiQL page and its assets; undefined when the playground is off. */
  playground?: Playground;
  /** Extra routes (e.g. the callback receiver); return true when handled. */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean | Promise<boolean>;
  /** A WebSocket upgrade of /graphql (GraphQL subscriptions); other paths answer 404. */
  upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Wraps each GraphQL request over HTTP, from its body to Apollo's answer (metrics, tracing: observing.ts). */
  observe?: <T extends { status?: number }>(run: (watch: (request: HTTPGraphQLRequest) => void) => Promise<T>) => Promise<T>;
}

class HttpProblem extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

function problem(res: ServerResponse, p: HttpProblem, extraHeaders: Record<string, string> = {}): void {
  sendJson(res, p.status, { errors: [{ message: p.message, extensions: { code: p.code } }] }, extraHeaders);
}

/** Adds `more` to a comma-separated header value such as Vary, once. */
function joinList(value: string | undefined, more: string): string {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return items.some((i) => i.toLowerCase() === more.toLowerCase()) ? items.join(', ') : [...items, more].join(', ');
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > max) {
    throw new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${max} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpProblem(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function toApolloRequest(req: IncomingMessage, url: URL, maxBodyBytes: number): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, maxBodyBytes);
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
      if (text.trim() === '') throw new HttpProblem(400, 'BAD_REQUEST', 'Request body is empty; send {"query": "..."}');
      try {
        body = JSON.parse(text);
      } catch {
        throw new HttpProblem(400, 'BAD_REQUEST', 'Request body is not valid JSON');
      }
    } else {
      body = text;
    }
  }
  return { method: req.method ?? 'GET', headers, search: url.search, body };
}

export function createHttpServer<C extends BaseContext>(o: HttpOptions<C>): Server {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // CORS headers belong on GraphQL answers only (errors included, so a browser app can read them).
    let cors: Record<string, string> = {};
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (o.extraRoutes && (await o.extraRoutes(req, res, url.pathname))) return;
      if (o.playground && url.pathname.startsWith(ASSET_PREFIX) && o.playground.asset(req, res, url.pathname)) return;
      if (url.pathname !== '/graphql') {
        return problem(res, new HttpProblem(404, 'NOT_FOUND', `No route ${url.pathname}; GraphQL is served at /graphql`));
      }
      if (req.method === 'OPTIONS') return o.cors.preflight(req, res);
      if (req.method === 'GET' && prefersHtml(req.headers.accept)) {
        // A browser opening the URL: GraphiQL, or a clear word that it is off (not Apollo's CSRF refusal).
        if (o.playground) return o.playground.page(req, res);
        return problem(
          res,
          new HttpProblem(404, 'NOT_FOUND', 'The GraphiQL playground is off (ROOMGRAPH_PLAYGROUND=false); POST GraphQL requests to /graphql'),
          { vary: 'Accept' },
        );
      }
      cors = o.cors.headersFor(req);
      // Each request records what it reads from the shared cache (answer-reuse.ts).
      const record = new ReadRecord();
      const execute = async (watch?: (request: HTTPGraphQLRequest) => void) => {
        const httpGraphQLRequest = await toApolloRequest(req, url, o.maxBodyBytes);
        watch?.(httpGraphQLRequest);
        return o.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => o.context(req, record) });
      };
      const result = await (o.observe ? o.observe(execute) : execute());
      const headers: Record<string, string> = {};
      for (const [k, v] of result.headers) headers[k] = v;
      for (const [k, v] of Object.entries(cors)) headers[k] = k === 'vary' ? joinList(headers.vary, v) : v;
      // A known length: one write of head and body, not a chunked body (framing and a writev each).
      if (result.body.kind === 'complete') headers['content-length'] = String(Buffer.byteLength(result.body.string));
      res.writeHead(result.status ?? 200, headers);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (e) {
      if (e instanceof HttpProblem) {
        if (e.status === 413) res.setHeader('connection', 'close');
        return problem(res, e, cors);
      }
      o.log.error('http handler failed', { error: e instanceof Error ? e.message : String(e) });
      if (!res.headersSent) problem(res, new HttpProblem(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'), cors);
      else res.destroy();
    }
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql' && o.upgrade) return o.upgrade(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 120_000;
  return server;
}
