/**
 * The operator's routes beside /healthz (which http.ts answers: liveness, 200 always):
 * - `GET /metrics`: Prometheus text from the gateway's own registry. With a metrics token set
 *   (ROOMGRAPH_METRICS_TOKEN) it needs `Authorization: Bearer <token>`, compared in constant time;
 *   otherwise it is open like /healthz. The token is never logged or echoed.
 * - `GET /readyz`: 200 when every check passes, else 503; the JSON body names each check's verdict.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Secret } from '../secret';
import type { GatewayMetrics } from '../observability/metrics';

export const METRICS_PATH = '/metrics';
export const READY_PATH = '/readyz';

/** A readiness check: resolves `ok`, or a short reason (`unreachable`, `circuit open`, …). */
export type ReadinessCheck = () => Promise<string>;

export interface OpsRoutesOptions {
  metrics: GatewayMetrics;
  /** When set, /metrics needs it as a bearer token. */
  metricsToken: Secret | undefined;
  checks: Readonly<Record<string, ReadinessCheck>>;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers });
  res.end(body);
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Equal-length digests, so the comparison takes the same time whatever was sent. */
function bearerMatches(header: string | undefined, token: Secret): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return timingSafeEqual(digest(m ? m[1] : ''), digest(token.reveal())) && !!m;
}

export function createOpsRoutes(o: OpsRoutesOptions) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    if (path !== METRICS_PATH && path !== READY_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'application/json; charset=utf-8', JSON.stringify({ error: `${path} answers GET` }), { allow: 'GET, HEAD' });
      return true;
    }
    if (path === METRICS_PATH) {
      if (o.metricsToken && !bearerMatches(req.headers.authorization, o.metricsToken)) {
        send(res, 401, 'application/json; charset=utf-8', JSON.stringify({ error: 'send "Authorization: Bearer <ROOMGRAPH_METRICS_TOKEN>"' }), {
          'www-authenticate': 'Bearer realm="metrics"',
        });
        return true;
      }
      const { contentType, body } = await o.metrics.scrape();
      send(res, 200, contentType, body);
      return true;
    }
    const names = Object.keys(o.checks);
    const verdicts = await Promise.all(names.map((n) => o.checks[n]().catch(() => 'failed')));
    const checks = Object.fromEntries(names.map((n, i) => [n, verdicts[i]]));
    const ready = verdicts.every((v) => v === 'ok');
    send(res, ready ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
    return true;
  };
}

/** `probe` within `timeoutMs`: `ok`, `timeout`, or `unreachable`. Concurrent checks share one probe. */
export function boundedProbe(probe: () => Promise<void>, timeoutMs: number): ReadinessCheck {
  let running: Promise<string> | undefined;
  return () => {
    running ??= new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      probe().then(
        () => resolve('ok'),
        () => resolve('unreachable'),
      ).finally(() => clearTimeout(timer));
    }).finally(() => (running = undefined));
    return running;
  };
}
