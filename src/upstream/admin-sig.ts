/**
 * The administrator UserSig every REST call carries in its URL (spec §2.1, §12).
 *
 * Signing is cheap but not free (HMAC + deflate), and a sig is valid for a long time, so one sig is
 * cached and renewed shortly before it expires — never used in its last `renewBeforeSeconds`, so a
 * call in flight or a slightly fast Tencent clock cannot see it expire (70001, D5).
 */
import type { Secret } from '../secret';
import { genUserSig } from '../wire/usersig';

export interface AdminSigOptions {
  sdkAppId: number;
  secretKey: Secret;
  /** The App administrator account (`identifier` in the URL). */
  identifier: string;
  /** Validity of each generated sig; default 24 h. */
  validitySeconds?: number;
  /** Renew when less than this is left; default 1 h. Must be below `validitySeconds`. */
  renewBeforeSeconds?: number;
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
}

export interface AdminSig {
  /** A sig with at least `renewBeforeSeconds` of validity left. */
  current(): string;
}

export function createAdminSig(o: AdminSigOptions): AdminSig {
  const validity = o.validitySeconds ?? 86_400;
  const renewBefore = o.renewBeforeSeconds ?? 3_600;
  if (!(validity > 0) || !(renewBefore >= 0) || renewBefore >= validity) {
    throw new RangeError('admin sig: renewBeforeSeconds must be below validitySeconds');
  }
  const now = o.now ?? Date.now;
  let sig = '';
  let renewAt = -Infinity; // Unix seconds

  return {
    current(): string {
      const t = Math.floor(now() / 1000);
      if (t >= renewAt) {
        sig = genUserSig({
          sdkAppId: o.sdkAppId,
          secretKey: o.secretKey.reveal(),
          identifier: o.identifier,
          expireSeconds: validity,
          now: t,
        });
        renewAt = t + validity - renewBefore;
      }
      return sig;
    },
  };
}
