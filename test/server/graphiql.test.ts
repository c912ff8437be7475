/**
 * The GraphiQL page over HTTP: what a browser's GET of /graphql gets, the assets it loads from the
 * gateway itself, the token it is (or is not) given, and ROOMGRAPH_PLAYGROUND turning it off.
 * test/server/graphiql.browser.test.ts runs the page in a real browser.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { CONTENT_SECURITY_POLICY, DEFAULT_QUERY } from '../../src/server/graphiql';
import { verifyUserSig } from '../../src/wire/usersig';

/** What Chromium sends when the address bar opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8';
const APP = { sdkAppId: 1400000077, secretKey: 'graphiql-test-secret-3c1f', adminIds: ['ops-admin'] };

let emulatorMode: Gateway;
let upstream: RunningEmulator;

beforeAll(async () => {
  emulatorMode = await createGateway(loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent' }), { seedDemo: true });
  upstream = await startEmulator({ apps: [APP], seedDemo: true });
});
afterAll(async () => {
  await emulatorMode?.close();
  await upstream?.close();
});

/** A gateway in Tencent mode whose "Tencent" is the standalone emulator. */
async function tencentGateway(env: Record<string, string> = {}): Promise<Gateway> {
  return createGateway(
    loadConfig({
      TRTC_SDKAPPID: String(APP.sdkAppId), TRTC_SECRET_KEY: APP.secretKey, TRTC_ADMIN_ID: APP.adminIds[0], TRTC_BASE_URL: upstream.url,
      ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env,
    }),
  );
}

interface Page {
  status: number;
  headers: Headers;
  html: string;
  /** The page's settings block: the example operation, and the headers to prefill if any. */
  settings: { query: string; headers?: string } | undefined;
  /** src/href of every script and stylesheet. */
  links: string[];
}

async function openInBrowser(url: string, accept = BROWSER_ACCEPT): Promise<Page> {
  const res = await fetch(url, { headers: { accept } });
  const html = await res.text();
  const block = /<script type="application\/json" id="roomgraph-graphiql">([^<]*)<\/script>/.exec(html);
  const links = [...html.matchAll(/<(?:script src|link rel="stylesheet" href)="([^"]+)"/g)].map((m) => m[1]);
  return { status: res.status, headers: res.headers, html, settings: block ? JSON.parse(block[1]) : undefined, links };
}

