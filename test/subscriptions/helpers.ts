/**
 * What the subscription suites share: a graphql-ws client over a real WebSocket (`ws`), a
 * subscription whose events a test awaits one at a time, a raw socket for watching close codes,
 * and the gateway's listener hook, so a test triggers an event only once the server listens.
 */
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { callbackSign } from '../../src/wire/callback-sign';

const WAIT_MS = 3000;

export const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/** Resolves when `p` does, or fails naming `what` after `ms`. */
export function within<T>(p: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))),
  ]);
}

/** The gateway's `onListeners` hook, and a way to await a room's listener count. */
export function listenerTracker() {
  const counts = new Map<string, number>();
  let waiters: { roomId: string; count: number; resolve: () => void }[] = [];
  return {
    onListeners(roomId: string, count: number) {
      counts.set(roomId, count);
      const ready = waiters.filter((w) => w.roomId === roomId && w.count === count);
      waiters = waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve();
    },
    count: (roomId: string) => counts.get(roomId) ?? 0,
    until(roomId: string, count: number): Promise<void> {
      if ((counts.get(roomId) ?? 0) === count) return Promise.resolve();
      return within(new Promise<void>((resolve) => waiters.push({ roomId, count, resolve })), `${count} listener(s) on ${roomId}`);
    },
  };
}

export interface Connected {
  client: Client;
  /** How the socket closed, once it has. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

/** A graphql-ws client authenticated with `token`, connected (acknowledged) before this resolves. */
export async function connect(httpUrl: string, token: string): Promise<Connected> {
  let onClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((r) => (onClosed = r));
  let onConnected!: () => void;
  let onFailed!: (e: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => ((onConnected = resolve), (onFailed = reject)));
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (e) => {
        const { code, reason } = e as { code: number; reason: string };
        onClosed({ code, reason: String(reason) });
        onFailed(new Error(`closed ${code} ${reason}`));
      },
    },
    onNonLazyError: () => undefined,
  });
  await within(connected, 'the connection to be acknowledged');
  return { client, closed, dispose: () => client.dispose() as Promise<void> };
}

export interface Sub<T> {
  /** Every event received so far. */
  readonly events: T[];
  /** The next event not yet taken by `next()`. */
  next(): Promise<T>;
  /** Settles when the server ends the subscription: with its errors, or none on complete. */
  readonly ended: Promise<readonly { message: string; extensions?: Record<string, any> }[] | undefined>;
  stop(): void;
}

/** Subscribes; `events` fills as results arrive (a result with errors ends it, as an error does). */
export function subscribe<T, V>(client: Client, doc: TypedDocumentNode<T, V> | string, variables: V): Sub<T> {
  const events: T[] = [];
  let taken = 0;
  let wake: (() => void) | undefined;
  let onEnd!: (errors: readonly { message: string }[] | undefined) => void;
  const ended = new Promise<readonly { message: string; extensions?: Record<string, any> }[] | undefined>((r) => (onEnd = r));
  const stop = client.subscribe<T>(
    { query: typeof doc === 'string' ? doc : print(doc), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors) return onEnd(result.errors);
        events.push(result.data as T);
        wake?.();
      },
      error: (e) => onEnd(Array.isArray(e) ? e : [{ message: String((e as Error)?.message ?? e) }]),
      complete: () => onEnd(undefined),
    },
  );
  return {
    events,
    ended,
    stop,
    async next() {
      while (events.length <= taken) {
        await within(new Promise<void>((r) => (wake = r)), `event #${taken + 1}`);
      }
      return events[taken++];
    },
  };
}

/** A raw graphql-transport-ws socket: sends `connection_init` with `payload`; reports acks and the close. */
export function rawSocket(httpUrl: string, payload: Record<string, unknown> | undefined) {
  const ws = new WebSocket(wsUrl(httpUrl), 'graphql-transport-ws');
  const messages: any[] = [];
  let onAck!: () => void;
  const acked = new Promise<void>((r) => (onAck = r));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', ...(payload ? { payload } : {}) })));
  let waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    messages.push(m);
    if (m.type === 'connection_ack') onAck();
    for (const w of waiters) w();
  });
  ws.on('error', () => undefined);
  /** Resolves once the messages received satisfy `ready`. */
  const until = (ready: (messages: any[]) => boolean, what: string) =>
    within(new Promise<void>((resolve) => {
      const check = () => {
        if (!ready(messages)) return;
        waiters = waiters.filter((w) => w !== check);
        resolve();
      };
      waiters.push(check);
      check();
    }), what);
  return { ws, messages, acked, until, closed: within(closed, 'the socket to close', 6000) };
}

/** POSTs a signed callback to the gateway's receiver, as Tencent would. */
export async function postCallback(httpUrl: string, sdkAppId: number, token: string, command: string, body: unknown): Promise<number> {
  const now = String(Math.floor(Date.now() / 1000));
  const q = new URLSearchParams({ SdkAppid: String(sdkAppId), CallbackCommand: command, contenttype: 'json', RequestTime: now, Sign: callbackSign(token, now) });
  const res = await fetch(`${new URL(httpUrl).origin}/callbacks/tencent?${q}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}
