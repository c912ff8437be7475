/** Small HTTP helpers shared by the REST front (server.ts) and the control API (control.ts). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJsonKeepingBigIds } from '../wire/json';
import { isRecord, type Rec } from './input';

/** Larger bodies are read to the end (so the connection stays usable) but not kept. */
const MAX_BODY_BYTES = 1 << 20;

export function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The body as a JSON object, or a reason it is not one (for a 60003 answer). */
export function jsonObject(body: Buffer | 'too-large', emptyAs?: Rec): Rec | string {
  if (body === 'too-large') return `request body is larger than ${MAX_BODY_BYTES} bytes`;
  const text = body.toString('utf8');
  if (text.trim() === '') return emptyAs ?? 'request body is empty; send a JSON object ({} when there are no parameters)';
  let v: unknown;
  try {
    // Account ids sent as bare numbers (D1) may be TinyIds too large for a double: keep them exact.
    v = parseJsonKeepingBigIds(text);
  } catch {
    return 'request body is not valid JSON';
  }
  return isRecord(v) ? v : 'request body must be a JSON object';
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendRaw(res: ServerResponse, status: number, body: string): void {
  const json = /^\s*[[{]/.test(body);
  res.writeHead(status, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
