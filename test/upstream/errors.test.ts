import {
  TencentApiError,
  UpstreamCircuitOpenError,
  UpstreamError,
  UpstreamHttpStatusError,
  UpstreamNetworkError,
  UpstreamProtocolError,
  UpstreamRateLimitedError,
  UpstreamTimeoutError,
  errorClassFor,
  isRetryable,
} from '../../src/upstream/errors';

const cmd = 'room_engine_http_srv/get_room_info';
const api = (code: number) => new TencentApiError(cmd, code, 'info', 'Id-1');

describe('errorClassFor', () => {
  const table: [string, number[]][] = [
    ['NOT_FOUND', [100004, 100301]],
    ['NOT_A_MEMBER', [100005]],
    ['BAD_USER_INPUT', [100002]],
    ['FORBIDDEN', [100006]],
    ['CONFLICT', [100003, 100010, 100011, 100300]],
    ['PAYMENT_REQUIRED', [100007, 102001]],
    ['RATE_LIMITED', [100012, 60007, 60011, 60018, 60019]],
    ['SENSITIVE_CONTENT', [100026]],
    ['SEATS_DISABLED', [100211]],
    ['UPSTREAM_AUTH', [60004, 60005, 60006, 60010, 60012, 60016, 60020, 60021, 70001, 70003]],
    ['UPSTREAM_UNAVAILABLE', [100001, 60008, 60014]],
    ['UPSTREAM_ERROR', [60002, 60003, 60009, 60013, 60015, 60017, 12345, 100999, 70002]],
  ];
  for (const [code, errorCodes] of table) {
    for (const errorCode of errorCodes) {
      it(`answers ${code} for ErrorCode ${errorCode}`, () => {
        expect(errorClassFor(api(errorCode))).toBe(code);
      });
    }
  }

  it('answers RATE_LIMITED when our own limiter refused the call', () => {
    expect(errorClassFor(new UpstreamRateLimitedError(cmd, 5))).toBe('RATE_LIMITED');
  });

  it('answers UPSTREAM_UNAVAILABLE for timeouts, socket failures, non-200 answers and an open circuit', () => {
    expect(errorClassFor(new UpstreamTimeoutError(cmd, 5000))).toBe('UPSTREAM_UNAVAILABLE');
    expect(errorClassFor(new UpstreamNetworkError(cmd, 'ECONNRESET'))).toBe('UPSTREAM_UNAVAILABLE');
    expect(errorClassFor(new UpstreamHttpStatusError(cmd, 502, ''))).toBe('UPSTREAM_UNAVAILABLE');
    expect(errorClassFor(new UpstreamCircuitOpenError(cmd, 100))).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('answers UPSTREAM_ERROR for an unreadable response and any other upstream error', () => {
    expect(errorClassFor(new UpstreamProtocolError(cmd, 'body is not JSON'))).toBe('UPSTREAM_ERROR');
    expect(errorClassFor(new UpstreamError(cmd, 'something new'))).toBe('UPSTREAM_ERROR');
  });

  it('answers INTERNAL_SERVER_ERROR for anything that is not an upstream error', () => {
    expect(errorClassFor(new Error('bug'))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorClassFor('a string')).toBe('INTERNAL_SERVER_ERROR');
    expect(errorClassFor(undefined)).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('isRetryable', () => {
  it('retries transient Tencent codes 100001, 60008, 60014, 60018 and 60019', () => {
    for (const c of [100001, 60008, 60014, 60018, 60019]) expect(isRetryable(api(c))).toBe(true);
  });

  it('never retries business or auth errors', () => {
    for (const c of [100002, 100004, 100005, 100006, 100003, 100012, 60007, 60004, 70001]) {
      expect(isRetryable(api(c))).toBe(false);
    }
  });

  it('retries network errors, timeouts and 5xx answers but not 4xx, protocol, breaker or limiter errors', () => {
    expect(isRetryable(new UpstreamNetworkError(cmd, 'UND_ERR_SOCKET'))).toBe(true);
    expect(isRetryable(new UpstreamTimeoutError(cmd, 100))).toBe(true);
    expect(isRetryable(new UpstreamHttpStatusError(cmd, 503, ''))).toBe(true);
    expect(isRetryable(new UpstreamHttpStatusError(cmd, 404, ''))).toBe(false);
    expect(isRetryable(new UpstreamProtocolError(cmd, 'x'))).toBe(false);
    expect(isRetryable(new UpstreamCircuitOpenError(cmd, 10))).toBe(false);
    expect(isRetryable(new UpstreamRateLimitedError(cmd, 5))).toBe(false);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });
});

describe('the error family', () => {
  it('words a Tencent failure with the command, the ErrorCode and the ErrorInfo', () => {
    const e = new TencentApiError(cmd, 100004, 'room not exist', 'Id-abc-O-Seq-1');
    expect(e.message).toBe('room_engine_http_srv/get_room_info failed with ErrorCode 100004: room not exist');
    expect(e).toMatchObject({ command: cmd, errorCode: 100004, errorInfo: 'room not exist', requestId: 'Id-abc-O-Seq-1' });
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e).toBeInstanceOf(Error);
  });

  it('names each class in its stack', () => {
    expect(new UpstreamTimeoutError(cmd, 10).stack).toMatch(/^UpstreamTimeoutError: /);
    expect(new TencentApiError(cmd, 1, '', '').name).toBe('TencentApiError');
  });
});
