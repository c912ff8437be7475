/**
 * Callers authenticate with a UserSig issued by the same SDKAppID and secret key the gateway uses:
 * `Authorization: Bearer <usersig>`. The sig names the user; the gateway verifies it like Tencent
 * does (spec §12.2). The token is never logged or echoed, whatever happens.
 */
import { GraphQLError } from 'graphql';
import { verifyUserSig, type UserSigFailure } from '../wire/usersig';
import type { Secret } from '../secret';
import type { Viewer } from './viewer';

export interface AuthConfig {
  sdkAppId: number;
  secretKey: Secret;
  admins: readonly string[];
  now?: () => number;
}

const REASONS: Record<UserSigFailure, string> = {
  malformed: 'the bearer token is not a UserSig',
  'bad-identifier': 'the bearer token names an empty, over-long (more than 32 bytes) or non-printable user id',
  'identifier-mismatch': 'the bearer token names another user',
  'sdkappid-mismatch': 'the bearer token was issued for another SDKAppID',
  expired: 'the bearer token has expired',
  'bad-signature': 'the bearer token signature does not verify',
};

export function unauthenticated(reason: string): GraphQLError {
  return new GraphQLError(`Not authenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Reads the viewer from an Authorization header value; throws UNAUTHENTICATED. */
export function authenticate(authorization: string | undefined, cfg: AuthConfig): Viewer {
  if (!authorization) throw unauthenticated('send "Authorization: Bearer <UserSig>"');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) throw unauthenticated('the Authorization header must be "Bearer <UserSig>"');
  const now = Math.floor((cfg.now?.() ?? Date.now()) / 1000);
  const check = verifyUserSig(m[1], { sdkAppId: cfg.sdkAppId, secretKey: cfg.secretKey.reveal(), now });
  if (!check.ok) throw unauthenticated(REASONS[check.reason]);
  return { userId: check.fields.identifier, isAdmin: cfg.admins.includes(check.fields.identifier) };
}
