/**
 * CORS for /graphql: which browser origins may read the gateway's answers from pages of another
 * origin (`ROOMGRAPH_CORS_ORIGINS`). An allowed origin gets itself back in
 * `Access-Control-Allow-Origin`; any other origin gets no CORS header at all, and its preflight a
 * 403 that says why — so the browser refuses the call, and the developer sees the reason in the
 * network tab. Requests are still answered: CORS only decides what a browser lets a page read, and
 * Apollo's CSRF prevention (which stays on) is what refuses simple cross-site requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorsConfig } from '../config';

/** What a cross-origin page may send: the bearer token, JSON bodies, Apollo's CSRF and client headers. */
export const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
] as const;
export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** How long a browser may reuse a preflight (Chromium caps this at 2 h anyway). */
export const MAX_AGE_SECONDS = 600;

const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export interface CorsPolicy {
  /** Whether a page at `origin` may read answers. */
  allows(origin: string | undefined): boolean;
  /** Headers for an actual (non-preflight) answer to `req`: always `Vary: Origin`, plus the allow header for an allowed origin. */
  headersFor(req: IncomingMessage): Record<string, string>;
  /** Answers an `OPTIONS` request (a browser's preflight, or a plain OPTIONS without `Origin`). */
  preflight(req: IncomingMessage, res: ServerResponse): void;
}

export function createCors(config: CorsConfig): CorsPolicy {
  const exact = new Set(config.origins);
  const allows = (origin: string | undefined): boolean =>
    typeof origin === 'string' && origin !== 'null' && (config.any || exact.has(origin) || (config.localhost && LOCALHOST.test(origin)));

  return {
    allows,
    headersFor(req): Record<string, string> {
      const origin = req.headers.origin;
      if (origin === undefined || !allows(origin)) return { vary: 'Origin' };
      return { 'access-control-allow-origin': origin, vary: 'Origin' };
    },
    preflight(req, res) {
      const origin = req.headers.origin;
      if (origin === undefined) {
        // Not a CORS preflight: just say what /graphql accepts.
        res.writeHead(204, { allow: ALLOWED_METHODS });
        res.end();
        return;
      }
      if (!allows(origin)) {
        const body = JSON.stringify({
          errors: [{
            message: `Origin ${origin} may not call this gateway from a browser: add it to ROOMGRAPH_CORS_ORIGINS`,
            extensions: { code: 'FORBIDDEN' },
          }],
        });
        res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), vary: 'Origin' });
        res.end(body);
        return;
      }
      res.writeHead(204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
        'access-control-max-age': String(MAX_AGE_SECONDS),
        vary: 'Origin',
      });
      res.end();
    },
  };
}
