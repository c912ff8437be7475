/**
 * The WebSocket edge: graphql-ws (`graphql-transport-ws` protocol) over `ws`, on the HTTP server's
 * /graphql URL. It owns what a socket needs and a request does not:
 * - authentication in `connection_init` (`{"Authorization": "Bearer <UserSig>"}`, or
 *   `authorization`), with the HTTP rules; 4401 with the reason when it fails, and again when the
 *   token expires while the socket is open;
 * - limits: subscriptions per connection (an error for that subscription) and connections per
 *   user on this instance (4429);
 * - the query limits (depth, aliases) and introspection setting of HTTP, and its error masking;
 * - shutdown: every socket closed with 1001 before the HTTP server closes;
 * - what it tells metrics (`observe`): sockets open, operations by outcome, subscriptions active,
 *   and events delivered.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GraphQLError, NoSchemaIntrospectionCustomRule, execute, getOperationAST, parse, specifiedRules, subscribe, validate,
  type DocumentNode, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode, type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, makeServer, type ConnectionInitMessage } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, type AuthConfig } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { ContextFactory } from '../graphql/product';
import { decodeUserSig } from '../wire/usersig';
import type { SubscriptionContext } from './events.resolver';
import type { EventHub, Logger } from './hub';

/** Close codes beyond graphql-ws's own (4400 bad request, 4401 unauthorized, 4408 init timeout…). */
export const CloseCodes = Object.freeze({
  /** The token is missing, does not verify, or expired (also while connected). */
  UNAUTHORIZED: CloseCode.Unauthorized,
  /** This user already has ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER connections open on this instance. */
  TOO_MANY_CONNECTIONS: 4429,
  /** The gateway is shutting down: reconnect (to another instance). */
  GOING_AWAY: 1001,
});

/** Our own error codes: they pass the error formatter unchanged. */
const OWN_CODES = new Set(['TOO_MANY_SUBSCRIPTIONS', 'SLOW_CONSUMER']);
/** setTimeout's longest delay; a token valid for longer is re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const KEEP_ALIVE_MS = 12_000;
const SHUTDOWN_GRACE_MS = 1000;

/** What the WebSocket edge reports (server/assemble.ts hands it to the gateway's metrics). */
export interface WsObserver {
  /** An authenticated socket opened (+1) or closed (-1). */
  connection(delta: 1 | -1): void;
  /**
   * An operation sent over a socket: refused before it ran (its code), a query or mutation's result
   * (`OK` or its first error's code), or a subscription started (`OK`) or refused by its resolver.
   */
  operation(name: string | null | undefined, type: string, outcome: string): void;
  /** A subscription began streaming (+1) or ended (-1): completed, failed, or its socket closed. */
  subscription(delta: 1 | -1): void;
  /** One event delivered on a subscription: `OK` or its first error's code. */
  event(name: string | null | undefined, outcome: string): void;
  /**
   * A span for one operation (tracing): `run` runs its execution with the span active, `end` ends
   * it with the client's code. A query or mutation is spanned to its answer, a subscription until
   * it streams or is refused; an operation refused before it ran gets a span ended at once.
   */
  span?(name: string | null | undefined, type: string): { run<T>(fn: () => T): T; end(outcome: string): void };
}

export interface WsOptions {
  schema: GraphQLSchema;
  auth: AuthConfig;
  newContext: ContextFactory;
  hub: EventHub;
  /** HTTP's own validation rules beyond GraphQL's (the query limits). */
  validationRules: readonly ValidationRule[];
  /** HTTP's parser limits (the token limit). */
  parseOptions?: ParseOptions;
  /** HTTP's cost check (server/cost-limit.ts): an operation over a limit is refused before it runs. */
  checkCost?: (
    schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined,
  ) => GraphQLError | undefined;
  maxSubscriptions: number;
  maxConnectionsPerUser: number;
  maxPayloadBytes: number;
  introspection: boolean;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  log: Logger;
  observe?: WsObserver;
}

export interface WsEdge {
  /** The HTTP server's `upgrade` for /graphql. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket with 1001 and stops accepting new ones. */
  close(): Promise<void>;
}

interface Extra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  viewer?: Viewer;
  expiry?: NodeJS.Timeout;
  /** This socket's subscriptions that are streaming, by operation id (for `observe`). */
  streaming?: Set<string>;
}

type Params = NonNullable<ConnectionInitMessage['payload']>;

/** A close reason is at most 123 bytes (RFC 6455). */
function reasonOf(text: string): string {
  let r = text;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -2) + '…';
  return r;
}

function bearerOf(params: Params | undefined): string | undefined {
  const v = params?.Authorization ?? params?.authorization;
  return typeof v === 'string' ? v : undefined;
}

