/**
 * Redaction in any encoding: when Tencent's ErrorInfo echoes the admin UserSig or the secret key —
 * raw, percent-encoded once or twice, base64, base64url, or inside a URL — neither reaches the
 * client's HTTP response (message, extensions, headers) nor a log line.
 */
import { CreateRoomDocument, RoomDetailsDocument } from '../generated/operations';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createLogger } from '../../src/server/logger';
import { redact } from '../../src/upstream/redact';
import { genUserSig } from '../../src/wire/usersig';
import { print } from 'graphql';

const GET_ROOM = 'room_engine_http_srv/get_room_info';
// Characters that percent-encoding and base64 both change.
const SECRET = 'k3y/with+special=chars&%ü-0f9a2c7e41';
const ROOM = `redact-${process.pid}`;

const logLines: string[] = [];
const log = createLogger('debug', (line) => logLines.push(line));

let t: TestGateway;
/** The admin sig the gateway signs with: known exactly because its first call fell in one second. */
let adminSig: string;

beforeAll(async () => {
  for (let attempt = 0; attempt < 5 && !adminSig; attempt++) {
    const s0 = Math.floor(Date.now() / 1000);
    const g = await startTestGateway({ ROOMGRAPH_CACHE_TTL_MS: '0', ROOMGRAPH_EMULATOR_SECRET: SECRET }, { log });
    const r = await g.exec(CreateRoomDocument, { input: { id: ROOM, name: 'Redacted' } });
    expect(r.errors).toBeUndefined();
    const s1 = Math.floor(Date.now() / 1000);
    if (s0 !== s1) {
      await g.close();
      continue;
    }
    t = g;
    const { sdkAppId, adminId } = g.gw.config.tencent;
    adminSig = genUserSig({ sdkAppId, secretKey: SECRET, identifier: adminId, expireSeconds: 86400, now: s0 });
  }
  expect(adminSig).toBeDefined();
});
afterAll(() => t?.close());
afterEach(() => t.emulator.clearFaults());

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const pct = (s: string) => encodeURIComponent(s);
/** Every character percent-encoded, as some proxies do. */
const pctAll = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Every form in which a secret must not appear. */
function forms(v: string): string[] {
  return [v, pct(v), pct(pct(v)), b64(v), b64(v).replace(/=+$/, ''), b64url(v), pctAll(v), pctAll(v).toUpperCase()];
}

/** Reads the room over raw HTTP, so headers and the exact body text are checked. */
async function readRaw(): Promise<{ text: string; json: any }> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}` },
    body: JSON.stringify({ query: print(RoomDetailsDocument), variables: { id: ROOM } }),
  });
  const text = await res.text();
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  return { text: `${headers}\n${text}`, json: JSON.parse(text) };
}

function expectNoSecrets(text: string) {
  for (const secret of [adminSig, SECRET]) for (const f of forms(secret)) expect(text).not.toContain(f);
}

const ECHOES: [what: string, info: () => string][] = [
  ['the sig raw', () => `bad sig ${adminSig}`],
  ['the key raw', () => `bad key ${SECRET}`],
  ['the key percent-encoded', () => `bad key ${pct(SECRET)}`],
  ['the key double-percent-encoded', () => `bad key ${pct(pct(SECRET))}`],
  ['the key with every byte percent-encoded', () => `bad key ${pctAll(SECRET)}`],
  ['the sig base64-encoded', () => `sig was ${b64(adminSig)}`],
  ['the sig base64url-encoded', () => `sig was ${b64url(adminSig)}`],
  ['the key base64-encoded', () => `key was ${b64(SECRET)}`],
  ['the key base64url-encoded', () => `key was ${b64url(SECRET)}`],
  ['the key base64-encoded inside a longer base64 text', () => `ctx ${b64(`secretKey:${SECRET};`)}`],
  ['the sig inside a URL of another shape', () => `see https://proxy.example/echo?s=${adminSig}&k=${pct(SECRET)}`],
  ['the sig base64-encoded inside a URL', () => `see https://proxy.example/echo?blob=${pct(b64(adminSig))}`],
  ['the key double-encoded inside a URL', () => `see https://proxy.example/echo?key=${pct(pct(SECRET))}#x`],
];

describe('redaction of echoed secrets in any encoding', () => {
  it.each(ECHOES)('keeps %s out of the response and the log', async (_what, info) => {
    const errorInfo = info();
    expect(errorInfo.length).toBeLessThanOrEqual(1000);
    const linesBefore = logLines.length;
    await t.emulator.fault({ command: GET_ROOM, errorCode: 100002, errorInfo });
    const { text, json } = await readRaw();
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toContain('[redacted]');
    expectNoSecrets(text);
    for (const line of logLines.slice(linesBefore)) expectNoSecrets(line);
  });

  it('keeps text that only looks encoded', () => {
    const text = 'room aGVsbG8gd29ybGQgdGhpcyBpcyBmaW5l is fine';
    expect(redact(text, ['some-other-secret-value'], 500)).toBe(text);
  });
});

describe('redact', () => {
  it('bounds its work on a huge text and leaves no fragment of a secret at the cut', () => {
    const secret = 'sekret-value-0123456789abcdef';
    const text = `${'word '.repeat(4000)}${Buffer.from(secret).toString('base64')}${'x'.repeat(4_000_000)}`;
    const started = performance.now();
    const out = redact(text, [secret], 120);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(out.length).toBeLessThanOrEqual(121);
    expect(out).not.toContain(Buffer.from(secret).toString('base64').slice(0, 12));
  });
});
