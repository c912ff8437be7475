/**
 * Strict token parsing: only the canonical encoding of a UserSig verifies, and a signed token must
 * name a sensible user id. Checked on `verifyUserSig` (which the emulator shares) and on
 * `authenticate` (UNAUTHENTICATED with a clear reason).
 */
import { GraphQLError } from 'graphql';
import { authenticate, type AuthConfig } from '../../src/auth/authenticate';
import { Secret } from '../../src/secret';
import { genUserSig, verifyUserSig } from '../../src/wire/usersig';

const SDKAPPID = 1400000001;
const SECRET = 'token-parsing-secret-31c7';
const sig = (identifier: string) => genUserSig({ sdkAppId: SDKAPPID, secretKey: SECRET, identifier });
const verify = (s: string) => verifyUserSig(s, { sdkAppId: SDKAPPID, secretKey: SECRET });
const cfg: AuthConfig = { sdkAppId: SDKAPPID, secretKey: new Secret(SECRET), admins: ['administrator'] };

/** A valid sig whose encoding ends in `_` padding (tries identifiers until one does). */
function paddedSig(): string {
  for (let i = 0; i < 100; i++) {
    const s = sig(`user-${i}`);
    if (s.endsWith('_')) return s;
  }
  throw new Error('no padded sig found');
}

function reasonOf(header: string): string {
  try {
    authenticate(header, cfg);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe('UNAUTHENTICATED');
    return (e as GraphQLError).message;
  }
  throw new Error('authenticated');
}

describe('strict UserSig parsing', () => {
  it('verifies a valid, canonically encoded sig', () => {
    const s = paddedSig();
    expect(verify(s).ok).toBe(true);
    expect(authenticate(`Bearer ${s}`, cfg).userId).toMatch(/^user-/);
  });

  it('does not verify a valid sig with AAAA appended', () => {
    const s = `${sig('alice')}AAAA`;
    expect(verify(s)).toEqual({ ok: false, reason: 'malformed' });
    expect(reasonOf(`Bearer ${s}`)).toMatch(/is not a UserSig/);
  });

  it('does not verify a sig with AAAA appended whatever its length (zlib would ignore trailing bytes)', () => {
    let unpadded = 0;
    for (let i = 0; i < 200; i++) {
      const now = 1_700_000_000 + i;
      const s = genUserSig({ sdkAppId: 1400000001, secretKey: 'k', identifier: `u${i}`, now });
      if (!s.endsWith('_')) unpadded++;
      expect(verifyUserSig(s, { sdkAppId: 1400000001, secretKey: 'k', now }).ok).toBe(true);
      expect(verifyUserSig(`${s}AAAA`, { sdkAppId: 1400000001, secretKey: 'k', now })).toEqual({ ok: false, reason: 'malformed' });
    }
    expect(unpadded).toBeGreaterThan(0); // the case where the canonical check alone cannot tell
  });

  it('does not verify a valid sig with its _ padding removed', () => {
    const s = paddedSig().replace(/_+$/, '');
    expect(verify(s)).toEqual({ ok: false, reason: 'malformed' });
    expect(reasonOf(`Bearer ${s}`)).toMatch(/is not a UserSig/);
  });

  it.each([
    ['an empty identifier', ''],
    ['an identifier longer than 32 bytes', 'u'.repeat(33)],
    ['an identifier of 11 three-byte characters (33 bytes)', '界'.repeat(11)],
    ['an identifier with a newline', 'alice\nadministrator'],
    ['an identifier with a NUL', 'alice\u0000'],
    ['an identifier with a zero-width joiner', 'ali\u200dce'],
    ['an identifier with an escape character', '\u001b[31malice'],
  ])('rejects a signed token with %s as UNAUTHENTICATED', (_what, identifier) => {
    const s = sig(identifier);
    expect(verify(s)).toMatchObject({ ok: false, reason: 'bad-identifier' });
    expect(reasonOf(`Bearer ${s}`)).toMatch(/empty, over-long \(more than 32 bytes\) or non-printable user id/);
  });

  it('accepts a signed token whose identifier is exactly 32 bytes', () => {
    const id = 'u'.repeat(32);
    expect(authenticate(`Bearer ${sig(id)}`, cfg).userId).toBe(id);
  });
});
