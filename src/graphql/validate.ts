/**
 * Input validation at the edge, against the limits the command declarations carry (src/commands),
 * so a bad argument answers BAD_USER_INPUT naming the field before any upstream call. Messages
 * never echo the offending value (it could be anything, including a pasted secret); they name the
 * field.
 */
import { GraphQLError } from 'graphql';
import type { Limit } from '../commands/limits';

export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field} ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function text(field: string, v: unknown): string {
  if (typeof v !== 'string') throw badInput(field, 'must be a string');
  return v;
}

function roomId(field: string, v: string): void {
  if (v.length === 0) throw badInput(field, 'must not be empty');
  if (!/^[\x20-\x7e]+$/.test(v)) throw badInput(field, 'must be printable ASCII');
  if (bytes(v) > 48) throw badInput(field, 'must be at most 48 bytes');
}

function userId(field: string, v: string): void {
  if (v.length === 0) throw badInput(field, 'must not be empty');
  if (/[\x00-\x1f\x7f]/.test(v)) throw badInput(field, 'must not contain control characters');
  if (bytes(v) > 32) throw badInput(field, 'must be at most 32 bytes');
}

/**
 * Checks `v` against `limit`, naming `field` in the error. `null` and `undefined` pass as
 * `undefined` (an omitted optional argument); a list of user ids comes back without duplicates.
 */
export function check<T>(limit: Limit, field: string, v: T): Exclude<T, null> {
  type Out = Exclude<T, null>;
  if (v === null || v === undefined) return undefined as Out;
  switch (limit.kind) {
    case 'roomId':
      roomId(field, text(field, v));
      return v as Out;
    case 'userId':
      userId(field, text(field, v));
      return v as Out;
    case 'bytes':
      if (bytes(text(field, v)) > limit.max) throw badInput(field, `must be at most ${limit.max} bytes (UTF-8)`);
      return v as Out;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < limit.min || v > limit.max) {
        throw badInput(field, `must be a whole number from ${limit.min} to ${limit.max}`);
      }
      return v as Out;
    case 'items':
      if (!Array.isArray(v)) throw badInput(field, 'must be a list');
      if (v.length < limit.min) throw badInput(field, `must hold at least ${limit.min} ${limit.noun}`);
      if (v.length > limit.max) throw badInput(field, `must hold at most ${limit.max} ${limit.noun} per call`);
      return v as Out;
    case 'userIds': {
      if (!Array.isArray(v)) throw badInput(field, 'must be a list');
      if (v.length === 0) throw badInput(field, 'must name at least one user');
      if (v.length > limit.max) throw badInput(field, `must name at most ${limit.max} users per call`);
      v.forEach((u, i) => userId(`${field}[${i}]`, text(`${field}[${i}]`, u)));
      return Array.from(new Set(v)) as Out;
    }
  }
}

/** The schedule rule: a meeting lasts at least 5 minutes (spec §3.1). */
export function schedule(start: Date | undefined | null, end: Date | undefined | null): { start?: number; end?: number } {
  const s = start ? Math.floor(start.getTime() / 1000) : undefined;
  const e = end ? Math.floor(end.getTime() / 1000) : undefined;
  if (s !== undefined && e !== undefined && e < s + 300) {
    throw badInput('input.scheduleEndTime', 'must be at least 5 minutes after scheduleStartTime');
  }
  return { start: s, end: e };
}
