/**
 * The upstream error family: everything `TencentClient.call` rejects with is an `UpstreamError`.
 *
 * Invariant: no message, property, `cause` or stack of these errors carries the request URL, the
 * admin UserSig or the secret key. The URL carries the usersig in its query (spec §2.1), and undici's
 * own errors can hold request details, so transport errors are *replaced* by these (never wrapped
 * with `cause`); only the undici/Node error code survives.
 */

/** Base class: `command` is `'<servicename>/<command>'`, e.g. `room_engine_http_srv/get_room_info`. */
export class UpstreamError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(message);
  }
}

/** Tencent answered HTTP 200 with a non-zero `ErrorCode` (spec §2.2). */
export class TencentApiError extends UpstreamError {
  constructor(
    command: string,
    readonly errorCode: number,
    readonly errorInfo: string,
    readonly requestId: string,
  ) {
    super(command, `${command} failed with ErrorCode ${errorCode}: ${errorInfo}`);
  }
}

/** Our own deadline for the call (all attempts together) expired. */
export class UpstreamTimeoutError extends UpstreamError {
  constructor(
    command: string,
    readonly timeoutMs: number,
  ) {
    super(command, `${command} timed out (deadline ${timeoutMs} ms)`);
  }
}

/** The socket failed: refused, reset, closed early. `code` is undici's or Node's error code. */
export class UpstreamNetworkError extends UpstreamError {
  constructor(
    command: string,
    readonly code: string,
  ) {
    super(command, `${command} network error (${code})`);
  }
}

/** The HTTP status was not 200 (spec §2.2: only network-level failures, e.g. a 502 from a proxy). */
export class UpstreamHttpStatusError extends UpstreamError {
  constructor(
    command: string,
    readonly status: number,
    /** At most a short, redacted excerpt of the body (see redact.ts). */
    readonly bodySnippet: string,
  ) {
    super(command, `${command} answered HTTP ${status}${bodySnippet ? `: ${bodySnippet}` : ''}`);
  }
}

/** The body was not JSON, too large, not an envelope, or the command could not read its data. */
export class UpstreamProtocolError extends UpstreamError {
  constructor(command: string, detail: string) {
    super(command, `${command} answered an unreadable response: ${detail}`);
  }
}

/** The circuit breaker is open: recent calls failed, so this one was not sent. */
export class UpstreamCircuitOpenError extends UpstreamError {
  constructor(
    command: string,
    /** Milliseconds until a probe call will be let through. */
    readonly retryAfterMs: number,
  ) {
    super(command, `${command} not sent: upstream circuit open (retry in ${Math.max(0, Math.ceil(retryAfterMs))} ms)`);
  }
}

/**
 * Our local per-command limiter could not fit the call into its per-second budget within the wait
 * it allows (or before the deadline). `retryAfterMs`: when the call's turn would have come.
 */
export class UpstreamRateLimitedError extends UpstreamError {
  constructor(
    command: string,
    readonly perSecond: number,
    readonly retryAfterMs = 1000,
  ) {
    super(command, `${command} not sent: Tencent allows ${perSecond} calls/s and the next turn is ${Math.max(0, Math.ceil(retryAfterMs))} ms away`);
  }
}

// Names live on the prototypes, so stacks start with the class name and instances carry no extra own property.
for (const c of [
  UpstreamError, TencentApiError, UpstreamTimeoutError, UpstreamNetworkError, UpstreamHttpStatusError,
  UpstreamProtocolError, UpstreamCircuitOpenError, UpstreamRateLimitedError,
]) {
  Object.defineProperty(c.prototype, 'name', { value: c.name, writable: true, configurable: true });
}

/** The stable GraphQL-facing codes (`extensions.code`). */
export type ErrorClass =
  | 'NOT_FOUND'
  | 'NOT_A_MEMBER'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'PAYMENT_REQUIRED'
  | 'RATE_LIMITED'
  | 'SENSITIVE_CONTENT'
  | 'SEATS_DISABLED'
  | 'UPSTREAM_AUTH'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_ERROR'
  | 'INTERNAL_SERVER_ERROR';

