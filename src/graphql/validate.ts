/**
 * Input validation at the edge, mirroring Tencent's documented limits (spec §3, §11), so a bad
 * argument answers BAD_USER_INPUT naming the field before any upstream call. Messages never echo
 * the offending value (it could be anything, including a pasted secret); they name the field.
 */
import { GraphQLError } from 'graphql';

export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field} ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** RoomId: required, at most 48 bytes, printable ASCII (client SDK error −2105, spec §3.1). */
export function roomId(field: string, v: string): string {
  if (v.length === 0) throw badInput(field, 'must not be empty');
  if (!/^[\x20-\x7e]+$/.test(v)) throw badInput(field, 'must be printable ASCII');
  if (bytes(v) > 48) throw badInput(field, 'must be at most 48 bytes');
  return v;
}

/** An account id: non-empty, no control characters, at most 32 bytes (Tencent's UserID limit). */
export function userId(field: string, v: string): string {
  if (v.length === 0) throw badInput(field, 'must not be empty');
  if (/[\x00-\x1f\x7f]/.test(v)) throw badInput(field, 'must not contain control characters');
  if (bytes(v) > 32) throw badInput(field, 'must be at most 32 bytes');
  return v;
}

export function userIds(field: string, v: string[], max: number): string[] {
  if (v.length === 0) throw badInput(field, 'must name at least one user');
  if (v.length > max) throw badInput(field, `must name at most ${max} users per call`);
  v.forEach((u, i) => userId(`${field}[${i}]`, u));
  return Array.from(new Set(v));
}

export function maxBytes(field: string, v: string | undefined | null, max: number): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (bytes(v) > max) throw badInput(field, `must be at most ${max} bytes (UTF-8)`);
  return v;
}

export function intRange(field: string, v: number | undefined | null, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Number.isInteger(v) || v < min || v > max) throw badInput(field, `must be a whole number from ${min} to ${max}`);
  return v;
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
