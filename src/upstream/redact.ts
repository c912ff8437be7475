/**
 * Text that came back from upstream (a proxy's 502 page, an `ErrorInfo`) may echo the request, and the
 * request URL carries the admin usersig. Before such text reaches an error it passes through here.
 */

/** Query parameters of the REST URL (spec §2.1); any token mentioning one is dropped whole. */
const urlish = /\S*(?:usersig(?:=|%3d)|sdkappid(?:=|%3d)|identifier(?:=|%3d)|contenttype(?:=|%3d)|\/v4\/)\S*/gi;

/**
 * Removes the given secret values and anything URL-like that mentions the REST query, then trims to
 * `max` characters. `stripMarkup` also drops HTML tags and collapses whitespace (for bodies).
 */
export function redact(text: string, secrets: readonly string[], max: number, stripMarkup = false): string {
  let s = text;
  for (const v of secrets) if (v) s = s.split(v).join('[redacted]');
  if (stripMarkup) s = s.replace(/<[^>]*>/g, ' ');
  s = s.replace(urlish, '[redacted]');
  s = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (stripMarkup) s = s.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
