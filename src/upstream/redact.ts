/**
 * Text that came back from upstream (a proxy's 502 page, an `ErrorInfo`) may echo the request, and the
 * request URL carries the admin usersig. Before such text reaches an error it passes through here.
 *
 * Secrets are removed in any encoding an echo plausibly uses: raw, percent-encoded (once or twice,
 * either hex case), base64 and base64url (padded or not); and any token of 24+ characters that
 * decodes (percent, base64, base64url — up to three layers) to text containing a secret is dropped whole.
 */

/** Query parameters of the REST URL (spec §2.1); any token mentioning one is dropped whole. */
const urlish = /\S*(?:usersig(?:=|%3d)|sdkappid(?:=|%3d)|identifier(?:=|%3d)|contenttype(?:=|%3d)|\/v4\/)\S*/gi;

/** Runs of characters that can carry an encoded secret (percent, base64, base64url, Tencent's sig alphabet). */
const encodedToken = /[A-Za-z0-9%+/=_*\-.~]{24,}/g;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/** The forms of one secret to cut out literally. */
function formsOf(v: string): string[] {
  const once = encodeURIComponent(v);
  const twice = encodeURIComponent(once);
  const forms = new Set([v, once, twice, b64(v), b64(v).replace(/=+$/, ''), b64url(v)]);
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}

/** Every decoding of `token` worth checking: percent and base64(url), up to three layers deep. */
function decodings(token: string): string[] {
  const out: string[] = [];
  let layer = [token];
  for (let depth = 0; depth < 3 && layer.length > 0; depth++) {
    const next: string[] = [];
    for (const t of layer) {
      if (t.includes('%')) {
        try {
          next.push(decodeURIComponent(t));
        } catch {
          next.push(t.replace(/%([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));
        }
      }
      const bare = t.replace(/[^A-Za-z0-9+/=_\-*]/g, '');
      if (bare.length >= 16) {
        next.push(Buffer.from(bare.replace(/\*/g, '+').replace(/_/g, '/'), 'base64').toString('latin1'));
        next.push(Buffer.from(bare, 'base64url').toString('latin1'));
        next.push(Buffer.from(bare, 'base64url').toString('utf8'));
      }
    }
    out.push(...next);
    layer = next;
  }
  return out;
}

/**
 * Removes the given secret values and anything URL-like that mentions the REST query, then trims to
 * `max` characters. `stripMarkup` also drops HTML tags and collapses whitespace (for bodies).
 */
export function redact(text: string, secrets: readonly string[], max: number, stripMarkup = false): string {
  // Only the first `max` characters survive, so bound the work: cut well past them, and drop the
  // last (possibly cut) non-space run, so no fragment of an encoded secret is left at the cut.
  const bound = 16 * max + 8192;
  let s = text.length > bound ? text.slice(0, bound).replace(/\S*$/, '') : text;
  const values = secrets.filter((v) => v);
  for (const v of values) {
    for (const f of formsOf(v)) {
      // Percent-encoded forms may come back with lower-case hex.
      s = f.includes('%') ? s.replace(new RegExp(escapeRe(f), 'gi'), '[redacted]') : s.split(f).join('[redacted]');
    }
  }
  if (values.length > 0) {
    const latin1 = values.map((v) => Buffer.from(v, 'utf8').toString('latin1'));
    s = s.replace(encodedToken, (token) =>
      decodings(token).some((d) => values.some((v) => d.includes(v)) || latin1.some((v) => d.includes(v))) ? '[redacted]' : token,
    );
  }
  if (stripMarkup) s = s.replace(/<[^>]*>/g, ' ');
  s = s.replace(urlish, '[redacted]');
  s = s.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  if (stripMarkup) s = s.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
