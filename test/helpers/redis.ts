/**
 * Tests that need Redis use the one at REDIS_URL (default 127.0.0.1:6379) and fail, never skip,
 * when it cannot be reached.
 */
import { createSharedCache } from '../../src/cache/shared-cache';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Throws, naming REDIS_URL, unless Redis answers. */
export async function requireRedis(): Promise<void> {
  const probe = createSharedCache({ url: REDIS_URL, namespace: 'roomgraph-probe', ttlMs: 1000 });
  try {
    await probe.probe();
  } catch (e) {
    throw new Error(`Redis at ${REDIS_URL} is not reachable (${(e as Error).message}); start one or set REDIS_URL`);
  } finally {
    await probe.close();
  }
}
