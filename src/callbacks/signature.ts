/**
 * Webhook authentication (spec §10): `Sign = sha256(token + RequestTime)` as lowercase hex, and a
 * RequestTime within one minute of now (replay protection). Neither the token nor the expected
 * sign is ever put in a message.
 */
import { timingSafeEqual } from 'node:crypto';
import { callbackSign } from '../wire/callback-sign';

export { callbackSign };

export type SignCheck = { ok: true } | { ok: false; reason: string };

export function checkSign(
  token: string,
  sign: string | null,
  requestTime: string | null,
  nowSeconds: number,
  windowSeconds = 60,
): SignCheck {
  if (!sign || !requestTime) return { ok: false, reason: 'Sign and RequestTime are required' };
  if (!/^\d{1,12}$/.test(requestTime)) return { ok: false, reason: 'RequestTime is not a Unix time' };
  if (Math.abs(nowSeconds - Number(requestTime)) > windowSeconds) {
    return { ok: false, reason: `RequestTime is more than ${windowSeconds} s away from now` };
  }
  const expected = Buffer.from(callbackSign(token, requestTime));
  const given = Buffer.from(sign.toLowerCase());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'Sign does not verify' };
  return { ok: true };
}
