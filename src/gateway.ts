/**
 * `createGateway(config)`: the gateway, and in emulator mode the embedded Tencent emulator in front
 * of it. Starting the emulator and pointing its demo callbacks at the gateway live here, apart
 * from gateway assembly (server/assemble.ts), which only ever sees an upstream URL.
 */
import { randomUUID } from 'node:crypto';
import type { GatewayConfig } from './config';
import { liveConfig, roomConfig } from './commands/callback-config';
import { DEMO_LIVE_ROOM_IDS, DEMO_ROOM_IDS, startEmulator, type RunningEmulator } from './emulator';
import { Secret } from './secret';
import { assembleGateway, type AssembleOptions } from './server/assemble';
import type { PlaygroundOptions } from './server/graphiql';
import { createTencentClient } from './upstream/client';
import { callbacksOf } from './wire/callbacks';
import { genUserSig } from './wire/usersig';

export interface GatewayOptions extends AssembleOptions {
  /** Emulator mode: seed the demo rooms and call the gateway back from the emulator (default true). */
  seedDemo?: boolean;
}

export interface Gateway {
  /** `http://host:port/graphql`. */
  readonly url: string;
  /** The configuration in force, with the emulator's base URL filled in. */
  readonly config: GatewayConfig;
  /** The embedded emulator, in emulator mode. */
  readonly emulator: RunningEmulator | undefined;
  /** A bearer token (UserSig) for `userId`, signed with the app's secret key. */
  tokenFor(userId: string, expireSeconds?: number): string;
  close(): Promise<void>;
}

export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  if (config.mode !== 'emulator') {
    const gw = await assembleGateway(config, options);
    return { url: gw.url, config, emulator: undefined, tokenFor: gw.tokenFor, close: gw.close };
  }

  const { tencent } = config;
  const seedDemo = options.seedDemo ?? true;
  // With the embedded emulator, callbacks are always signed: a fresh token unless one is configured.
  const callbackToken = config.callbacks.token ?? new Secret(randomUUID());
  const emulator = await startEmulator({
    host: '127.0.0.1',
    port: config.emulatorPort,
    apps: [{
      sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), adminIds: [tencent.adminId],
      callbackToken: callbackToken.reveal(),
    }],
    seedDemo,
  });
  const runtime: GatewayConfig = Object.freeze({
    ...config,
    tencent: Object.freeze({ ...tencent, baseUrl: emulator.url }),
    callbacks: Object.freeze({ ...config.callbacks, token: callbackToken }),
  });
  let gw;
  try {
    gw = await assembleGateway(runtime, options, { playground: emulatorPlayground(runtime, seedDemo) });
    // The demo (npm start) shows client-side changes at once: the emulator calls the gateway back.
    if (seedDemo) await pointCallbacksAt(runtime, gw.callbackUrl);
  } catch (e) {
    await gw?.close().catch(() => undefined);
    await emulator.close().catch(() => undefined);
    throw e;
  }
  const assembled = gw;
  return {
    url: assembled.url,
    config: runtime,
    emulator,
    tokenFor: assembled.tokenFor,
    async close() {
      await assembled.close();
      await emulator.close().catch(() => undefined);
    },
  };
}

/** The demo's first operation: a Conference room and a live room of the seeded data. */
export const DEMO_QUERY = `# The roomgraph demo (embedded emulator).
# Headers below: the administrator's token.
# Run it with Ctrl-Enter or the ▶ button.
query DemoRooms {
  room(id: "${DEMO_ROOM_IDS[0]}") {
    id name memberCount
    owner { userId nameCard }
    seats { index userId isLocked }
  }
  liveRoom(id: "${DEMO_LIVE_ROOM_IDS[0]}") {
    id name onlineCount
    stats { totalViewers totalGiftCoins totalLikesReceived }
  }
}
`;

/**
 * GraphiQL in emulator mode: the administrator's token prefilled (a fresh one per page view — the
 * emulator's secret is this process's own, and its data is a demo), and with the demo seeded, an
 * operation on the demo rooms. Against Tencent, assembleGateway is given nothing to prefill.
 */
function emulatorPlayground(config: GatewayConfig, seedDemo: boolean): PlaygroundOptions {
  const { tencent } = config;
  return {
    query: seedDemo ? DEMO_QUERY : undefined,
    headers: () => ({
      Authorization: `Bearer ${genUserSig({ sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey.reveal(), identifier: tencent.adminId })}`,
    }),
  };
}

/** Configures the emulator's Conference and Live callbacks (room_config, live_config set_callback) to reach `url`. */
async function pointCallbacksAt(config: GatewayConfig, url: string): Promise<void> {
  const { tencent } = config;
  const client = createTencentClient({
    baseUrl: tencent.baseUrl as string, sdkAppId: tencent.sdkAppId, secretKey: tencent.secretKey, adminId: tencent.adminId,
  });
  try {
    await client.call(roomConfig.setCallback, { url, commands: callbacksOf('conference').map((c) => c.name) });
    await client.call(liveConfig.setCallback, { url, commands: callbacksOf('live').map((c) => c.name) });
  } finally {
    await client.close();
  }
}
