#!/usr/bin/env node
/**
 * roomgraph serve                      the gateway (with the embedded emulator unless TRTC_* is set)
 * roomgraph emulator --port P --sdkappid N --secret S --admin ID [--seed]
 * roomgraph usersig --user ID [--expire SECONDS]
 * roomgraph print-schema
 * Every command takes --help (-h).
 */
import './production-default'; // first: graphql-js reads NODE_ENV as it loads
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';

const USAGE = `usage:
  roomgraph serve
  roomgraph emulator --port P --sdkappid N --secret S --admin ID [--seed] [--host H]
  roomgraph usersig --user ID [--expire SECONDS]   (uses TRTC_SDKAPPID/TRTC_SECRET_KEY, or the emulator's)
  roomgraph print-schema
  roomgraph COMMAND --help                          (more about one command)`;

/** The demo user whose (non-admin) token `serve` prints beside the administrator's. */
const DEMO_MEMBER = 'bob';

const HELP = {
  serve: `usage: roomgraph serve

Runs the GraphQL gateway, configured by environment variables (see the README's Configuration).
With none of TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_ADMIN_ID set it starts the embedded Tencent
emulator with the demo rooms, and prints the GraphQL URL (open it in a browser for GraphiQL), an
administrator token and a member token (${DEMO_MEMBER}). With all three set it talks to Tencent
(TRTC_REGION or TRTC_BASE_URL pick the host).

Often used: ROOMGRAPH_HOST (127.0.0.1), ROOMGRAPH_PORT (4000), ROOMGRAPH_PLAYGROUND,
ROOMGRAPH_CORS_ORIGINS, ROOMGRAPH_CACHE_URL, ROOMGRAPH_LOG_LEVEL.
SIGINT/SIGTERM close it gracefully.`,
  emulator: `usage: roomgraph emulator --port P --sdkappid N --secret S --admin ID [--seed] [--host H]

Runs only the emulator of Tencent's REST API (no gateway), e.g. as TRTC_BASE_URL for a gateway.
  --port P        port to listen on (default 0: any free port)
  --host H        interface to listen on (default 127.0.0.1)
  --sdkappid N    the SDKAppID it serves (required)
  --secret S      the app's secret key (or TRTC_SECRET_KEY)
  --admin ID      the App administrator account (required)
  --seed          seed the demo rooms, live rooms and gift catalogue`,
  usersig: `usage: roomgraph usersig --user ID [--expire SECONDS]

Prints a UserSig (a bearer token: Authorization: Bearer <UserSig>) for user ID.
  --user ID           the user to sign for (required)
  --expire SECONDS    lifetime (default 86400)
Signs for TRTC_SDKAPPID with TRTC_SECRET_KEY (all three TRTC_* set), or in emulator mode for
ROOMGRAPH_EMULATOR_SDKAPPID with ROOMGRAPH_EMULATOR_SECRET (set it for \`roomgraph serve\` too).`,
  'print-schema': `usage: roomgraph print-schema

Prints the gateway's GraphQL schema (SDL) on stdout: what schema/schema.graphql holds.`,
} as const;

/** Prints the command's help when its arguments ask for it (--help or -h); the command then does nothing else. */
function printedHelp(command: keyof typeof HELP, args: string[]): boolean {
  const options = args.slice(0, args.includes('--') ? args.indexOf('--') : args.length);
  if (!options.includes('--help') && !options.includes('-h')) return false;
  process.stdout.write(HELP[command] + '\n');
  return true;
}

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

async function serve(args: string[]): Promise<void> {
  if (printedHelp('serve', args)) return;
  parseArgs({ args, options: {} }); // no options: anything else is a mistake worth stopping for
  const { createGateway } = await import('./gateway');
  const { DEMO_LIVE_ROOM_IDS, DEMO_ROOM_IDS } = await import('./emulator');
  const config = loadConfig();
  const gw = await createGateway(config);
  // Handlers first: whoever waits for the lines below may signal us as soon as it reads them.
  onSignals(() => gw.close());
  const out = (s: string) => process.stderr.write(s + '\n');
  out(`roomgraph: GraphQL at ${gw.url}${config.playground ? ' (open it in a browser for GraphiQL)' : ''}`);
  if (gw.emulator) {
    out(
      `roomgraph: embedded Tencent emulator at ${gw.emulator.url} (SDKAppID ${config.tencent.sdkAppId}, ` +
        `demo rooms: ${DEMO_ROOM_IDS.join(', ')}; live rooms: ${DEMO_LIVE_ROOM_IDS.join(', ')})`,
    );
    out(`roomgraph: administrator token (valid 24 h), paste as the Authorization header:`);
    out(`Bearer ${gw.tokenFor(config.tencent.adminId)}`);
    out(`roomgraph: member token for ${DEMO_MEMBER} (valid 24 h; may run queries, not mutations):`);
    out(`Bearer ${gw.tokenFor(DEMO_MEMBER)}`);
  } else {
    out(`roomgraph: upstream ${config.tencent.baseUrl} (SDKAppID ${config.tencent.sdkAppId})`);
  }
}

async function emulator(args: string[]): Promise<void> {
  if (printedHelp('emulator', args)) return;
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
  if (printedHelp('usersig', args)) return;
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

async function printSchemaCmd(args: string[]): Promise<void> {
  if (printedHelp('print-schema', args)) return;
  parseArgs({ args, options: {} });
  const { printGatewaySchema } = await import('./server/schema');
  process.stdout.write(printGatewaySchema());
}

async function main(argv: string[]): Promise<void> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'serve': return serve(rest);
    case 'emulator': return emulator(rest);
    case 'usersig': return usersig(rest);
    case 'print-schema': return printSchemaCmd(rest);
    case undefined: case '-h': case '--help': process.stdout.write(USAGE + '\n'); return;
    default: fail(`unknown command "${cmd}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Config errors and parseArgs errors carry a message meant for the user; nothing here holds a secret.
  fail(e instanceof Error ? e.message : String(e));
});
