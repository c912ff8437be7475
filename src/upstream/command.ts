/**
 * One upstream command is one declaration (DESIGN "Examples to follow"): where it lives, whether it
 * is safe to retry, its documented per-second limit, how to build its body and read its answer.
 */
import type { Envelope } from './envelope';

export type Service =
  | 'room_engine_http_srv'
  | 'room_engine_http_mic'
  | 'room_config'
  | 'live_engine_http_srv'
  | 'live_engine_http_pk'
  | 'live_config';

export interface Command<A extends unknown[], R> {
  service: Service;
  name: string;
  /** `read` commands are idempotent and may be retried; `write` commands never are. */
  kind: 'read' | 'write';
  /** Documented calls per second per SDKAppID; `undefined` where the docs give none. */
  perSecond?: number;
  body: (...args: A) => Record<string, unknown>;
  parse: (envelope: Envelope) => R;
}

export type AnyCommand = Command<any[], unknown>;

export function command<A extends unknown[], R>(c: Command<A, R>): Command<A, R> {
  return c;
}

/** Envelope-only answers (most writes). */
export const envelopeOnly = (): void => undefined;
