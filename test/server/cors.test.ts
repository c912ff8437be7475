/**
 * CORS on /graphql (ROOMGRAPH_CORS_ORIGINS): an allowed origin's preflight gets 204 with the
 * allow headers, its answers carry Access-Control-Allow-Origin; an unlisted origin gets no CORS
 * header, and its preflight a 403. CSRF prevention stays on whatever the origin.
 */
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator';

const APP = { sdkAppId: 1400000078, secretKey: 'cors-test-secret-9a4b', adminIds: ['ops-admin'] };
const QUERY = '{ room(id: "demo-standup") { id name } }';

let upstream: RunningEmulator;
const open: Gateway[] = [];

beforeAll(async () => {
  upstream = await startEmulator({ apps: [APP], seedDemo: true });
});
afterAll(async () => {
  await Promise.all(open.map((gw) => gw.close()));
  await upstream?.close();
});

async function emulatorGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const gw = await createGateway(loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env }), { seedDemo: true });
  open.push(gw);
  return gw;
}

async function tencentGateway(env: Record<string, string> = {}): Promise<Gateway> {
  const gw = await createGateway(
    loadConfig({
      TRTC_SDKAPPID: String(APP.sdkAppId), TRTC_SECRET_KEY: APP.secretKey, TRTC_ADMIN_ID: APP.adminIds[0], TRTC_BASE_URL: upstream.url,
      ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ...env,
    }),
  );
  open.push(gw);
  return gw;
}

/** A browser's preflight for a POST with a bearer token and a JSON body. */
function preflight(gw: Gateway, origin?: string): Promise<Response> {
  return fetch(gw.url, {
    method: 'OPTIONS',
    headers: {
      ...(origin ? { origin } : {}),
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
}

/** The actual POST a browser app sends after its preflight. */
function post(gw: Gateway, origin: string, init: { body?: string; contentType?: string } = {}): Promise<Response> {
  return fetch(gw.url, {
    method: 'POST',
    headers: {
      origin,
      'content-type': init.contentType ?? 'application/json',
      authorization: `Bearer ${gw.tokenFor('alice')}`,
    },
    body: init.body ?? JSON.stringify({ query: QUERY }),
  });
}

function corsHeadersOf(res: Response): string[] {
  return [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));
}

function expectAllowedPreflight(res: Response, origin: string) {
  expect(res.status).toBe(204);
  expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  expect(res.headers.get('vary')).toBe('Origin');
  expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  expect(res.headers.get('access-control-allow-headers')!.split(', ')).toEqual(
    expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name']),
  );
  expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  expect(res.headers.get('access-control-allow-credentials')).toBeNull();
}

async function expectRefusedPreflight(res: Response, origin: string) {
  expect(res.status).toBe(403);
  expect(corsHeadersOf(res)).toEqual([]);
  const body = (await res.json()) as any;
  expect(body.errors[0]).toEqual({
    message: `Origin ${origin} may not call this gateway from a browser: add it to ROOMGRAPH_CORS_ORIGINS`,
    extensions: { code: 'FORBIDDEN' },
  });
}

describe('with the emulator (default: localhost origins on any port)', () => {
  let gw: Gateway;
  beforeAll(async () => {
    gw = await emulatorGateway();
  });

  it.each(['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost'])(
    'answers the preflight of %s with 204 and the allow headers',
    async (origin) => {
      expectAllowedPreflight(await preflight(gw, origin), origin);
    },
  );

  it.each(['https://evil.example', 'http://localhost.evil.example:3000', 'https://localhost:3000', 'http://192.168.1.5:3000', 'null'])(
    'answers the preflight of %s with 403 and no CORS header',
    async (origin) => {
      await expectRefusedPreflight(await preflight(gw, origin), origin);
    },
  );

  it('gives an allowed origin its answer with Access-Control-Allow-Origin and Vary: Origin', async () => {
    const res = await post(gw, 'http://localhost:5173');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('vary')!.split(', ')).toContain('Origin');
    expect(((await res.json()) as any).data.room).toEqual({ id: 'demo-standup', name: 'Daily stand-up' });
  });

  it('lets an allowed origin read error answers too (here a body that is not JSON)', async () => {
    const res = await post(gw, 'http://127.0.0.1:3000', { body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('still answers an unlisted origin\'s request, without any CORS header (the browser withholds it)', async () => {
    const res = await post(gw, 'https://evil.example');
    expect(res.status).toBe(200);
    expect(corsHeadersOf(res)).toEqual([]);
    expect(res.headers.get('vary')!.split(', ')).toContain('Origin');
  });

  it('answers a GET with apollo-require-preflight from an allowed origin', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent(QUERY)}`, {
      headers: { origin: 'http://localhost:5173', 'apollo-require-preflight': 'true', authorization: `Bearer ${gw.tokenFor('alice')}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('keeps CSRF prevention on: a simple cross-site POST (content-type: text/plain) is refused, even from an allowed origin', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:5173']) {
      const res = await post(gw, origin, { contentType: 'text/plain' });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('keeps CSRF prevention on: a GET without a preflight header is refused', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent(QUERY)}`, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${gw.tokenFor('alice')}` },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('answers a plain OPTIONS (no Origin) with 204 and the methods /graphql accepts', async () => {
    const res = await preflight(gw);
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect(corsHeadersOf(res)).toEqual([]);
  });

  it('puts no CORS header on the GraphiQL page', async () => {
    const res = await fetch(gw.url, { headers: { origin: 'http://localhost:5173', accept: 'text/html' } });
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(corsHeadersOf(res)).toEqual([]);
  });
});

describe('ROOMGRAPH_CORS_ORIGINS', () => {
  it('allows no origin against Tencent by default', async () => {
    const gw = await tencentGateway();
    await expectRefusedPreflight(await preflight(gw, 'http://localhost:5173'), 'http://localhost:5173');
    expect(corsHeadersOf(await post(gw, 'http://localhost:5173'))).toEqual([]);
  });

  it('allows exactly the origins it lists', async () => {
    const gw = await tencentGateway({ ROOMGRAPH_CORS_ORIGINS: 'https://app.example.com, https://admin.example.com:8443' });
    expectAllowedPreflight(await preflight(gw, 'https://app.example.com'), 'https://app.example.com');
    expectAllowedPreflight(await preflight(gw, 'https://admin.example.com:8443'), 'https://admin.example.com:8443');
    for (const other of ['http://app.example.com', 'https://app.example.com:8443', 'https://example.com', 'https://admin.example.com', 'http://localhost:5173']) {
      await expectRefusedPreflight(await preflight(gw, other), other);
    }
    const res = await post(gw, 'https://app.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(((await res.json()) as any).data.room.id).toBe('demo-standup');
  });

  it('allows any origin only when * is given', async () => {
    const gw = await tencentGateway({ ROOMGRAPH_CORS_ORIGINS: '*' });
    expectAllowedPreflight(await preflight(gw, 'https://anywhere.example'), 'https://anywhere.example');
  });

  it('turns the emulator\'s localhost default off with none', async () => {
    const gw = await emulatorGateway({ ROOMGRAPH_CORS_ORIGINS: 'none' });
    await expectRefusedPreflight(await preflight(gw, 'http://localhost:5173'), 'http://localhost:5173');
  });
});