describe('the GraphiQL page', () => {
  it('answers a browser GET of /graphql with the page, under a strict Content-Security-Policy', async () => {
    const page = await openInBrowser(emulatorMode.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.html).toContain('<div id="graphiql">');
  });

  it('loads every script and style from the gateway itself: no CDN, no absolute URL, no inline script', async () => {
    const page = await openInBrowser(emulatorMode.url);
    expect(page.html).not.toMatch(/https?:\/\//);
    expect(page.html).not.toMatch(/unpkg|jsdelivr|cdnjs/i);
    expect(page.links).toHaveLength(6);
    for (const link of page.links) expect(link).toMatch(/^graphiql\/[\w.-]+\?v=[0-9a-f]{12}$/);
    // Every <script> either has a src or is the JSON settings block: nothing inline to execute.
    const scripts = [...page.html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.filter((attrs) => !/ src="/.test(attrs) && !/type="application\/json"/.test(attrs))).toEqual([]);
  });

  it('serves each asset with its content type and a year-long immutable cache header, as the bytes in node_modules', async () => {
    const page = await openInBrowser(emulatorMode.url);
    for (const link of page.links) {
      const res = await fetch(new URL(link, emulatorMode.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(link.includes('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    const bundle = page.links.find((l) => l.startsWith('graphiql/graphiql.min.js'))!;
    const served = Buffer.from(await (await fetch(new URL(bundle, emulatorMode.url))).arrayBuffer());
    expect(served.equals(readFileSync(require.resolve('graphiql/graphiql.min.js')))).toBe(true);
  });

  it('gzips an asset for a client that accepts gzip', async () => {
    const url = new URL('/graphiql/graphiql.min.js', emulatorMode.url);
    const res = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(res.encoding).toBe('gzip');
    const file = readFileSync(require.resolve('graphiql/graphiql.min.js'));
    expect(res.body.length).toBeLessThan(file.length / 2);
    expect(gunzipSync(res.body).equals(file)).toBe(true);
  });

  it('answers 404 for an asset it does not have', async () => {
    const res = await fetch(new URL('/graphiql/../package.json', emulatorMode.url));
    expect(res.status).toBe(404);
    expect((await fetch(new URL('/graphiql/secrets.js', emulatorMode.url))).status).toBe(404);
  });

  it('opens with an operation on the demo rooms and prefills the administrator token in emulator mode', async () => {
    const { settings } = await openInBrowser(emulatorMode.url);
    expect(settings!.query).toMatch(/room\(id: "demo-standup"\)[\s\S]*liveRoom\(id: "live-music"\)/);
    const headers = JSON.parse(settings!.headers!);
    expect(Object.keys(headers)).toEqual(['Authorization']);
    const [, token] = /^Bearer (\S+)$/.exec(headers.Authorization)!;
    const { tencent } = emulatorMode.config;
    expect(verifyUserSig(token, { sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), identifier: tencent.adminId })).toMatchObject({ ok: true });
  });

  it('runs the page\'s example operation with the page\'s headers, as GraphiQL sends it', async () => {
    const { settings } = await openInBrowser(emulatorMode.url);
    const res = await fetch(emulatorMode.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, multipart/mixed', ...JSON.parse(settings!.headers!) },
      body: JSON.stringify({ query: settings!.query, operationName: 'DemoRooms' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.room).toMatchObject({ id: 'demo-standup', owner: { userId: 'alice' } });
    expect(body.data.liveRoom).toMatchObject({ id: 'live-music' });
  });

  it('answers GraphQL, not the page, to a GET that does not prefer HTML', async () => {
    const query = encodeURIComponent('{ __typename }');
    for (const accept of ['*/*', 'application/json', 'application/graphql-response+json, text/html;q=0.5']) {
      const res = await fetch(`${emulatorMode.url}?query=${query}`, {
        headers: { accept, 'apollo-require-preflight': 'true', authorization: `Bearer ${emulatorMode.tokenFor('alice')}` },
      });
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(((await res.json()) as any).data).toEqual({ __typename: 'Query' });
    }
  });
});

describe('against Tencent', () => {
  it('is off by default: a browser GET answers 404 saying the playground is off, and introspection is refused', async () => {
    const gw = await tencentGateway();
    try {
      const page = await openInBrowser(gw.url);
      expect(page.status).toBe(404);
      expect(page.html).not.toMatch(/Cross-Site Request Forgery/);
      expect(JSON.parse(page.html).errors[0]).toEqual({
        message: 'The GraphiQL playground is off (ROOMGRAPH_PLAYGROUND=false); POST GraphQL requests to /graphql',
        extensions: { code: 'NOT_FOUND' },
      });
      expect((await fetch(new URL('/graphiql/graphiql.min.js', gw.url))).status).toBe(404);

      const token = gw.tokenFor(APP.adminIds[0]);
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
      });
      expect(((await res.json()) as any).errors[0].message).toMatch(/introspection/i);
    } finally {
      await gw.close();
    }
  });

  it('with ROOMGRAPH_PLAYGROUND=true serves the page with nothing prefilled and an example that names no demo room', async () => {
    const gw = await tencentGateway({ ROOMGRAPH_PLAYGROUND: 'true' });
    try {
      const page = await openInBrowser(gw.url);
      expect(page.status).toBe(200);
      expect(page.settings).toEqual({ query: DEFAULT_QUERY });
      expect(page.html).not.toMatch(/Bearer eJ/); // UserSigs are base64 of zlib: they start with eJ
      expect(page.html).not.toContain('demo-');
    } finally {
      await gw.close();
    }
  });
});

describe('in emulator mode with ROOMGRAPH_PLAYGROUND=false', () => {
  it('serves no page and no asset', async () => {
    const gw = await createGateway(loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ROOMGRAPH_PLAYGROUND: 'false' }), { seedDemo: false });
    try {
      const page = await openInBrowser(gw.url);
      expect(page.status).toBe(404);
      expect(page.html).not.toContain('Bearer');
      expect((await fetch(new URL('/graphiql/boot.js', gw.url))).status).toBe(404);
    } finally {
      await gw.close();
    }
  });
});
