/**
 * The upstream client as one request sees it: the shared client, behind two per-request limits.
 *
 * - **Budget**: a request (one GraphQL operation, or one event of a subscription) makes at most
 *   `maxCalls` upstream calls. server/cost-limit.ts refuses an operation whose estimate is over it
 *   before it runs; this counter holds the line during execution, whatever the estimate missed. The
 *   call past it fails with QUERY_TOO_EXPENSIVE and is never sent.
 * - **Fair share**: each user may run a command at `share` × its documented calls per second (at
 *   least 1), from a bucket shared by every instance when the cache is (cache/fair-share.ts). A
 *   call over it waits for its turn up to `maxWaitMs`, else fails as RATE_LIMITED with
 *   `retryAfterMs`. Global admins (the app's own back ends) draw on the command's limit only.
 *
 * Both refusals happen before the shared client's pipeline: they are the caller's doing, never
 * reach Tencent, and never count towards the circuit breaker. Calls answered from the cache never
 * reach this client, so they cost nothing.
 */
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { FairShare } from '../cache/fair-share';
import { commandPath, type Command } from '../commands/command';
import type { TencentClient } from '../upstream/client';
import { UpstreamRateLimitedError } from '../upstream/errors';

export interface RequestLimits {
  /** Most upstream calls one request may make (ROOMGRAPH_MAX_UPSTREAM_CALLS). */
  maxCalls: number;
  /** Per-user buckets; undefined: no per-user limit. */
  fairShare?: FairShare;
  /** The fraction of each command's calls per second one user may use (ROOMGRAPH_USER_UPSTREAM_SHARE). */
  share: number;
  /** How long a call may wait for its turn in the user's bucket (ROOMGRAPH_RATE_LIMIT_WAIT_MS). */
  maxWaitMs: number;
  /** A call waited `ms` for its turn in the user's bucket (metrics). */
  onShareWait?: (command: string, ms: number) => void;
  /** A call was refused: the user's share ran out (metrics). */
  onShareRefused?: (command: string) => void;
}

/** A refusal that is this caller's own: a read shared with other requests must not pass it on to them. */
export interface CallerRefusal {
  readonly perCaller: true;
}

/** A user's share of a command ran out (not Tencent's limit, nor the gateway's per-command one). */
export class UserShareExceededError extends UpstreamRateLimitedError implements CallerRefusal {
  readonly perCaller = true as const;
}
Object.defineProperty(UserShareExceededError.prototype, 'name', { value: 'UserShareExceededError', writable: true, configurable: true });

export function budgetExceeded(maxCalls: number): GraphQLError & CallerRefusal {
  const e = new GraphQLError(
    `This request needed more than ${maxCalls} calls to Tencent, the limit per request (ROOMGRAPH_MAX_UPSTREAM_CALLS); ` +
      'the rest of it was not read. Ask for fewer rooms or smaller pages, or split it.',
    { extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: 'ROOMGRAPH_MAX_UPSTREAM_CALLS', max: maxCalls } },
  );
  return Object.assign(e, { perCaller: true as const });
}

export interface RequestClient extends TencentClient {
  /** Calls this request has made (or tried to make) so far. */
  readonly used: number;
  /** Starts a new budget: the next event of a subscription is a request of its own. */
  reset(): void;
}

export function requestClient(client: TencentClient, viewer: Viewer, limits: RequestLimits): RequestClient {
  let used = 0;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    get used() {
      return used;
    },
    reset() {
      used = 0;
    },
    async call<A extends unknown[], R>(cmd: Command<A, R>, ...args: A): Promise<R> {
      if (used >= limits.maxCalls) throw budgetExceeded(limits.maxCalls);
      used += 1;
      const { fairShare } = limits;
      if (fairShare && !viewer.isAdmin && cmd.perSecond !== undefined && cmd.perSecond > 0) {
        const perSecond = Math.max(1, Math.floor(cmd.perSecond * limits.share));
        const command = commandPath(cmd);
        // A store that cannot answer (Redis down) lets the call through: the per-command limiter
        // still keeps Tencent's quota, and a cache outage must not become a gateway outage.
        const r = await fairShare.reserve(`${viewer.userId}\u0000${command}`, perSecond, limits.maxWaitMs).catch(() => undefined);
        if (r && !r.ok) {
          limits.onShareRefused?.(command);
          throw new UserShareExceededError(command, perSecond, r.retryAfterMs);
        }
        if (r && r.waitMs > 0) {
          limits.onShareWait?.(command, r.waitMs);
          await sleep(r.waitMs);
        }
      }
      return client.call(cmd, ...args);
    },
    // The shared client outlives every request: closing is the gateway's business, not a request's.
    close: async () => undefined,
  };
}
