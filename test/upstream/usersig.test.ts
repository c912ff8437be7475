import { createHmac } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { genUserSig, verifyUserSig } from '../../src/wire/usersig';

// Tencent's own Node library (devDependency), the reference generator.
const { Api: TencentApi } = require('tls-sig-api-v2') as {
  Api: new (sdkappid: number, key: string) => {
    genUserSig(userid: string, expire: number): string;
    genPrivateMapKey(userid: string, expire: number, roomid: number, privilegeMap: number): string;
    genPrivateMapKeyWithStringRoomID(userid: string, expire: number, roomstr: string, privilegeMap: number): string;
  };
};

const sdkAppId = 1400000000;
const secretKey = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The documented verification (spec §12.2), written from the spec with zlib/crypto only, so our
 * implementation is checked against the text rather than against itself.
 */
function independentVerify(sig: string, sdkappid: number, key: string, identifier: string, now: number): string {
  let doc: Record<string, unknown>;
  try {
    const b64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
    doc = JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8'));
  } catch {
    return 'malformed';
  }
  if (doc['TLS.identifier'] !== identifier) return "identifier dosen't match";
  if (Number(doc['TLS.sdkappid']) !== sdkappid) return "sdkappid dosen't match";
  if (typeof doc['TLS.sig'] !== 'string') return 'sig field is missing';
  const initTime = Number(doc['TLS.time']);
  const expireTime = Number(doc['TLS.expire']);
  if (now > initTime + expireTime) return 'sig expired';
  let content =
    `TLS.identifier:${doc['TLS.identifier']}\n` +
    `TLS.sdkappid:${doc['TLS.sdkappid']}\n` +
    `TLS.time:${doc['TLS.time']}\n` +
    `TLS.expire:${doc['TLS.expire']}\n`;
  if (doc['TLS.userbuf'] !== undefined) {
    // Decode and re-encode, as the PHP reference does.
    const userbuf = Buffer.from(String(doc['TLS.userbuf']), 'base64');
    content += `TLS.userbuf:${userbuf.toString('base64')}\n`;
  }
  const expected = createHmac('sha256', key).update(content).digest('base64');
  return expected === doc['TLS.sig'] ? 'ok' : 'verify failed';
}

function decodeDoc(sig: string): Record<string, unknown> {
  const b64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return JSON.parse(inflateSync(Buffer.from(b64, 'base64')).toString('utf8'));
}

function encodeDoc(doc: Record<string, unknown>): string {
  return deflateSync(Buffer.from(JSON.stringify(doc)))
    .toString('base64')
    .replace(/\+/g, '*')
    .replace(/\//g, '-')
    .replace(/=/g, '_');
}

describe('UserSig', () => {
  it('verifies a sig it generated itself', () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'administrator', expireSeconds: 3600 });
    const check = verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'administrator' });
    expect(check).toMatchObject({ ok: true, fields: { identifier: 'administrator', sdkAppId, expire: 3600 } });
  });

  it("verifies a sig from Tencent's tls-sig-api-v2 library", () => {
    const sig = new TencentApi(sdkAppId, secretKey).genUserSig('xiaojun', 86400 * 180);
    expect(verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'xiaojun' }).ok).toBe(true);
    expect(independentVerify(sig, sdkAppId, secretKey, 'xiaojun', nowSeconds())).toBe('ok');
  });

  it('generates sigs that pass an independent implementation of the documented verification', () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'admin_01', expireSeconds: 600 });
    expect(independentVerify(sig, sdkAppId, secretKey, 'admin_01', nowSeconds())).toBe('ok');
    expect(independentVerify(sig, sdkAppId, 'another-key', 'admin_01', nowSeconds())).toBe('verify failed');
  });

  it('encodes with the documented alphabet and JSON fields', () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'admin', expireSeconds: 60, now: 1_700_000_000 });
    expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    expect(decodeDoc(sig)).toEqual({
      'TLS.ver': '2.0', 'TLS.identifier': 'admin', 'TLS.sdkappid': sdkAppId,
      'TLS.time': 1_700_000_000, 'TLS.expire': 60, 'TLS.sig': expect.any(String),
    });
  });

  it("answers 'expired' once now passes time + expire", () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'admin', expireSeconds: 60, now: 1_000_000 });
    expect(verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'admin', now: 1_000_060 }).ok).toBe(true);
    expect(verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'admin', now: 1_000_061 })).toMatchObject({
      ok: false, reason: 'expired',
    });
    expect(independentVerify(sig, sdkAppId, secretKey, 'admin', 1_000_061)).toBe('sig expired');
  });

  it("answers 'bad-signature' for a tampered document or the wrong key", () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'admin', expireSeconds: 60 });
    const stretched = encodeDoc({ ...decodeDoc(sig), 'TLS.expire': 86400 * 3650 });
    expect(verifyUserSig(stretched, { sdkAppId, secretKey, identifier: 'admin' })).toMatchObject({
      ok: false, reason: 'bad-signature',
    });
    expect(verifyUserSig(sig, { sdkAppId, secretKey: 'not-the-key', identifier: 'admin' })).toMatchObject({
      ok: false, reason: 'bad-signature',
    });
  });

  it('answers identifier-mismatch and sdkappid-mismatch for a sig issued to someone else', () => {
    const sig = genUserSig({ sdkAppId, secretKey, identifier: 'alice', expireSeconds: 60 });
    expect(verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'administrator' })).toMatchObject({
      ok: false, reason: 'identifier-mismatch',
    });
    expect(verifyUserSig(sig, { sdkAppId: 1400000001, secretKey, identifier: 'alice' })).toMatchObject({
      ok: false, reason: 'sdkappid-mismatch',
    });
  });

  it("answers 'malformed' for garbage", () => {
    const deflated = (s: string) => encodeDoc(JSON.parse(s));
    const garbage = [
      '',
      'not a sig!',
      Buffer.from('hello').toString('base64').replace(/=/g, '_'), // base64, not zlib
      deflateSync(Buffer.from('not json')).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_'),
      deflated('{"TLS.identifier":"admin"}'), // no sig, no numbers
      deflated('[1,2,3]'),
    ];
    for (const g of garbage) {
      expect(verifyUserSig(g, { sdkAppId, secretKey, identifier: 'admin' })).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });

  it("verifies a PrivateMapKey (userbuf) from Tencent's library, numeric and string room ids", () => {
    const api = new TencentApi(sdkAppId, secretKey);
    for (const sig of [
      api.genPrivateMapKey('xiaojun', 300, 10000, 255),
      api.genPrivateMapKeyWithStringRoomID('xiaojun', 300, 'room-1000000040', 42),
    ]) {
      expect(decodeDoc(sig)['TLS.userbuf']).toEqual(expect.any(String));
      expect(verifyUserSig(sig, { sdkAppId, secretKey, identifier: 'xiaojun' }).ok).toBe(true);
      expect(independentVerify(sig, sdkAppId, secretKey, 'xiaojun', nowSeconds())).toBe('ok');
    }
  });

  it('rejects a PrivateMapKey whose userbuf was swapped', () => {
    const api = new TencentApi(sdkAppId, secretKey);
    const sig = api.genPrivateMapKey('xiaojun', 300, 10000, 42);
    const other = decodeDoc(api.genPrivateMapKey('xiaojun', 300, 10000, 255))['TLS.userbuf'];
    const swapped = encodeDoc({ ...decodeDoc(sig), 'TLS.userbuf': other });
    expect(verifyUserSig(swapped, { sdkAppId, secretKey, identifier: 'xiaojun' })).toMatchObject({
      ok: false, reason: 'bad-signature',
    });
  });
});