/**
 * ErrorCode → GraphQL code (spec §2.3 common codes, §4.1 Conference codes, D5 UserSig codes):
 *
 * | ErrorCode / error                                                       | code                 |
 * |-------------------------------------------------------------------------|----------------------|
 * | 100004, 100301                                                          | NOT_FOUND            |
 * | 100005                                                                  | NOT_A_MEMBER         |
 * | 100002                                                                  | BAD_USER_INPUT       |
 * | 100006                                                                  | FORBIDDEN            |
 * | 100003, 100010, 100011, 100300                                          | CONFLICT             |
 * | 100007, 102001                                                          | PAYMENT_REQUIRED     |
 * | 100012, 60007, 60011, 60018, 60019, UpstreamRateLimitedError            | RATE_LIMITED         |
 * | 100026                                                                  | SENSITIVE_CONTENT    |
 * | 100211                                                                  | SEATS_DISABLED       |
 * | 60004, 60005, 60006, 60010, 60012, 60016, 60020, 60021, 70001, 70003    | UPSTREAM_AUTH        |
 * | 100001, 60008, 60014, timeout, network, non-200, circuit open           | UPSTREAM_UNAVAILABLE |
 * | 60002, 60003, 60009, 60013, 60015, 60017, protocol error, any other code| UPSTREAM_ERROR       |
 *
 * Anything that is not an `UpstreamError` at all (a bug) is INTERNAL_SERVER_ERROR.
 */
const classByCode: ReadonlyMap<number, ErrorClass> = new Map<number, ErrorClass>([
  ...[100004, 100301].map((c) => [c, 'NOT_FOUND'] as const),
  [100005, 'NOT_A_MEMBER'],
  [100002, 'BAD_USER_INPUT'],
  [100006, 'FORBIDDEN'],
  ...[100003, 100010, 100011, 100300].map((c) => [c, 'CONFLICT'] as const),
  ...[100007, 102001].map((c) => [c, 'PAYMENT_REQUIRED'] as const),
  ...[100012, 60007, 60011, 60018, 60019].map((c) => [c, 'RATE_LIMITED'] as const),
  [100026, 'SENSITIVE_CONTENT'],
  [100211, 'SEATS_DISABLED'],
  ...[60004, 60005, 60006, 60010, 60012, 60016, 60020, 60021, 70001, 70003].map((c) => [c, 'UPSTREAM_AUTH'] as const),
  ...[100001, 60008, 60014].map((c) => [c, 'UPSTREAM_UNAVAILABLE'] as const),
  ...[60002, 60003, 60009, 60013, 60015, 60017].map((c) => [c, 'UPSTREAM_ERROR'] as const),
]);

export function errorClassFor(err: unknown): ErrorClass {
  if (err instanceof TencentApiError) return classByCode.get(err.errorCode) ?? 'UPSTREAM_ERROR';
  if (err instanceof UpstreamRateLimitedError) return 'RATE_LIMITED';
  if (
    err instanceof UpstreamTimeoutError ||
    err instanceof UpstreamNetworkError ||
    err instanceof UpstreamHttpStatusError ||
    err instanceof UpstreamCircuitOpenError
  ) {
    return 'UPSTREAM_UNAVAILABLE';
  }
  if (err instanceof UpstreamError) return 'UPSTREAM_ERROR'; // protocol errors and anything new
  return 'INTERNAL_SERVER_ERROR';
}

/** Transient Tencent codes: internal error (retry), service timeout, account-switch timeout, "retry later". */
const transientCodes: ReadonlySet<number> = new Set([100001, 60008, 60014, 60018, 60019]);

/**
 * Whether trying the same call again may succeed. Only the retry layer asks, and only for reads:
 * a write that failed in transit may still have happened.
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof TencentApiError) return transientCodes.has(err.errorCode);
  if (err instanceof UpstreamNetworkError || err instanceof UpstreamTimeoutError) return true;
  if (err instanceof UpstreamHttpStatusError) return err.status >= 500;
  return false;
}

/**
 * Whether the failure says the upstream is unavailable (what the breaker counts). Business errors and
 * Tencent's own rate limiting prove the service is up and answering, so they do not count.
 */
export function isOutage(err: unknown): boolean {
  return errorClassFor(err) === 'UPSTREAM_UNAVAILABLE' && !(err instanceof UpstreamCircuitOpenError);
}
