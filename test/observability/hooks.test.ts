/**
 * The hooks upstream/ offers for metrics and readiness, on their own with a fake clock: the
 * breaker reports each state change (and when an open circuit lets its probe through), the limiter
 * each wait and each refusal. A hook that throws never fails the call.
 */
import { withBreaker, type BreakerState } from '../../src/upstream/breaker';
import { rateLimited } from '../../src/upstream/rate-limit';
import { UpstreamNetworkError, UpstreamRateLimitedError } from '../../src/upstream/errors';
import type { Send, UpstreamCall } from '../../src/upstream/layer';
import type { Envelope } from '../../src/wire/envelope';

const OK: Envelope = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', RequestId: 'Id-1' };

function callOf(perSecond: number | undefined, now: number): UpstreamCall {
  return {
    cmd: { service: 's', name: 'c', kind: 'read', perSecond } as unknown as UpstreamCall['cmd'],
    command: 's/c', body: {}, startedAt: now, deadline: now + 5000, attempt: 1,
  };
}

describe('breaker onStateChange', () => {
  it('reports open with its probe time, half-open for the probe, closed after it, and nothing while the state stays', async () => {
    let now = 1000;
    const changes: [BreakerState, number | undefined][] = [];
    let fail = true;
    const send: Send = async () => {
      if (fail) throw new UpstreamNetworkError('s/c', 'ECONNRESET');
      return OK;
    };
    const call = withBreaker({ failureThreshold: 2, resetAfterMs: 500, now: () => now, onStateChange: (s, at) => changes.push([s, at]) })(send);
    await expect(call(callOf(undefined, now))).rejects.toThrow(UpstreamNetworkError);
    expect(changes).toEqual([]);
    await expect(call(callOf(undefined, now))).rejects.toThrow(UpstreamNetworkError);
    expect(changes).toEqual([['open', 1500]]);
    await expect(call(callOf(undefined, now))).rejects.toThrow(/circuit/i);
    expect(changes).toHaveLength(1);
    now = 1600;
    // The probe fails: half-open, then open again with a new probe time.
    await expect(call(callOf(undefined, now))).rejects.toThrow(UpstreamNetworkError);
    expect(changes.slice(1)).toEqual([['half-open', undefined], ['open', 2100]]);
    now = 2100;
    fail = false;
    await expect(call(callOf(undefined, now))).resolves.toBe(OK);
    expect(changes.slice(3)).toEqual([['half-open', undefined], ['closed', undefined]]);
    await call(callOf(undefined, now));
    expect(changes).toHaveLength(5);
  });

  it('still answers when the hook throws', async () => {
    const send: Send = async () => {
      throw new UpstreamNetworkError('s/c', 'ECONNRESET');
    };
    const call = withBreaker({ failureThreshold: 1, now: () => 0, onStateChange: () => { throw new Error('broken hook'); } })(send);
    await expect(call(callOf(undefined, 0))).rejects.toThrow(UpstreamNetworkError);
  });
});

describe('rate limiter hooks', () => {
  it('reports the wait of a call that waits, nothing for one that goes at once, and a refusal', async () => {
    const waits: [string, number][] = [];
    const refused: string[] = [];
    const now = Date.now();
    const send = rateLimited({ now: Date.now, maxWaitMs: 2000, onWait: (c, ms) => waits.push([c, ms]), onRefused: (c) => refused.push(c) })(async () => OK);
    const first = send(callOf(1, now));
    const second = send(callOf(1, now));
    // The third's turn is two seconds off: past maxWaitMs, refused at once.
    await expect(send(callOf(1, now))).rejects.toThrow(UpstreamRateLimitedError);
    await Promise.all([first, second]);
    expect(waits).toHaveLength(1);
    expect(waits[0][0]).toBe('s/c');
    expect(waits[0][1]).toBeGreaterThan(900);
    expect(waits[0][1]).toBeLessThanOrEqual(1050);
    expect(refused).toEqual(['s/c']);
  });
});
