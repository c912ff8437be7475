/**
 * One upstream command is one declaration (DESIGN "Examples to follow") that carries every fact
 * about it: where it lives, whether it is safe to retry, its documented per-second limit, the
 * documented field limits the gateway validates, for writes the resources it changes, and how to
 * build its body and read its answer. The client, the gateway's validation and invalidation, the
 * emulator's routing and the README's command table (checked by test/commands/table.test.ts) all
 * read it from here.
 */
import type { Envelope } from '../wire/envelope';
import type { Resource } from '../wire/resources';
import type { Limit } from './limits';

export type Service =
  | 'room_engine_http_srv'
  | 'room_engine_http_mic'
  | 'room_config'
  | 'live_engine_http_srv'
  | 'live_engine_http_pk'
  | 'live_config';

/** Documented limits of a command's arguments, by argument name. */
export type Limits = Readonly<Record<string, Limit>>;

interface Common<A extends unknown[], R> {
  service: Service;
  name: string;
  /** Documented calls per second per SDKAppID; `undefined` where the docs give none. */
  perSecond?: number;
  /** Documented limits of the arguments, by argument name; the gateway checks them at the edge. */
  limits?: Limits;
  body: (...args: A) => Record<string, unknown>;
  parse: (envelope: Envelope) => R;
}

/** Reads are idempotent and may be retried. */
export interface ReadCommand<A extends unknown[], R> extends Common<A, R> {
  kind: 'read';
}

/** Writes are never retried, and say what they change (an empty list: nothing the gateway caches). */
export interface WriteCommand<A extends unknown[], R> extends Common<A, R> {
  kind: 'write';
  changes: readonly Resource[];
  /** The room whose `changes` a call changed. */
  room: (...args: NoInfer<A>) => string;
}

export type Command<A extends unknown[], R> = ReadCommand<A, R> | WriteCommand<A, R>;

export type AnyCommand = Command<any[], unknown>;

/** A declaration as `command()` returns it: its limits keep their names, so `cmd.limits.roomId` type-checks. */
type Declared<C, L extends Limits> = C & { readonly limits: L };

export function command<A extends unknown[], R, const L extends Limits = {}>(
  c: ReadCommand<A, R> & { limits?: L },
): Declared<ReadCommand<A, R>, L>;
export function command<A extends unknown[], R, const L extends Limits = {}>(
  c: WriteCommand<A, R> & { limits?: L },
): Declared<WriteCommand<A, R>, L>;
export function command<A extends unknown[], R>(c: Command<A, R>): Command<A, R> {
  return Object.freeze({ ...c, limits: Object.freeze({ ...(c.limits ?? {}) }) });
}

/** `'<servicename>/<command>'`: how calls are counted, logged and routed. */
export const commandPath = (c: { service: string; name: string }): string => `${c.service}/${c.name}`;

/** Envelope-only answers (most writes). */
export const envelopeOnly = (): void => undefined;

/** For writes whose first argument is the room id. */
export const firstArg = (roomId: string, ..._rest: unknown[]): string => roomId;

/** For writes that change nothing the gateway caches. */
export const noRoom = (): string => '';
