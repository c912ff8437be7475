/**
 * `send`: one HTTP attempt of one command, and nothing else — URL signing, POST over an undici Pool,
 * envelope checks (spec §2). Deadline, breaker, retries and rate limits wrap it (see client.ts).
 *
 * It resolves with the envelope only when `ErrorCode` is 0; every failure is an `UpstreamError`
 * built here from scratch, so nothing from the request (the URL holds the usersig) can ride along.
 */
import { randomBytes } from 'node:crypto';
import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import type { Secret } from '../secret';
import type { AdminSig } from './admin-sig';
import type { Envelope } from '../wire/envelope';
import { parseJsonKeepingBigIds } from '../wire/json';
import {
  TencentApiError,
  UpstreamError,
  UpstreamHttpStatusError,
  UpstreamNetworkError,
  UpstreamProtocolError,
  UpstreamTimeoutError,
} from './errors';
import type { Send } from './layer';
import { redact } from './redact';

export interface TransportOptions {
  baseUrl: string;
  sdkAppId: number;
  adminId: string;
  adminSig: AdminSig;
  /** Only to scrub it from echoed text; never sent. */
  secretKey: Secret;
  connections: number;
  /** Backstop for undici's own header/body timers; the deadline layer normally fires first. */
  timeoutMs: number;
  maxResponseBytes: number;
}

export interface Transport {
  send: Send;
  close(): Promise<void>;
}

/** How much of a non-200 body we read (to keep the socket reusable) before giving up on it. */
const ERROR_BODY_CAP = 64 * 1024;
const SNIPPET_CHARS = 120;

const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function createTransport(o: TransportOptions): Transport {
  const base = new URL(o.baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new TypeError('upstream baseUrl must be an http(s) URL');
  }
  if (base.username || base.password || base.search || base.hash) {
    throw new TypeError('upstream baseUrl must not carry credentials, a query or a fragment');
  }
  const prefix = base.pathname.replace(/\/+$/, '');

  // One Pool per origin, long-lived connections as the REST overview recommends (60703). undici's
  // keep-alive defaults (4 s idle, or the server's `Keep-Alive: timeout` hint) stay below common
  // server idle timeouts, so we rarely write into a socket the server is closing.
  const pool = new Pool(base.origin, {
    connections: o.connections,
    pipelining: 1,
    connectTimeout: Math.min(o.timeoutMs, 10_000),
    headersTimeout: o.timeoutMs + 1_000,
    bodyTimeout: o.timeoutMs + 1_000,
  });
  let closing: Promise<void> | undefined;

  const send: Send = async (call) => {
    const { command } = call;
    if (closing) throw new UpstreamNetworkError(command, 'UND_ERR_CLOSED');
    const sig = o.adminSig.current();
    const scrub = [sig, o.secretKey.reveal()];
    const query = new URLSearchParams({
      sdkappid: String(o.sdkAppId),
      identifier: o.adminId,
      usersig: sig,
      // A fresh 32-bit unsigned random per attempt (spec §2.1).
      random: String(randomBytes(4).readUInt32BE(0)),
      contenttype: 'json',
    });
    const path = `${prefix}/v4/${encodeURIComponent(call.cmd.service)}/${encodeURIComponent(call.cmd.name)}?${query}`;

    let res: Dispatcher.ResponseData;
    let raw: Buffer | undefined;
    try {
      res = await pool.request({
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        // Never empty: a command without parameters sends `{}` (spec §2.2).
        body: JSON.stringify(call.body ?? {}),
        signal: call.signal,
      });
      const cap = res.statusCode === 200 ? o.maxResponseBytes : ERROR_BODY_CAP;
      raw = await readCapped(res.body, res.headers['content-length'], cap);
    } catch (err) {
      throw fromTransportError(command, err, o.timeoutMs);
    }

    if (res.statusCode !== 200) {
      const text = raw ? raw.subarray(0, 4 * SNIPPET_CHARS).toString('utf8') : '';
      throw new UpstreamHttpStatusError(command, res.statusCode, redact(text, scrub, SNIPPET_CHARS, true));
    }
    if (raw === undefined) {
      throw new UpstreamProtocolError(command, `body larger than ${o.maxResponseBytes} bytes`);
    }
    return toEnvelope(command, raw, scrub);
  };

  return {
    send,
    close() {
      closing ??= pool.close();
      return closing;
    },
  };
}

/**
 * Reads the whole body, or destroys it and answers `undefined` once it passes `cap` bytes. Either
 * way the body is finished with, so a fully read response frees its socket for the next request.
 */
async function readCapped(
  body: Dispatcher.ResponseData['body'],
  contentLength: string | string[] | undefined,
  cap: number,
): Promise<Buffer | undefined> {
  if (typeof contentLength === 'string' && Number(contentLength) > cap) {
    discard(body);
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > cap) {
      discard(body);
      return undefined;
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

/** Drops an unwanted body; its socket is closed rather than reused. Destroying it emits 'error'. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Replaces an undici/Node error (which may hold request details) by a fresh one carrying only its code. */
function fromTransportError(command: string, err: unknown, timeoutMs: number): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const raw = (err as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(raw) ? raw : 'UNKNOWN';
  if (timeoutCodes.has(code)) return new UpstreamTimeoutError(command, timeoutMs);
  return new UpstreamNetworkError(command, code);
}

/** JSON object with a numeric (or numeric-string) `ErrorCode`; 0 resolves, anything else throws. */
function toEnvelope(command: string, raw: Buffer, scrub: string[]): Envelope {
  let doc: unknown;
  try {
    doc = parseJsonKeepingBigIds(raw.toString('utf8'));
  } catch {
    throw new UpstreamProtocolError(command, 'body is not JSON');
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UpstreamProtocolError(command, 'body is not a JSON object');
  }
  const d = doc as Record<string, unknown>;
  const code = toCode(d.ErrorCode);
  if (code === undefined) throw new UpstreamProtocolError(command, 'no numeric ErrorCode in the envelope');
  const requestId = typeof d.RequestId === 'string' ? d.RequestId : '';
  const errorInfo = typeof d.ErrorInfo === 'string' ? d.ErrorInfo : '';
  if (code !== 0) {
    throw new TencentApiError(command, code, redact(errorInfo, scrub, 500), redact(requestId, scrub, 200));
  }
  return { ...d, ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: errorInfo, RequestId: requestId };
}

function toCode(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d{1,10}\s*$/.test(v)) return Number(v);
  return undefined;
}
