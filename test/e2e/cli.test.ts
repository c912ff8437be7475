/**
 * The whole process, as a user runs it: `node dist/cli.js serve | usersig | emulator`. Needs the
 * build in dist/ (`npm test` builds it first; by hand: `npm run build`).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { genUserSig, verifyUserSig } from '../../src/wire/usersig';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does)');
});

/** A clean environment: nothing of the test runner's TRTC_* or ROOMGRAPH_* leaks in. */
const envOf = (vars: Record<string, string>) => ({ PATH: process.env.PATH ?? '', ...vars });

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first match of `re` in stderr; rejects if the process exits first. */
  stderrMatch(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` and resolves with the exit code; rejects after `timeoutMs`. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: envOf(env), stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    stderrMatch: (re, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(err);
          if (!m) return false;
          cleanup();
          resolve(m);
          return true;
        };
        const onExit = (code: number | null) => {
          cleanup();
          reject(new Error(`exited with ${code} before printing ${re}; stderr:\n${err}`));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no ${re} within ${timeoutMs} ms; stderr:\n${err}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          child.stderr!.off('data', check);
          child.off('exit', onExit);
        };
        if (check()) return;
        child.stderr!.on('data', check);
        child.once('exit', onExit);
      }),
    stop: async (signal = 'SIGTERM', timeoutMs = 5000) => {
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not exit within ${timeoutMs} ms of ${signal}`)), timeoutMs);
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs the CLI to completion. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: envOf(env), timeout: 10_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('roomgraph serve', () => {
  it('starts with the embedded emulator, answers a real query for the demo room, and exits 0 on SIGTERM', async () => {
    const p = start(['serve'], { ROOMGRAPH_PORT: '0' });
    const [, url] = await p.stderrMatch(/GraphQL at (http:\/\/\S+\/graphql)/);
    const [, token] = await p.stderrMatch(/^Bearer (\S+)$/m);
    expect(p.stderr()).toMatch(/embedded Tencent emulator at http:\/\/127\.0\.0\.1:\d+ \(SDKAppID 1400000001/);

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ room(id: "demo-standup") { id name ownerId members { nodes { userId role } } seats { index userId } } }',
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    const room = body.data.room;
    expect(room).toMatchObject({ id: 'demo-standup', ownerId: 'alice' });
    expect(room.members.nodes.map((m: { userId: string }) => m.userId)).toEqual(expect.arrayContaining(['alice', 'bob', 'carol']));
    expect(room.seats).toHaveLength(8);
    expect(room.seats.some((s: { userId: string | null }) => s.userId === 'alice')).toBe(true);

    expect(await p.stop('SIGTERM')).toBe(0);
    // The request log went to stdout, one JSON line per request, without the token.
    const lines = p.stdout().trim().split('\n').map((l) => JSON.parse(l));
    const logged = lines.find((l) => l.msg === 'graphql');
    expect(logged).toMatchObject({ level: 'info', viewer: 'administrator', durationMs: expect.any(Number) });
    expect(logged.errors).toBeUndefined();
    expect(p.stdout()).not.toContain(token);
  }, 20_000);

  it('prints a member token for bob beside the admin one: it reads the demo rooms and is refused mutations', async () => {
    const secret = 'e2e-member-secret';
    const p = start(['serve'], { ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ROOMGRAPH_EMULATOR_SECRET: secret });
    const [, url] = await p.stderrMatch(/GraphQL at (http:\/\/\S+\/graphql) \(open it in a browser for GraphiQL\)/);
    const [, member] = await p.stderrMatch(/^roomgraph: member token for bob \(valid 24 h; may run queries, not mutations\):\nBearer (\S+)$/m);
    // The administrator's token comes first: scripts that take the first Bearer line get the admin.
    expect(p.stderr().indexOf('administrator token')).toBeLessThan(p.stderr().indexOf('member token'));
    expect(verifyUserSig(member, { sdkAppId: 1400000001, secretKey: secret, identifier: 'bob' })).toMatchObject({ ok: true });

    const gql = async (query: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as any;
    };
    expect((await gql('{ room(id: "demo-standup") { name } }')).data.room.name).toBe('Daily stand-up');
    const refused = await gql('mutation { lockSeat(input: { roomId: "demo-standup", index: 7, locked: true }) { index } }');
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await p.stop('SIGTERM')).toBe(0);
  }, 20_000);

  it('exits 2 naming TRTC_BASE_URL when it is set without the TRTC_* identity, and starts no emulator', async () => {
    const r = await runCli(['serve'], { ROOMGRAPH_PORT: '0', TRTC_BASE_URL: 'http://127.0.0.1:9000' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'roomgraph: TRTC_BASE_URL is set but TRTC_SDKAPPID, TRTC_SECRET_KEY and TRTC_ADMIN_ID are not: ' +
        'set all three to target Tencent, or unset TRTC_BASE_URL to run the embedded emulator\n',
    );
  });

  it('exits 0 on SIGINT (Ctrl-C) sent the moment it has printed its token', async () => {
    const p = start(['serve'], { ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent' });
    await p.stderrMatch(/^Bearer \S+$/m);
    expect(await p.stop('SIGINT')).toBe(0);
  });

  it('exits 2 naming the missing variables when only some TRTC_* are set', async () => {
    const r = await runCli(['serve'], { ROOMGRAPH_PORT: '0', TRTC_SDKAPPID: '1400000001', TRTC_SECRET_KEY: 'half-configured-secret' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roomgraph: .*missing TRTC_ADMIN_ID/);
    expect(r.stderr).not.toContain('half-configured-secret');
  });
});

describe('roomgraph usersig', () => {
  it('prints a UserSig for the user that verifies with ROOMGRAPH_EMULATOR_SECRET', async () => {
    const r = await runCli(['usersig', '--user', 'alice', '--expire', '600'], { ROOMGRAPH_EMULATOR_SECRET: 'e2e-emulator-secret' });
    expect(r.code).toBe(0);
    const sig = r.stdout.trim();
    const check = verifyUserSig(sig, { sdkAppId: 1400000001, secretKey: 'e2e-emulator-secret', identifier: 'alice' });
    expect(check).toMatchObject({ ok: true, fields: { identifier: 'alice', expire: 600 } });
  });

  it('exits 2 explaining what to set when there is no secret to sign with', async () => {
    const r = await runCli(['usersig', '--user', 'alice']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ROOMGRAPH_EMULATOR_SECRET/);
    expect(r.stdout).toBe('');
  });
});

describe('roomgraph emulator', () => {
  it('prints its URL and answers a signed get_room_info with the envelope, then exits 0 on SIGTERM', async () => {
    const p = start(['emulator', '--port', '0', '--sdkappid', '1400000099', '--secret', 's3cr3t', '--admin', 'admin'], {});
    const [, url] = await p.stderrMatch(/Tencent REST emulator at (http:\/\/\S+) \(SDKAppID 1400000099, admin admin\)/);
    const call = async (command: string, body: unknown) => {
      const q = new URLSearchParams({
        sdkappid: '1400000099', identifier: 'admin', random: '12345', contenttype: 'json',
        usersig: genUserSig({ sdkAppId: 1400000099, secretKey: 's3cr3t', identifier: 'admin' }),
      });
      const res = await fetch(`${url}/v4/room_engine_http_srv/${command}?${q}`, { method: 'POST', body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      return (await res.json()) as any;
    };
    const missing = await call('get_room_info', { RoomId: 'nowhere' });
    expect(missing).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 100004, ErrorInfo: expect.any(String), RequestId: expect.stringMatching(/^Id-/) });
    expect(await call('create_room', { RoomInfo: { RoomId: 'cli-room', RoomType: 'Conference' } })).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    const found = await call('get_room_info', { RoomId: 'cli-room' });
    expect(found).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', Response: { RoomInfo: { RoomId: 'cli-room' } } });
    expect(await p.stop('SIGTERM')).toBe(0);
  }, 20_000);
});

describe('--help', () => {
  it.each([
    ['serve', /^usage: roomgraph serve\n[\s\S]*ROOMGRAPH_CORS_ORIGINS/],
    ['emulator', /^usage: roomgraph emulator --port P --sdkappid N --secret S --admin ID \[--seed\] \[--host H\]\n[\s\S]*--seed/],
    ['usersig', /^usage: roomgraph usersig --user ID \[--expire SECONDS\]\n[\s\S]*ROOMGRAPH_EMULATOR_SECRET/],
    ['print-schema', /^usage: roomgraph print-schema\n/],
  ])('prints the usage of %s on stdout and exits 0, for --help and -h alike', async (command, usage) => {
    for (const flag of ['--help', '-h']) {
      // Even with everything else wrong: help does nothing but print.
      const r = await runCli([command, flag], { TRTC_BASE_URL: 'http://127.0.0.1:9', ROOMGRAPH_PORT: 'not-a-port' });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(usage);
    }
  });

  it.each([[[]], [['--help']], [['-h']]])('prints the list of commands for %j and exits 0', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage:\n  roomgraph serve\n[\s\S]*roomgraph COMMAND --help/);
  });
});

describe('bad arguments', () => {
  it.each([
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"[\s\S]*usage:/],
    ['emulator without --sdkappid', ['emulator', '--port', '0', '--secret', 's', '--admin', 'a'], /--sdkappid must be a positive integer/],
    ['emulator without --admin', ['emulator', '--sdkappid', '1400000099', '--secret', 's'], /--admin is required/],
    ['emulator with a port out of range', ['emulator', '--port', '70000', '--sdkappid', '1', '--secret', 's', '--admin', 'a'], /--port must be 0\.\.65535/],
    ['an unknown option', ['emulator', '--sdkappid', '1', '--secret', 's', '--admin', 'a', '--bogus'], /Unknown option '--bogus'/],
    ['usersig without --user', ['usersig'], /--user is required/],
    ['usersig with a bad --expire', ['usersig', '--user', 'alice', '--expire', 'soon'], /--expire must be a positive number of seconds/],
    ['serve with an option', ['serve', '--port', '4000'], /Unknown option '--port'/],
    ['print-schema with an argument', ['print-schema', 'schema.graphql'], /Unexpected argument 'schema.graphql'/],
  ])('exits 2 with a message for %s', async (_what, args, message) => {
    const r = await runCli(args, { ROOMGRAPH_EMULATOR_SECRET: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^roomgraph: /);
    expect(r.stderr).toMatch(message);
  });
});
