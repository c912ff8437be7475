/**
 * The response envelope every Tencent REST answer carries (spec §2.2), shared by the upstream
 * client (which parses it) and the emulator (which writes it).
 */
import { randomBytes } from 'node:crypto';

export interface Envelope {
  ActionStatus: 'OK' | 'FAIL';
  ErrorInfo: string;
  ErrorCode: number;
  RequestId: string;
  /** Command data; absent for envelope-only answers. The gift getters also put data at top level (D1). */
  Response?: Record<string, unknown>;
  [topLevel: string]: unknown;
}

/** A RequestId shaped like Tencent's: `Id-<32 hex>-O-Seq-<n>`. */
let seq = 0;
export function newRequestId(): string {
  seq = (seq + 1) % 1_000_000;
  return `Id-${randomBytes(16).toString('hex')}-O-Seq-${seq}`;
}

export function okEnvelope(response?: Record<string, unknown>, requestId = newRequestId()): Envelope {
  const env: Envelope = { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, RequestId: requestId };
  if (response !== undefined) env.Response = response;
  return env;
}

export function failEnvelope(errorCode: number, errorInfo: string, requestId = newRequestId()): Envelope {
  return { ActionStatus: 'FAIL', ErrorInfo: errorInfo, ErrorCode: errorCode, RequestId: requestId };
}

/** The REST error codes this project names (spec §2.3, §4.1, D5). */
export const ErrorCodes = {
  HTTP_PARSE: 60002,
  JSON_PARSE: 60003,
  BAD_ACCOUNT_OR_SIG: 60004,
  BAD_ACCOUNT_OR_SIG_2: 60005,
  INVALID_SDKAPPID: 60006,
  RATE_LIMITED: 60007,
  TIMEOUT_OR_BAD_HTTP: 60008,
  BAD_RESOURCE: 60009,
  ADMIN_REQUIRED: 60010,
  SDKAPPID_RATE_LIMITED: 60011,
  SDKAPPID_MISSING: 60012,
  RESPONSE_JSON_PARSE: 60013,
  ACCOUNT_SWITCH_TIMEOUT: 60014,
  BAD_ACCOUNT_TYPE: 60015,
  SDKAPPID_DISABLED: 60016,
  REQUEST_DISABLED: 60017,
  TOO_MANY_REQUESTS: 60018,
  TOO_MANY_REQUESTS_2: 60019,
  PLAN_EXPIRED: 60020,
  IP_NOT_ALLOWED: 60021,
  USERSIG_EXPIRED: 70001,
  USERSIG_INVALID: 70003,
  INTERNAL: 100001,
  INVALID_PARAMETER: 100002,
  ROOM_EXISTS: 100003,
  ROOM_NOT_FOUND: 100004,
  NOT_A_MEMBER: 100005,
  PERMISSION_DENIED: 100006,
  NO_PAYMENT: 100007,
  ROOM_EXISTS_SAME_OWNER: 100010,
  ROOM_ID_USED_BY_CHAT: 100011,
  FREQUENCY_LIMIT: 100012,
  SENSITIVE_CONTENT: 100026,
  SEATS_NOT_SUPPORTED: 100211,
  CALLBACK_EXISTS: 100300,
  CALLBACK_NOT_FOUND: 100301,
  NO_PAYMENT_GIFT: 102001,
} as const;
