/**
 * GraphiQL, offline: a browser's GET of the GraphQL URL gets a GraphiQL page whose scripts and
 * styles the gateway serves itself, from the project's own node_modules (React 18 and GraphiQL 3
 * UMD bundles) — no CDN, nothing fetched from the internet. Each asset is read once, at start, and
 * served under `/graphiql/` with a content hash in its URL and a year-long immutable cache header.
 *
 * The page runs no inline script: its settings (the example operation, the headers to prefill) sit
 * in a JSON data block that `boot.js` reads, so the Content-Security-Policy allows scripts from
 * 'self' only. Styles need 'unsafe-inline': GraphiQL's dialogs (Radix, through
 * react-remove-scroll-bar) inject a <style> element when they open, and offer no nonce hook in the
 * UMD build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where the assets are served; the page links them relative to itself, so a path prefix added by a proxy still works. */
export const ASSET_PREFIX = '/graphiql/';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The operation GraphiQL opens with when no demo is running: nothing in it is specific to an app. */
export const DEFAULT_QUERY = `# roomgraph: GraphQL in front of Tencent TRTC's room engine.
#
# Put a UserSig in the headers editor below, e.g.
#   {"Authorization": "Bearer <UserSig>"}
# (\`roomgraph usersig --user ID\` prints one), then run with Ctrl-Enter or the run button.
query LiveLobby {
  liveRooms(first: 20) {
    nodes { id name ownerId viewCount }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export interface PlaygroundOptions {
  /** The operation the editor opens with (default: DEFAULT_QUERY). */
  query?: string;
  /**
   * Headers prefilled in the headers editor, computed for each page view. Only ever set for the
   * embedded emulator (its administrator token); against Tencent nothing is prefilled.
   */
  headers?: () => Record<string, string>;
}

export interface Playground {
  /** Answers a browser's GET of the GraphQL URL with the page. */
  page(req: IncomingMessage, res: ServerResponse): void;
  /** Answers `GET /graphiql/<name>`; false when there is no such asset. */
  asset(req: IncomingMessage, res: ServerResponse, path: string): boolean;
}

interface Asset {
  name: string;
  type: string;
  body: Buffer;
  hash: string;
  gzipped?: Buffer;
}

/** Reads the page's settings from the data block and starts GraphiQL against the URL the page was served at. */
const BOOT_JS = `'use strict';
(function () {
  var settings = JSON.parse(document.getElementById('roomgraph-graphiql').textContent);
  var props = {
    fetcher: GraphiQL.createFetcher({ url: location.origin + location.pathname }),
    defaultQuery: settings.query,
    isHeadersEditorEnabled: true,
    // The prefilled token changes with every start of the emulator: never keep an old one.
    shouldPersistHeaders: false,
  };
  if (settings.headers) {
    props.defaultHeaders = settings.headers;
    props.defaultEditorToolsVisibility = 'headers';
  }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
`;

const PAGE_CSS = `body { margin: 0; }
#graphiql { height: 100vh; height: 100dvh; }
`;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function asset(name: string, type: string, body: Buffer | string): Asset {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { name, type, body: buf, hash: createHash('sha256').update(buf).digest('hex').slice(0, 12) };
}

let loaded: Map<string, Asset> | undefined;

/** Reads every asset once per process. Throws when a package is missing, so a broken install fails at start, not in the browser. */
function loadAssets(): Map<string, Asset> {
  if (loaded) return loaded;
  const list = [
    asset('react.production.min.js', JS, readFileSync(join(packageDir('react'), 'umd/react.production.min.js'))),
    asset('react-dom.production.min.js', JS, readFileSync(join(packageDir('react-dom'), 'umd/react-dom.production.min.js'))),
    asset('graphiql.min.js', JS, readFileSync(require.resolve('graphiql/graphiql.min.js'))),
    asset('graphiql.min.css', CSS, readFileSync(require.resolve('graphiql/graphiql.min.css'))),
    asset('boot.js', JS, BOOT_JS),
    asset('page.css', CSS, PAGE_CSS),
  ];
  loaded = new Map(list.map((a) => [a.name, a]));
  return loaded;
}

/** JSON that is safe inside a <script> data block: no `</script>`, no HTML comment openers, no line separators. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a request's `Accept` prefers an HTML page to a GraphQL answer (a browser's navigation does; fetch and curl send `*\/*`). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  let html = 0;
  let graphql = 0;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    if (type === 'text/html') html = Math.max(html, q);
    else if (['application/json', 'application/graphql-response+json', 'multipart/mixed'].includes(type)) graphql = Math.max(graphql, q);
  }
  return html > 0 && html > graphql;
}

export function createPlayground(options: PlaygroundOptions = {}): Playground {
  const assets = loadAssets();
  const href = (name: string) => `graphiql/${name}?v=${assets.get(name)!.hash}`;
  const head = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>roomgraph · GraphiQL</title>',
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${href('graphiql.min.css')}">`,
    `<link rel="stylesheet" href="${href('page.css')}">`,
    '</head>',
    '<body>',
    '<div id="graphiql">Loading GraphiQL…</div>',
  ].join('\n');
  const scripts = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'boot.js']
    .map((name) => `<script src="${href(name)}"></script>`)
    .join('\n');

  return {
    page(_req, res) {
      const headers = options.headers?.();
      const settings = {
        query: options.query ?? DEFAULT_QUERY,
        ...(headers ? { headers: JSON.stringify(headers, null, 2) } : {}),
      };
      const html = `${head}\n<script type="application/json" id="roomgraph-graphiql">${jsonForHtml(settings)}</script>\n${scripts}\n</body>\n</html>\n`;
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(html),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        // The page may carry a token (emulator mode): never store it, never send it on as a referrer.
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        vary: 'Accept',
      });
      res.end(html);
    },

    asset(req, res, path) {
      const a = path.startsWith(ASSET_PREFIX) ? assets.get(path.slice(ASSET_PREFIX.length)) : undefined;
      if (!a || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      // Compressed once, on first demand: GraphiQL's bundle shrinks from 3.5 MB to well under 1 MB.
      const body = gzip ? (a.gzipped ??= gzipSync(a.body)) : a.body;
      res.writeHead(200, {
        'content-type': a.type,
        'content-length': body.length,
        'cache-control': 'public, max-age=31536000, immutable',
        etag: `"${a.hash}"`,
        'x-content-type-options': 'nosniff',
        vary: 'Accept-Encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