export function createWsEdge(o: WsOptions): WsEdge {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: o.maxPayloadBytes,
    // graphql-ws's protocol when offered; otherwise none, and graphql-ws closes with 4406.
    handleProtocols: (protocols) => (protocols.has(GRAPHQL_TRANSPORT_WS_PROTOCOL) ? GRAPHQL_TRANSPORT_WS_PROTOCOL : false),
  });
  const perUser = new Map<string, number>();
  let closing = false;

  const format = (e: GraphQLError): GraphQLFormattedError => {
    const code = e.extensions?.code;
    if (typeof code === 'string' && OWN_CODES.has(code)) return { message: e.message, extensions: { code } };
    return o.formatError(e.toJSON(), e);
  };
  const rules = [
    ...specifiedRules,
    ...o.validationRules,
    ...(o.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const withCode = (errors: readonly GraphQLError[], code: string) =>
    errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } }));
  /** The code a client gets for the first of `errors` (after formatting), or `OK`. */
  const outcomeOf = (errors: readonly GraphQLError[] | undefined): string => {
    if (!errors?.length) return 'OK';
    const code = format(errors[0]).extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  };
  /** An operation's name (the one asked for, else the document's) and type; `unknown` before its document is read. */
  const describe = (operationName: string | null | undefined, operation: OperationDefinitionNode | null | undefined) => ({
    name: operationName ?? operation?.name?.value,
    type: operation?.operation ?? 'unknown',
  });
  /** Refuses an operation before it runs, and counts it. */
  const refuse = (payload: { operationName?: string | null }, errors: readonly GraphQLError[], document?: DocumentNode) => {
    const { name, type } = describe(payload.operationName, document && getOperationAST(document, payload.operationName));
    const outcome = outcomeOf(errors);
    o.observe?.operation(name, type, outcome);
    o.observe?.span?.(name, type).end(outcome);
    return errors as GraphQLError[];
  };
  /** Each running operation's name, type and span, by its context (made per operation in onSubscribe). */
  const running = new WeakMap<object, ReturnType<typeof describe> & { span?: ReturnType<NonNullable<WsObserver['span']>> }>();
  const runningOf = (contextValue: unknown) => (contextValue ? running.get(contextValue as object) : undefined);
  /** Runs graphql's execute or subscribe with the operation's span active, and ends it if that throws. */
  const traced = <A extends { contextValue?: unknown }, R>(run: (args: A) => R) => (args: A): R => {
    const span = runningOf(args.contextValue)?.span;
    if (!span) return run(args);
    try {
      const r = span.run(() => run(args));
      if (r instanceof Promise) r.catch(() => span.end('INTERNAL_SERVER_ERROR'));
      return r;
    } catch (e) {
      span.end('INTERNAL_SERVER_ERROR');
      throw e;
    }
  };

  /** Closes the socket with 4401 when the token expires (re-arming past setTimeout's range). */
  const armExpiry = (extra: Extra, expiresAtMs: number) => {
    const wait = expiresAtMs - Date.now();
    if (wait <= 0) {
      extra.socket.close(CloseCodes.UNAUTHORIZED, 'Not authenticated: the bearer token expired while connected; reconnect with a new one');
      return;
    }
    extra.expiry = setTimeout(() => armExpiry(extra, expiresAtMs), Math.min(wait, MAX_TIMER_MS));
    extra.expiry.unref();
  };

  const server = makeServer<Params, Extra>({
    schema: o.schema,
    execute: traced(execute),
    subscribe: traced(subscribe),
    onConnect(ctx) {
      const extra = ctx.extra;
      const bearer = bearerOf(ctx.connectionParams);
      let viewer: Viewer;
      try {
        if (bearer === undefined) throw new Error('Not authenticated: send {"Authorization": "Bearer <UserSig>"} in connection_init');
        viewer = authenticate(bearer, o.auth);
      } catch (e) {
        extra.socket.close(CloseCodes.UNAUTHORIZED, reasonOf((e as Error).message));
        return false;
      }
      const open = perUser.get(viewer.userId) ?? 0;
      if (open >= o.maxConnectionsPerUser) {
        extra.socket.close(
          CloseCodes.TOO_MANY_CONNECTIONS,
          reasonOf(`Too many connections: the limit is ${o.maxConnectionsPerUser} per user (ROOMGRAPH_WS_MAX_CONNECTIONS_PER_USER)`),
        );
        return false;
      }
      perUser.set(viewer.userId, open + 1);
      extra.viewer = viewer;
      o.observe?.connection(1);
      const sig = decodeUserSig(/^Bearer\s+(\S+)/i.exec(bearer)?.[1] ?? '');
      // Valid through second time + expire (auth/authenticate.ts refuses it after): close once that is over.
      if (sig) armExpiry(extra, (sig.time + sig.expire + 1) * 1000);
      o.log.debug('websocket connected', { viewer: viewer.userId });
      return true;
    },
    onClose(ctx) {
      const extra = ctx.extra;
      clearTimeout(extra.expiry);
      const userId = extra.viewer?.userId;
      if (userId === undefined) return;
      extra.viewer = undefined;
      o.observe?.connection(-1);
      const left = (perUser.get(userId) ?? 1) - 1;
      if (left > 0) perUser.set(userId, left);
      else perUser.delete(userId);
    },
    onSubscribe(ctx, _id, payload) {
      // graphql-ws registered this operation before asking: the count includes it.
      const active = Object.keys(ctx.subscriptions).length;
      if (active > o.maxSubscriptions) {
        return refuse(payload, [new GraphQLError(
          `Too many subscriptions on this connection: the limit is ${o.maxSubscriptions} (ROOMGRAPH_WS_MAX_SUBSCRIPTIONS); complete one first`,
          { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
        )]);
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query, o.parseOptions);
      } catch (e) {
        return refuse(payload, withCode([e instanceof GraphQLError ? e : new GraphQLError(String(e))], 'GRAPHQL_PARSE_FAILED'));
      }
      const errors = validate(o.schema, document, rules);
      if (errors.length > 0) return refuse(payload, withCode(errors, 'GRAPHQL_VALIDATION_FAILED'), document);
      const operation = getOperationAST(document, payload.operationName);
      const refused = operation && o.checkCost?.(o.schema, document, operation, payload.variables ?? undefined);
      if (refused) return refuse(payload, [refused], document);
      const viewer = ctx.extra.viewer as Viewer;
      // `renew`: a context with loaders of its own, for a check that must read afresh (read-gate.ts).
      const contextValue: SubscriptionContext = Object.assign(o.newContext(viewer), { events: o.hub, renew: () => o.newContext(viewer) });
      const described = describe(payload.operationName, operation);
      running.set(contextValue, { ...described, span: o.observe?.span?.(described.name, described.type) });
      return {
        schema: o.schema,
        document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue,
      };
    },
    onOperation(ctx, id, payload, args, result) {
      o.log.info('graphql-ws', { operation: payload.operationName ?? null, viewer: ctx.extra.viewer?.userId ?? null });
      // onSubscribe described every operation it let run.
      const op = runningOf(args.contextValue);
      if (!op) return;
      const { name, type } = op;
      // graphql-ws awaited the result before this hook.
      const done = result as ExecutionResult | AsyncIterable<ExecutionResult>;
      if (Symbol.asyncIterator in done) {
        // Streaming until onComplete (which graphql-ws calls when it ends, however it ends).
        (ctx.extra.streaming ??= new Set()).add(id);
        o.observe?.operation(name, type, 'OK');
        o.observe?.subscription(1);
        op.span?.end('OK');
      } else {
        const outcome = outcomeOf(done.errors);
        o.observe?.operation(name, type, outcome);
        op.span?.end(outcome);
      }
    },
    onNext(_ctx, _id, _payload, args, result) {
      // The next event is a request of its own: a fresh upstream budget.
      (args.contextValue as SubscriptionContext | undefined)?.budget?.reset();
      const op = runningOf(args.contextValue);
      if (op?.type === 'subscription') o.observe?.event(op.name, outcomeOf(result.errors));
      if (!result.errors) return undefined;
      return { ...result, errors: result.errors.map(format) } as never;
    },
    onComplete(ctx, id) {
      if (ctx.extra.streaming?.delete(id)) o.observe?.subscription(-1);
    },
    onError(_ctx, _id, _payload, errors) {
      return errors.map(format);
    },
  });

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (err) => {
      o.log.error('websocket error', { error: err.message });
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    // Pings find dead peers (a laptop lid closed) so their subscriptions do not linger.
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', async (data) => {
            try {
              await cb(String(data));
            } catch (err) {
              o.log.error('websocket message failed', { error: err instanceof Error ? err.message : String(err) });
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearInterval(ping);
      clearTimeout(pongWait);
      void closed(code, String(reason));
    });
  });

  return {
    handleUpgrade(req, socket, head) {
      if (closing) {
        socket.end('HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    async close() {
      closing = true;
      const sockets = [...wss.clients];
      const allClosed = Promise.all(sockets.map((s) => new Promise<void>((resolve) => {
        if (s.readyState === s.CLOSED) return resolve();
        s.once('close', () => resolve());
      })));
      for (const s of sockets) s.close(CloseCodes.GOING_AWAY, 'roomgraph is shutting down; reconnect');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([allClosed, new Promise<void>((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)))]);
      clearTimeout(timer);
      for (const s of wss.clients) s.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
