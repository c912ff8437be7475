/**
 * Tencent wants some fields to hold JSON text; a malformed one is BAD_USER_INPUT at the edge rather than a 100002 from upstream.
 */
import { badInput } from '../graphql/validate';

/** Tencent's `ExtensionInfo` fields must hold a JSON string (spec §7.7, §7.10): checked before the call. */
export function jsonText(field: string, v: string | null | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  try {
    JSON.parse(v);
  } catch {
    throw badInput(field, 'must be a JSON string');
  }
  return v;
}
