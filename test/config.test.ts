/**
 * loadConfig: environment → frozen, validated configuration. Bad values fail at start-up with a
 * message naming the variable, and never the secret.
 */
import { inspect } from 'node:util';
import { ConfigError, loadConfig, REGION_HOSTS } from '../src/config';

const TENCENT = { TRTC_SDKAPPID: '1400123456', TRTC_SECRET_KEY: 'tencent-secret-key-8d2e', TRTC_ADMIN_ID: 'administrator' };

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(Object.keys(env))}`);
}

describe('loadConfig', () => {
  it('runs the embedded emulator with documented defaults when no TRTC_* variable is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      mode: 'emulator',
      host: '127.0.0.1',
      port: 4000,
      emulatorPort: 0,
      admins: ['administrator'],
      cache: { url: undefined, ttlMs: 5000, namespace: 'roomgraph' },
      upstream: { timeoutMs: 5000, connections: 16, retries: 2, rateLimitWaitMs: 2000, userSharePercent: 25 },
      limits: { maxBodyBytes: 1_048_576, maxDepth: 10, maxAliases: 30, maxTokens: 5000, maxUpstreamCalls: 500, maxComplexity: 50_000 },
      playground: true,
      cors: { origins: [], localhost: true, any: false },
      logLevel: 'info',
    });
    expect(c.tencent).toMatchObject({ sdkAppId: 1400000001, adminId: 'administrator', baseUrl: undefined });
    expect(c.tencent.secretKey.reveal()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs emulator tokens with a fresh random secret each start unless ROOMGRAPH_EMULATOR_SECRET is set', () => {
    expect(loadConfig({}).tencent.secretKey.reveal()).not.toBe(loadConfig({}).tencent.secretKey.reveal());
    const c = loadConfig({ ROOMGRAPH_EMULATOR_SECRET: 'fixed', ROOMGRAPH_EMULATOR_SDKAPPID: '1400000099', ROOMGRAPH_EMULATOR_ADMIN: 'boss' });
    expect(c.tencent.secretKey.reveal()).toBe('fixed');
    expect(c.tencent).toMatchObject({ sdkAppId: 1400000099, adminId: 'boss' });
    expect(c.admins).toEqual(['boss']);
  });

  it('targets Tencent (Singapore by default, no playground) when all three TRTC_* variables are set', () => {
    const c = loadConfig(TENCENT);
    expect(c.mode).toBe('tencent');
    expect(c.tencent).toMatchObject({ sdkAppId: 1400123456, adminId: 'administrator', baseUrl: 'https://adminapisgp.im.qcloud.com' });
    expect(c.tencent.secretKey.reveal()).toBe(TENCENT.TRTC_SECRET_KEY);
    expect(c.playground).toBe(false);
    expect(c.cors).toEqual({ origins: [], localhost: false, any: false });
  });

  it.each([
    [{ TRTC_BASE_URL: 'http://127.0.0.1:9000' }, 'TRTC_BASE_URL is set'],
    [{ TRTC_REGION: 'china' }, 'TRTC_REGION is set'],
    [{ TRTC_BASE_URL: 'http://127.0.0.1:9000', TRTC_REGION: 'china' }, 'TRTC_BASE_URL and TRTC_REGION are set'],
  ])('fails rather than start the emulator when only %j says where Tencent is', (env, start) => {
    const e = configError(env);
    expect(e.message).toBe(
      `${start} but TRTC_SDKAPPID, TRTC_SECRET_KEY and TRTC_ADMIN_ID are not: set all three to target Tencent, ` +
        `or unset ${Object.keys(env).join(' and ')} to run the embedded emulator`,
    );
  });

  it.each([
    ['true', true],
    ['false', false],
  ])('turns the playground (page and introspection) to %s with ROOMGRAPH_PLAYGROUND in either mode', (value, on) => {
    expect(loadConfig({ ROOMGRAPH_PLAYGROUND: value }).playground).toBe(on);
    expect(loadConfig({ ...TENCENT, ROOMGRAPH_PLAYGROUND: value }).playground).toBe(on);
  });

  it.each([
    [['TRTC_SDKAPPID'], ['TRTC_SECRET_KEY', 'TRTC_ADMIN_ID']],
    [['TRTC_SECRET_KEY'], ['TRTC_SDKAPPID', 'TRTC_ADMIN_ID']],
    [['TRTC_SDKAPPID', 'TRTC_SECRET_KEY'], ['TRTC_ADMIN_ID']],
    [['TRTC_SECRET_KEY', 'TRTC_ADMIN_ID'], ['TRTC_SDKAPPID']],
  ])('with only %j set, fails naming the missing %j', (given, missing) => {
    const env = Object.fromEntries(given.map((k) => [k, TENCENT[k as keyof typeof TENCENT]]));
    const e = configError(env);
    expect(e.message).toContain(`missing ${missing.join(', ')}`);
    expect(e.message).not.toContain(TENCENT.TRTC_SECRET_KEY);
  });

  it.each(Object.entries(REGION_HOSTS))('uses the %s host for TRTC_REGION', (region, host) => {
    expect(loadConfig({ ...TENCENT, TRTC_REGION: region }).tencent.baseUrl).toBe(host);
    expect(loadConfig({ ...TENCENT, TRTC_REGION: region.toUpperCase() }).tencent.baseUrl).toBe(host);
  });

  it('lists the known regions for an unknown TRTC_REGION', () => {
    expect(configError({ ...TENCENT, TRTC_REGION: 'mars' }).message).toBe(
      'TRTC_REGION must be one of china, singapore, usa, jakarta, korea, got "mars"',
    );
  });

  it('prefers TRTC_BASE_URL over the region and drops a trailing slash', () => {
    expect(loadConfig({ ...TENCENT, TRTC_REGION: 'china', TRTC_BASE_URL: 'http://127.0.0.1:9000/proxy/' }).tencent.baseUrl).toBe(
      'http://127.0.0.1:9000/proxy',
    );
  });

  it.each([['not a url'], ['ftp://example.com']])('refuses TRTC_BASE_URL %j', (url) => {
    expect(configError({ ...TENCENT, TRTC_BASE_URL: url }).message).toMatch(/^TRTC_BASE_URL must be/);
  });

  it('reads every numeric setting', () => {
    const c = loadConfig({
      ROOMGRAPH_PORT: '0', ROOMGRAPH_EMULATOR_PORT: '4100', ROOMGRAPH_CACHE_TTL_MS: '0', ROOMGRAPH_UPSTREAM_TIMEOUT_MS: '8000',
      ROOMGRAPH_UPSTREAM_CONNECTIONS: '4', ROOMGRAPH_UPSTREAM_RETRIES: '0', ROOMGRAPH_MAX_BODY_BYTES: '2048',
      ROOMGRAPH_MAX_DEPTH: '5', ROOMGRAPH_MAX_ALIASES: '3',
    });
    expect(c).toMatchObject({
      port: 0, emulatorPort: 4100, cache: { ttlMs: 0 }, upstream: { timeoutMs: 8000, connections: 4, retries: 0 },
      limits: { maxBodyBytes: 2048, maxDepth: 5, maxAliases: 3 },
    });
  });

  it.each([
    ['ROOMGRAPH_PORT', 'abc', /ROOMGRAPH_PORT must be a whole number, got "abc"/],
    ['ROOMGRAPH_PORT', '65536', /ROOMGRAPH_PORT must be between 0 and 65535, got 65536/],
    ['ROOMGRAPH_PORT', '-1', /ROOMGRAPH_PORT must be a whole number/],
    ['ROOMGRAPH_PORT', '80.5', /ROOMGRAPH_PORT must be a whole number/],
    ['ROOMGRAPH_MAX_BODY_BYTES', '10', /ROOMGRAPH_MAX_BODY_BYTES must be between 1024/],
    ['ROOMGRAPH_MAX_DEPTH', '1', /ROOMGRAPH_MAX_DEPTH must be between 2 and 100/],
    ['ROOMGRAPH_MAX_ALIASES', '0', /ROOMGRAPH_MAX_ALIASES must be between 1/],
    ['ROOMGRAPH_UPSTREAM_TIMEOUT_MS', '3000', /ROOMGRAPH_UPSTREAM_TIMEOUT_MS must be between 3001/],
    ['ROOMGRAPH_UPSTREAM_RETRIES', '9', /ROOMGRAPH_UPSTREAM_RETRIES must be between 0 and 5/],
    ['ROOMGRAPH_CACHE_TTL_MS', '1e3', /ROOMGRAPH_CACHE_TTL_MS must be a whole number/],
    ['ROOMGRAPH_EMULATOR_SDKAPPID', '0', /ROOMGRAPH_EMULATOR_SDKAPPID must be between 1/],
    ['ROOMGRAPH_PLAYGROUND', 'maybe', /ROOMGRAPH_PLAYGROUND must be true or false, got "maybe"/],
    ['ROOMGRAPH_LOG_LEVEL', 'verbose', /ROOMGRAPH_LOG_LEVEL must be silent, info or debug/],
    ['ROOMGRAPH_MAX_UPSTREAM_CALLS', '0', /ROOMGRAPH_MAX_UPSTREAM_CALLS must be between 1 and 100000, got 0/],
    ['ROOMGRAPH_MAX_COMPLEXITY', 'lots', /ROOMGRAPH_MAX_COMPLEXITY must be a whole number, got "lots"/],
    ['ROOMGRAPH_MAX_TOKENS', '10', /ROOMGRAPH_MAX_TOKENS must be between 100 and 1000000, got 10/],
    ['ROOMGRAPH_USER_UPSTREAM_SHARE_PERCENT', '101', /ROOMGRAPH_USER_UPSTREAM_SHARE_PERCENT must be between 1 and 100, got 101/],
    ['ROOMGRAPH_CACHE_URL', 'memcached://127.0.0.1', /ROOMGRAPH_CACHE_URL must be a redis:\/\/ or rediss:\/\/ URL/],
  ])('fails naming %s for the value %j', (name, value, message) => {
    expect(configError({ [name]: value }).message).toMatch(message);
  });

  it('fails naming TRTC_SDKAPPID when it is not a number', () => {
    const e = configError({ ...TENCENT, TRTC_SDKAPPID: 'app-one' });
    expect(e.message).toBe('TRTC_SDKAPPID must be a whole number, got "app-one"');
    expect(e.message).not.toContain(TENCENT.TRTC_SECRET_KEY);
  });

  it('never puts the secret key in an error message', () => {
    for (const env of <Record<string, string>[]>[
      { ...TENCENT, TRTC_REGION: 'mars' },
      { ...TENCENT, TRTC_BASE_URL: 'nope' },
      { ...TENCENT, ROOMGRAPH_PORT: 'x' },
      { ...TENCENT, ROOMGRAPH_CACHE_URL: `http://user:${TENCENT.TRTC_SECRET_KEY}@host` },
      { TRTC_SECRET_KEY: TENCENT.TRTC_SECRET_KEY },
      { ROOMGRAPH_EMULATOR_SECRET: 'emulator-secret-55', ROOMGRAPH_LOG_LEVEL: 'loud' },
    ]) {
      const e = configError(env);
      expect(e.message).not.toContain(TENCENT.TRTC_SECRET_KEY);
      expect(e.message).not.toContain('emulator-secret-55');
      expect(inspect(e)).not.toContain(TENCENT.TRTC_SECRET_KEY);
    }
  });

  it('adds ROOMGRAPH_ADMINS to the admins, trimmed and without duplicates, and always keeps the Tencent admin', () => {
    expect(loadConfig({ ...TENCENT, ROOMGRAPH_ADMINS: ' carol, dave ,,administrator,carol' }).admins).toEqual([
      'administrator', 'carol', 'dave',
    ]);
  });

  it('shows the secret key as [redacted] when serialised, inspected or printed', () => {
    const c = loadConfig(TENCENT);
    for (const text of [JSON.stringify(c), inspect(c, { depth: 10 }), `${c.tencent.secretKey}`]) {
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(TENCENT.TRTC_SECRET_KEY);
    }
  });

  it('answers a deeply frozen object', () => {
    const c = loadConfig(TENCENT);
    expect(Object.isFrozen(c)).toBe(true);
    for (const part of [c.tencent, c.cache, c.upstream, c.limits, c.admins]) expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (c as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(() => {
      (c.admins as string[]).push('mallory');
    }).toThrow(TypeError);
  });

  it('reads process.env by default', () => {
    expect(loadConfig().mode).toMatch(/^(emulator|tencent)$/);
  });

  describe('ROOMGRAPH_CORS_ORIGINS', () => {
    it('lists exact origins, normalised as browsers send them, without duplicates', () => {
      const c = loadConfig({ ...TENCENT, ROOMGRAPH_CORS_ORIGINS: ' https://App.Example.com/ ,http://localhost:5173,https://app.example.com:443, https://admin.example.com:8443' });
      expect(c.cors).toEqual({
        origins: ['https://app.example.com', 'http://localhost:5173', 'https://admin.example.com:8443'],
        localhost: false,
        any: false,
      });
    });

    it('allows any origin only for an explicit *, and any localhost port for localhost', () => {
      expect(loadConfig({ ...TENCENT, ROOMGRAPH_CORS_ORIGINS: '*' }).cors).toEqual({ origins: [], localhost: false, any: true });
      expect(loadConfig({ ...TENCENT, ROOMGRAPH_CORS_ORIGINS: 'localhost, https://app.example.com' }).cors).toEqual({
        origins: ['https://app.example.com'], localhost: true, any: false,
      });
    });

    it('turns the emulator\'s localhost default off with none, and treats an empty value as unset', () => {
      expect(loadConfig({ ROOMGRAPH_CORS_ORIGINS: 'none' }).cors).toEqual({ origins: [], localhost: false, any: false });
      expect(loadConfig({ ROOMGRAPH_CORS_ORIGINS: '' }).cors).toEqual({ origins: [], localhost: true, any: false });
    });

    it.each([
      'app.example.com', 'not a url', 'ftp://files.example.com', 'https://app.example.com/path', 'https://app.example.com?x=1',
      'https://user@app.example.com', 'https://app.example.com#top', 'none, https://app.example.com',
    ])('fails naming the variable for %j', (value) => {
      expect(configError({ ROOMGRAPH_CORS_ORIGINS: value }).message).toMatch(/^ROOMGRAPH_CORS_ORIGINS must be a comma-separated list of origins/);
    });
  });

  it('wraps ROOMGRAPH_CALLBACK_TOKEN as a secret, and leaves it unset by default', () => {
    expect(loadConfig({ ...TENCENT }).callbacks.token).toBeUndefined();
    const c = loadConfig({ ...TENCENT, ROOMGRAPH_CALLBACK_TOKEN: 'webhook-token-77' });
    expect(c.callbacks.token!.reveal()).toBe('webhook-token-77');
    expect(JSON.stringify(c)).not.toContain('webhook-token-77');
    expect(inspect(c, { depth: 10 })).not.toContain('webhook-token-77');
  });
});
