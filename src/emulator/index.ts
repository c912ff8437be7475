/**
 * An in-memory emulator of Tencent TRTC's Conference and Live server REST APIs over real HTTP: the
 * same wire protocol (spec §2), UserSig checks (§12, D5), rate limits (D4), error codes (§4, §8),
 * outbound callbacks (§5, §9, §10, D6), plus an emulator-only control API (control.ts) for client
 * actions (entering, seats, gifts, likes), the clock, call counts and logs, and fault injection.
 * State lives per SDKAppID and dies with the process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallbackSender } from './callbacks';
import { Clock } from './clock';
import { seedDemoData } from './seed';
import { requestListener } from './server';
import { createAppState, type EmulatorApp } from './state';
import type { World } from './world';

export type { EmulatorApp } from './state';
export type { AppState } from './state';
export { seedDemoData, DEMO_ROOM_IDS, DEMO_LIVE_ROOM_IDS } from './seed';
export { emulatedCommands } from './products';
export { callbackSign } from '../wire/callback-sign';

export interface EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** State is kept per SDKAppID; the first app is the control API's default. */
  apps: EmulatorApp[];
  /** Base clock in ms, default Date.now; the control API can advance it. */
  now?: () => number;
  /** Seed the demo rooms and gift catalogue (seed.ts) for every app. */
  seedDemo?: boolean;
  /** Default true: D4 per-command per-SDKAppID limits. */
  rateLimits?: boolean;
  /** Default: no output. Lines never carry a UserSig, a secret key or a callback token. */
  log?: (line: string) => void;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:43121 — REST calls go to `${url}/v4/<service>/<command>?...`. */
  url: string;
  port: number;
  /** REST calls received per 'service/command' for one app (default: the first), failed and faulted ones included. */
  calls(sdkAppId?: number): Record<string, number>;
  resetCalls(): void;
  /** Closes the server, its keep-alive sockets and callback deliveries in flight. */
  close(): Promise<void>;
}

export async function startEmulator(o: EmulatorOptions): Promise<RunningEmulator> {
  if (o.apps.length === 0) throw new Error('startEmulator needs at least one app');
  const clock = new Clock(o.now);
  const apps = new Map(o.apps.map((a) => [a.sdkAppId, createAppState(a)]));
  if (apps.size !== o.apps.length) throw new Error('startEmulator: duplicate sdkAppId');
  const sleeping = new Set<() => void>();
  const world: World = {
    apps,
    defaultApp: apps.get(o.apps[0].sdkAppId) as World['defaultApp'],
    clock,
    rateLimits: o.rateLimits ?? true,
    callbacks: new CallbackSender(clock, o.log),
    log: o.log,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          sleeping.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        sleeping.add(wake);
      }),
  };
  if (o.seedDemo) for (const app of apps.values()) seedDemoData(app, clock.now());

  const server = createServer({ keepAliveTimeout: 5000 }, requestListener(world));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  o.log?.(`emulator listening on http://${host}:${port}`);

  return {
    url: `http://${host}:${port}`,
    port,
    calls: (sdkAppId) => {
      const app = sdkAppId === undefined ? world.defaultApp : apps.get(sdkAppId);
      return app ? Object.fromEntries(app.calls) : {};
    },
    resetCalls: () => {
      for (const app of apps.values()) app.calls.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        world.callbacks.close();
        for (const wake of [...sleeping]) wake();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
