/**
 * UserSig (TLSSigAPIv2) generation and verification — spec §12.
 *
 * Shared wire-level helper: the upstream client signs its admin calls with it, the emulator and the
 * gateway's auth verify with it. Nothing here logs or throws the sig or the key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';

export interface UserSigFields {
  identifier: string;
  sdkAppId: number;
  /** Unix seconds the sig was issued at (`TLS.time`). */
  time: number;
  /** Validity in seconds (`TLS.expire`), a duration, not an absolute time. */
  expire: number;
}

/** Why a UserSig failed verification; the emulator maps these onto D5's error codes. */
export type UserSigFailure =
  | 'malformed' // not canonical base64url / not zlib / not JSON / missing fields
  | 'bad-identifier' // signed, but names an empty, over-long (> 32 bytes) or non-printable identifier
  | 'identifier-mismatch'
  | 'sdkappid-mismatch'
  | 'expired'
  | 'bad-signature';

export type UserSigCheck =
  | { ok: true; fields: UserSigFields }
  | { ok: false; reason: UserSigFailure; fields?: UserSigFields };

function contentToSign(f: UserSigFields, userbuf?: string): string {
  return (
    `TLS.identifier:${f.identifier}\n` +
    `TLS.sdkappid:${f.sdkAppId}\n` +
    `TLS.time:${f.time}\n` +
    `TLS.expire:${f.expire}\n` +
    (userbuf !== undefined ? `TLS.userbuf:${userbuf}\n` : '')
  );
}

function hmac(secretKey: string, content: string): string {
  return createHmac('sha256', secretKey).update(content).digest('base64');
}

/** Tencent's URL-safe base64 variant: `+`→`*`, `/`→`-`, `=`→`_`. */
function encodeSig(buf: Buffer): string {
  return buf.toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

/**
 * Strict: only the canonical encoding of the decoded bytes is accepted (re-encoded and compared),
 * so trailing junk (`…AAAA`), stripped `_` padding or stray characters do not make another string
 * that verifies as the same sig.
 */
function decodeSig(sig: string): Buffer | undefined {
  const buf = Buffer.from(sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64');
  return buf.length > 0 && encodeSig(buf) === sig ? buf : undefined;
}

/** Most bytes an identifier may have (Tencent's UserID limit). */
export const MAX_IDENTIFIER_BYTES = 32;

/** Non-empty, at most 32 UTF-8 bytes, no control, format, separator-line or unassigned characters. */
export function isValidIdentifier(id: string): boolean {
  return id.length > 0 && Buffer.byteLength(id, 'utf8') <= MAX_IDENTIFIER_BYTES && !/[\p{C}\p{Zl}\p{Zp}]/u.test(id);
}

export interface GenUserSigOptions {
  sdkAppId: number;
  secretKey: string;
  identifier: string;
  /** Validity in seconds; Tencent's libraries default to 180 days. */
  expireSeconds?: number;
  /** Unix seconds; defaults to now. */
  now?: number;
}

export function genUserSig(o: GenUserSigOptions): string {
  const fields: UserSigFields = {
    identifier: o.identifier,
    sdkAppId: o.sdkAppId,
    time: o.now ?? Math.floor(Date.now() / 1000),
    expire: o.expireSeconds ?? 86400 * 180,
  };
  const doc = {
    'TLS.ver': '2.0',
    'TLS.identifier': fields.identifier,
    'TLS.sdkappid': fields.sdkAppId,
    'TLS.time': fields.time,
    'TLS.expire': fields.expire,
    'TLS.sig': hmac(o.secretKey, contentToSign(fields)),
  };
  return encodeSig(deflateSync(Buffer.from(JSON.stringify(doc))));
}

/** Decodes a UserSig without checking its signature (e.g. to learn who claims to call). */
export function decodeUserSig(sig: string): (UserSigFields & { sig: string; userbuf?: string }) | undefined {
  if (typeof sig !== 'string' || sig.length === 0 || sig.length > 4096 || !/^[A-Za-z0-9*\-_]+$/.test(sig)) {
    return undefined;
  }
  const raw = decodeSig(sig);
  if (!raw) return undefined;
  let doc: Record<string, unknown>;
  try {
    const inflated = inflateSync(raw, { maxOutputLength: 16384, info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    // zlib stops at the end of its stream: bytes after it (a sig with "AAAA" appended) make it malformed.
    if (inflated.engine.bytesWritten !== raw.length) return undefined;
    doc = JSON.parse(inflated.buffer.toString('utf8'));
  } catch {
    return undefined;
  }
  if (doc === null || typeof doc !== 'object') return undefined;
  const identifier = doc['TLS.identifier'];
  const sdkAppId = Number(doc['TLS.sdkappid']);
  const time = Number(doc['TLS.time']);
  const expire = Number(doc['TLS.expire']);
  const s = doc['TLS.sig'];
  const userbuf = doc['TLS.userbuf'];
  if (typeof identifier !== 'string' || typeof s !== 'string') return undefined;
  if (![sdkAppId, time, expire].every(Number.isFinite)) return undefined;
  return { identifier, sdkAppId, time, expire, sig: s, userbuf: typeof userbuf === 'string' ? userbuf : undefined };
}

export interface VerifyUserSigOptions {
  sdkAppId: number;
  secretKey: string;
  /** The identifier the sig must belong to; omit to accept whoever it names. */
  identifier?: string;
  /** Unix seconds; defaults to now. */
  now?: number;
}

/** Verification as in Tencent's PHP `__verifySig` (spec §12.2). */
export function verifyUserSig(sig: string, o: VerifyUserSigOptions): UserSigCheck {
  const d = decodeUserSig(sig);
  if (!d) return { ok: false, reason: 'malformed' };
  const fields: UserSigFields = { identifier: d.identifier, sdkAppId: d.sdkAppId, time: d.time, expire: d.expire };
  if (o.identifier !== undefined && d.identifier !== o.identifier) {
    return { ok: false, reason: 'identifier-mismatch', fields };
  }
  if (d.sdkAppId !== o.sdkAppId) return { ok: false, reason: 'sdkappid-mismatch', fields };
  const now = o.now ?? Math.floor(Date.now() / 1000);
  if (now > d.time + d.expire) return { ok: false, reason: 'expired', fields };
  const expected = Buffer.from(hmac(o.secretKey, contentToSign(fields, d.userbuf)));
  const given = Buffer.from(d.sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad-signature', fields };
  }
  if (!isValidIdentifier(d.identifier)) return { ok: false, reason: 'bad-identifier', fields };
  return { ok: true, fields };
}
