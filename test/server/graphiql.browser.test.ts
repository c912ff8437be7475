/**
 * GraphiQL in a real browser: Debian's chromium, driven by playwright-core, opens the GraphQL URL
 * of a gateway in emulator mode with the demo seeded, runs the prefilled example operation with
 * the prefilled administrator token, and reads the demo rooms in the result pane — with every
 * request going to the gateway itself (no CDN) and no Content-Security-Policy violation. Then a
 * page of another localhost origin (a frontend's dev server) calls the gateway with fetch.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`; .ci/run installs it): without it this suite
 * fails rather than skips. `UPDATE_SCREENSHOT=1` also rewrites docs/graphiql.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createGateway, type Gateway } from '../../src/gateway';
import { loadConfig } from '../../src/config';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = join(__dirname, '../../docs/graphiql.png');

let gw: Gateway;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
  }
  gw = await createGateway(loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent' }), { seedDemo: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await gw?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for, page, scripts, styles and fetches alike. */
  requested: string[];
  /** Page errors and console errors (a CSP violation is one). */
  problems: string[];
}

/**
 * The whole text of the CodeMirror editor under `selector` ('' when there is none yet): the DOM
 * holds only its visible lines. Functions, not strings, are evaluated: a string would need
 * 'unsafe-eval', which the page's CSP rightly refuses.
 */
function editorText(page: Page, selector: string): Promise<string> {
  return page.evaluate(readEditor, `${selector} .CodeMirror`);
}

function readEditor(selector: string): string {
  // Runs in the page; tsconfig has no DOM types.
  const el = (globalThis as any).document.querySelector(selector);
  return el?.CodeMirror?.getValue() ?? '';
}

/** The result pane's text once it holds `expected`. */
async function resultContaining(page: Page, expected: string): Promise<string> {
  await page.waitForFunction(
    // Serialised into the page: it cannot call readEditor.
    ([selector, text]) => ((globalThis as any).document.querySelector(selector)?.CodeMirror?.getValue() ?? '').includes(text),
    ['.result-window .CodeMirror', expected] as const,
    { timeout: 15_000 },
  );
  return editorText(page, '.result-window');
}

async function visit(url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requested: string[] = [];
  const problems: string[] = [];
  context.on('request', (r) => requested.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  return { context, page, requested, problems };
}

describe('GraphiQL in a browser', () => {
  it('runs the prefilled demo operation with the prefilled admin token and shows the demo rooms, fetching nothing from another origin', async () => {
    const v = await visit(gw.url);
    try {
      const { page } = v;
      const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
      await queryEditor.waitFor({ timeout: 30_000 });
      expect(await editorText(page, '.graphiql-query-editor')).toMatch(/query DemoRooms[\s\S]*demo-standup[\s\S]*live-music/);
      expect(await page.locator('.graphiql-editor-tool').textContent()).toMatch(/"Authorization":\s*"Bearer \S+"/);

      // Ctrl-Enter in the editor, as a user would.
      await queryEditor.click();
      await page.keyboard.press('Control+Enter');
      const text = await resultContaining(page, 'live-music');
      expect(text).toContain('"id": "demo-standup"');
      expect(text).toContain('"name": "Daily stand-up"');
      expect(text).toContain('"id": "live-music"');
      expect(text).not.toContain('"errors"');

      const origin = new URL(gw.url).origin;
      const elsewhere = v.requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
      expect(elsewhere).toEqual([]);
      // The page, its six assets, and at least GraphiQL's introspection and our operation.
      expect(v.requested.filter((u) => u.includes('/graphiql/'))).toHaveLength(6);
      expect(v.requested.filter((u) => new URL(u).pathname === '/graphql').length).toBeGreaterThanOrEqual(3);
      expect(v.problems).toEqual([]);

      if (process.env.UPDATE_SCREENSHOT === '1') {
        mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
        await page.screenshot({ path: SCREENSHOT });
      }
    } finally {
      await v.context.close();
    }
  }, 60_000);

  it('answers UNAUTHENTICATED in the result pane once the token is removed from the headers editor', async () => {
    const v = await visit(gw.url);
    try {
      const { page } = v;
      // The headers editor is open (the prefilled token is there to be seen); the variables editor is hidden.
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror');
      await headers.waitFor({ timeout: 30_000 });
      await headers.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.type('{}'); // the closing brace types over the one autocompletion added
      expect(await editorText(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)')).toBe('{}');
      await page.locator('.graphiql-execute-button').click();
      const text = await resultContaining(page, 'UNAUTHENTICATED');
      expect(text).not.toContain('demo-standup');
      expect(v.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
    } finally {
      await v.context.close();
    }
  }, 60_000);
});

describe('a browser app on another origin', () => {
  let app: Server;
  let appOrigin: string;
  let closed: Gateway;

  beforeAll(async () => {
    // A frontend's dev server: one empty page on its own port.
    app = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    appOrigin = `http://localhost:${(app.address() as AddressInfo).port}`;
    closed = await createGateway(
      loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ROOMGRAPH_CORS_ORIGINS: 'none' }),
      { seedDemo: true },
    );
  });
  afterAll(async () => {
    await closed?.close();
    await new Promise((resolve) => app?.close(resolve));
  });

  /** Runs the README's fetch example in a page at appOrigin; resolves with the JSON, or the fetch's error message. */
  async function callFromApp(url: string, token: string): Promise<{ json?: any; error?: string }> {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(appOrigin);
      return await page.evaluate(
        async ([gatewayUrl, bearer]) => {
          try {
            const res = await fetch(gatewayUrl, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
              body: JSON.stringify({ query: '{ room(id: "demo-standup") { name } }' }),
            });
            return { json: await res.json() };
          } catch (e) {
            return { error: String(e) };
          }
        },
        [url, token] as const,
      );
    } finally {
      await context.close();
    }
  }

  it('reads the gateway\'s answer from a localhost origin, allowed by default with the emulator', async () => {
    const r = await callFromApp(gw.url, gw.tokenFor('bob'));
    expect(r).toEqual({ json: { data: { room: { name: 'Daily stand-up' } } } });
  }, 30_000);

  it('cannot read it when ROOMGRAPH_CORS_ORIGINS does not allow the origin', async () => {
    const r = await callFromApp(closed.url, closed.tokenFor('bob'));
    expect(r.error).toMatch(/Failed to fetch/);
  }, 30_000);
});
