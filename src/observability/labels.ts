/**
 * Label values that come from outside (operation names clients choose, error codes Tencent
 * answers) must not grow a metric without bound: every distinct value is a time series kept for
 * the life of the process. A bounded label admits values matching a pattern, at most `max` distinct
 * ones; later newcomers and values that do not match are `other`, and a missing value is `none`.
 */
export interface BoundedLabelOptions {
  max: number;
  pattern: RegExp;
  /** The value for `undefined`, `null` or `''`. */
  none: string;
  /** The value for everything refused; default `other`. */
  other?: string;
}

export function boundedLabel(o: BoundedLabelOptions): (value: string | null | undefined) => string {
  const seen = new Set<string>();
  const other = o.other ?? 'other';
  return (value) => {
    if (value === undefined || value === null || value === '') return o.none;
    if (seen.has(value)) return value;
    if (seen.size >= o.max || !o.pattern.test(value)) return other;
    seen.add(value);
    return value;
  };
}

/** A GraphQL name (a letter or underscore, then letters, digits, underscores) of at most 64 characters. */
export const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
