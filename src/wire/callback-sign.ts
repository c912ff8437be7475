/**
 * Webhook signature (spec §10): `Sign = sha256(Token + RequestTime)`, plain SHA-256 of the string
 * concatenation, as lowercase hex. Wire-level, like usersig.ts: the emulator signs with it and the
 * gateway's callback receiver checks with it.
 */
import { createHash } from 'node:crypto';

export function callbackSign(token: string, requestTime: number | string): string {
  return createHash('sha256').update(`${token}${requestTime}`).digest('hex');
}
