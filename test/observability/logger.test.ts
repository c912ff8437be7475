/**
 * The log is pino's now, and its lines keep the shape operators and tests read: one JSON object
 * per line with `time` (ISO 8601), `level` as a name, `msg` and the caller's fields, and nothing of
 * pino's own (pid, hostname). Levels are the gateway's: silent, info (info and error), debug.
 */
import { createLogger } from '../../src/server/logger';
import { Secret } from '../../src/secret';

function capture(level: 'silent' | 'info' | 'debug') {
  const lines: string[] = [];
  return { lines, log: createLogger(level, (l) => lines.push(l)) };
}

describe('the pino logger', () => {
  it('writes one JSON line per call with time, level name, msg and exactly the caller\'s fields', () => {
    const { lines, log } = capture('info');
    const before = Date.now();
    log.info('graphql', { requestId: 'r-1', operation: 'RoomDashboard', viewer: null, durationMs: 12, errors: ['RATE_LIMITED'] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/\n/);
    const line = JSON.parse(lines[0]);
    expect(Object.keys(line).sort()).toEqual(['durationMs', 'errors', 'level', 'msg', 'operation', 'requestId', 'time', 'viewer']);
    expect(line).toMatchObject({
      level: 'info', msg: 'graphql', requestId: 'r-1', operation: 'RoomDashboard', viewer: null, durationMs: 12, errors: ['RATE_LIMITED'],
    });
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(line.time)).toBeGreaterThanOrEqual(before - 1);
  });

  it('leaves out undefined fields, and writes a line with no fields as time, level and msg', () => {
    const { lines, log } = capture('info');
    log.info('plain');
    log.error('failed', { error: 'boom', stack: undefined });
    expect(JSON.parse(lines[0])).toEqual({ time: expect.any(String), level: 'info', msg: 'plain' });
    expect(JSON.parse(lines[1])).toEqual({ time: expect.any(String), level: 'error', msg: 'failed', error: 'boom' });
  });

  it.each([
    ['silent', [] as string[]],
    ['info', ['info', 'error']],
    ['debug', ['info', 'error', 'debug']],
  ] as const)('at level %s writes %j', (level, written) => {
    const { lines, log } = capture(level);
    log.info('i');
    log.error('e');
    log.debug('d');
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(written);
  });

  it('never writes a Secret, a credential-named field or an Authorization value, even when one is passed by mistake', () => {
    const { lines, log } = capture('debug');
    log.info('oops', {
      config: { secretKey: new Secret('s3cret-key-value'), token: 'callback-tok-value' },
      token: 'user-token-value',
      usersig: 'admin-usersig-value',
      headers: { authorization: 'Bearer bearer-value' },
      key: new Secret('another-secret'),
    });
    const text = lines.join('\n');
    for (const s of ['s3cret-key-value', 'callback-tok-value', 'user-token-value', 'admin-usersig-value', 'bearer-value', 'another-secret']) {
      expect(text).not.toContain(s);
    }
    const line = JSON.parse(lines[0]);
    expect(line.token).toBe('[redacted]');
    expect(line.key).toBe('[redacted]');
    expect(line.headers.authorization).toBe('[redacted]');
  });
});
