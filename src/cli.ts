#!/usr/bin/env node
/**
 * roomgraph serve                      the gateway (with the embedded emulator unless TRTC_* is set)
 * roomgraph emulator --port P --sdkappid N --secret S --admin ID [--seed]
 * roomgraph usersig --user ID [--expire SECONDS]
 * roomgraph print-schema
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';

const USAGE = `usage:
  roomgraph serve
  roomgraph emulator --port P --sdkappid N --secret S --admin ID [--seed] [--host H]
  roomgraph usersig --user ID [--expire SECONDS]   (uses TRTC_SDKAPPID/TRTC_SECRET_KEY, or the emulator's)
  roomgraph print-schema`;

function fail(message: string): never {
  process.stderr.write(`roomgraph: ${message}\n`);
  process.exit(2);
}

function onSignals(close: () => Promise<void>): void {
  let closing = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (closing) process.exit(1);
      closing = true;
      close().then(() => process.exit(0), () => process.exit(1));
    });
  }
}

async function serve(): Promise<void> {
  const { createGateway } = await import('./gateway');
  const { DEMO_LIVE_ROOM_IDS, DEMO_ROOM_IDS } = await import('./emulator');
  const config = loadConfig();
  const gw = await createGateway(config);
  // Handlers first: whoever waits for the lines below may signal us as soon as it reads them.
  onSignals(() => gw.close());
  const out = (s: string) => process.stderr.write(s + '\n');
  out(`roomgraph: GraphQL at ${gw.url}`);
  if (gw.emulator) {
    out(
      `roomgraph: embedded Tencent emulator at ${gw.emulator.url} (SDKAppID ${config.tencent.sdkAppId}, ` +
        `demo rooms: ${DEMO_ROOM_IDS.join(', ')}; live rooms: ${DEMO_LIVE_ROOM_IDS.join(', ')})`,
    );
    out(`roomgraph: administrator token (valid 24 h), paste as the Authorization header:`);
    out(`Bearer ${gw.tokenFor(config.tencent.adminId)}`);
  } else {
    out(`roomgraph: upstream ${config.tencent.baseUrl} (SDKAppID ${config.tencent.sdkAppId})`);
  }
}

async function emulator(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' },
      sdkappid: { type: 'string' }, secret: { type: 'string' }, admin: { type: 'string' }, seed: { type: 'boolean', default: false },
    },
  });
  const sdkAppId = Number(values.sdkappid);
  const secretKey = values.secret ?? process.env.TRTC_SECRET_KEY;
  if (!Number.isInteger(sdkAppId) || sdkAppId <= 0) fail('--sdkappid must be a positive integer');
  if (!secretKey) fail('--secret (or TRTC_SECRET_KEY) is required');
  if (!values.admin) fail('--admin is required');
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be 0..65535');
  const { startEmulator } = await import('./emulator');
  const emu = await startEmulator({
    host: values.host, port, seedDemo: values.seed,
    apps: [{ sdkAppId, secretKey, adminIds: [values.admin] }],
    log: (line) => process.stderr.write(line + '\n'),
  });
  onSignals(() => emu.close());
  process.stderr.write(`roomgraph: Tencent REST emulator at ${emu.url} (SDKAppID ${sdkAppId}, admin ${values.admin})\n`);
}

async function usersig(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { user: { type: 'string' }, expire: { type: 'string', default: '86400' } } });
  if (!values.user) fail('--user is required');
  const expire = Number(values.expire);
  if (!Number.isInteger(expire) || expire <= 0) fail('--expire must be a positive number of seconds');
  const config = loadConfig();
  if (config.mode === 'emulator' && !process.env.ROOMGRAPH_EMULATOR_SECRET) {
    fail('set TRTC_SDKAPPID/TRTC_SECRET_KEY/TRTC_ADMIN_ID, or ROOMGRAPH_EMULATOR_SECRET for the emulator, to sign a UserSig');
  }
  const { genUserSig } = await import('./wire/usersig');
  process.stdout.write(
    genUserSig({ sdkAppId: config.tencent.sdkAppId, secretKey: config.tencent.secretKey.reveal(), identifier: values.user, expireSeconds: expire }) + '\n',
  );
}

async function printSchemaCmd(): Promise<void> {
  const { printGatewaySchema } = await import('./server/schema');
  process.stdout.write(printGatewaySchema());
}

async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'serve': return serve();
    case 'emulator': return emulator(rest);
    case 'usersig': return usersig(rest);
    case 'print-schema': return printSchemaCmd();
    case undefined: case '-h': case '--help': process.stdout.write(USAGE + '\n'); return;
    default: fail(`unknown command "${cmd}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Config errors and parseArgs errors carry a message meant for the user; nothing here holds a secret.
  fail(e instanceof Error ? e.message : String(e));
});
