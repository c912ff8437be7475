/**
 * Error masking: the one place GraphQL errors are shaped for clients.
 * - Upstream failures get a stable `extensions.code` (upstream/errors.ts has the table) and, for
 *   Tencent's own answers, `extensions.tencent { errorCode, errorInfo, requestId }` for support.
 * - GraphQL's own input errors (a literal, variable or argument that does not coerce) are
 *   BAD_USER_INPUT naming the argument in `extensions.field`, as the gateway's own checks are
 *   (graphql/input-errors.ts tells them apart).
 * - Our own GraphQL errors with a known code pass through unchanged.
 * - Everything else is a bug: clients see "Internal server error" and an `errorId` that matches
 *   the server log line; the original message and stack stay in the log.
 */
import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { inputProblemOf } from '../graphql/input-errors';
import { TencentApiError, UpstreamError, UpstreamRateLimitedError, errorClassFor } from '../upstream/errors';
import type { Logger } from './logger';

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'NOT_A_MEMBER',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PAYLOAD_TOO_LARGE', 'QUERY_TOO_EXPENSIVE',
]);

const UPSTREAM_MESSAGES: Record<string, string> = {
  UPSTREAM_UNAVAILABLE: 'Tencent did not answer usefully in time; try again',
  UPSTREAM_AUTH: 'The gateway\'s Tencent credentials were rejected; an operator must check TRTC_SDKAPPID, TRTC_SECRET_KEY and TRTC_ADMIN_ID',
  UPSTREAM_ERROR: 'Tencent rejected the request the gateway sent',
  RATE_LIMITED: 'Too many requests to Tencent; slow down and try again',
};

/**
 * The `extensions.code` a client gets for `error`, decided as `createErrorFormatter` decides it but
 * with no side effects — for the request log, so monitoring sees what clients see.
 */
export function clientCodeOf(error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof UpstreamError) return errorClassFor(original);
  if (inputProblemOf(original)) return 'BAD_USER_INPUT';
  const code = error && typeof error === 'object' ? (error as { extensions?: Record<string, unknown> }).extensions?.code : undefined;
  return typeof code === 'string' && PASS_THROUGH.has(code) ? code : 'INTERNAL_SERVER_ERROR';
}

export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof UpstreamError) {
      const code = errorClassFor(original);
      if (original instanceof TencentApiError) {
        // Tencent's ErrorInfo is the most precise explanation; the operator-facing classes keep a
        // message of ours, since the caller cannot act on Tencent's wording there.
        const message =
          code === 'UPSTREAM_AUTH' || code === 'UPSTREAM_ERROR' || !original.errorInfo
            ? (UPSTREAM_MESSAGES[code] ?? `Tencent answered ErrorCode ${original.errorCode}`)
            : original.errorInfo;
        log.info('upstream error', { command: original.command, errorCode: original.errorCode, requestId: original.requestId, code });
        return {
          message,
          ...base,
          extensions: {
            code,
            // Tencent counts per second: a refused call may go again a second later.
            ...(code === 'RATE_LIMITED' ? { retryAfterMs: 1000 } : {}),
            tencent: { errorCode: original.errorCode, errorInfo: original.errorInfo, requestId: original.requestId },
          },
        };
      }
      log.info('upstream failure', { command: original.command, error: original.name, code });
      const retry = original instanceof UpstreamRateLimitedError ? { retryAfterMs: Math.max(1, Math.ceil(original.retryAfterMs)) } : {};
      return { message: UPSTREAM_MESSAGES[code] ?? UPSTREAM_MESSAGES.UPSTREAM_ERROR, ...base, extensions: { code, ...retry } };
    }
    // A literal, variable or argument GraphQL itself could not coerce: the client's mistake, named.
    const input = inputProblemOf(original);
    if (input) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      return { message: input.message, ...base, extensions: { ...extensions, code: 'BAD_USER_INPUT', field: input.field } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, ...base, extensions };
    }
    const errorId = randomUUID();
    log.error('internal error', {
      errorId,
      error: original instanceof Error ? `${original.name}: ${original.message}` : String(original),
      stack: original instanceof Error ? original.stack : undefined,
    });
    return { message: 'Internal server error', ...base, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
