/**
 * The gateway side of `npm run bench`, run by bench/run.ts as a child process so the load
 * generator (the parent) does not share the gateway's one JS thread: on a 2-core machine the
 * gateway gets a core and the load generator the other, and req/s ratios measure the gateway.
 *
 * It starts the embedded emulator with a warm gateway in front of it (cache TTL longer than the
 * run), and a second gateway over the same emulator with caching off (TTL 0: every read is cold),
 * seeds the rooms, and answers the parent over IPC:
 *
 *   → { type: 'ready', … }            once, when both gateways listen and the rooms are seeded
 *   ← { type: 'memory' }              → { type: 'memory', rss, heapUsed } after a full GC
 *   ← { type: 'cpu' }                 → { type: 'cpu', micros } CPU time (user + system) used so far
 *   ← { type: 'close' }               closes everything and exits 0
 *
 * Everything listens on 127.0.0.1.
 */
import '../src/production-default'; // as `roomgraph serve` runs (src/cli.ts)
import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createGateway } from '../src/gateway';
import { createTencentClient } from '../src/upstream/client';
import * as srv from '../src/commands/conference';

export interface Ready {
  type: 'ready';
  warmUrl: string;
  coldUrl: string;
  emulatorUrl: string;
  token: string;
  sdkAppId: number;
  adminId: string;
  roomIds: string[];
}

export const ROOMS = Number(process.env.BENCH_ROOMS ?? 100);
export const MEMBERS_PER_ROOM = 5;
export const SEATS_PER_ROOM = 8;
/** Members seated on seats 0..SEATED-1, so seats have occupants as well as free places. */
const SEATED = 2;

async function main(): Promise<void> {
  const secret = process.env.ROOMGRAPH_EMULATOR_SECRET;
  if (!secret) throw new Error('bench/gateway-process: ROOMGRAPH_EMULATOR_SECRET must be set by the parent');
  const warm = await createGateway(
    loadConfig({ ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ROOMGRAPH_EMULATOR_SECRET: secret, ROOMGRAPH_CACHE_TTL_MS: '600000' }),
    { seedDemo: false },
  );
  const t = warm.config.tencent;
  const emulatorUrl = warm.emulator!.url;
  // Same upstream, caching off: each read is a cold read (one upstream call per resource).
  const cold = await createGateway(
    loadConfig({
      ROOMGRAPH_PORT: '0', ROOMGRAPH_LOG_LEVEL: 'silent', ROOMGRAPH_CACHE_TTL_MS: '0',
      TRTC_SDKAPPID: String(t.sdkAppId), TRTC_SECRET_KEY: secret, TRTC_ADMIN_ID: t.adminId, TRTC_BASE_URL: emulatorUrl,
    }),
  );

  const roomIds = Array.from({ length: ROOMS }, (_, i) => `bench-${i}`);
  const client = createTencentClient({ baseUrl: emulatorUrl, sdkAppId: t.sdkAppId, secretKey: t.secretKey, adminId: t.adminId });
  const control = `${emulatorUrl}/emulator/v1`;
  for (const [i, id] of roomIds.entries()) {
    await client.call(srv.createRoom, { roomId: id, ownerId: `owner${i}`, isSeatEnabled: true, maxSeatCount: SEATS_PER_ROOM });
    const users = [`owner${i}`, ...Array.from({ length: MEMBERS_PER_ROOM - 1 }, (_, k) => `guest${i}-${k}`)];
    for (const u of users) {
      const r = await fetch(`${control}/rooms/${id}/members`, { method: 'POST', body: JSON.stringify({ userId: u, nameCard: `${u} (bench)` }) });
      if (!r.ok) throw new Error(`seeding ${id}: enter ${u}: ${r.status} ${await r.text()}`);
    }
    for (let s = 0; s < SEATED; s++) {
      const r = await fetch(`${control}/rooms/${id}/seats/${s}`, { method: 'POST', body: JSON.stringify({ userId: users[s + 1] }) });
      if (!r.ok) throw new Error(`seeding ${id}: seat ${s}: ${r.status} ${await r.text()}`);
    }
  }
  await client.close();
  await fetch(`${control}/calls`, { method: 'DELETE' });

  const ready: Ready = {
    type: 'ready', warmUrl: warm.url, coldUrl: cold.url, emulatorUrl, token: warm.tokenFor(t.adminId),
    sdkAppId: t.sdkAppId, adminId: t.adminId, roomIds,
  };
  process.send!(ready);
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const mem = process.memoryUsage();
      process.send!({ type: 'memory', rss: mem.rss, heapUsed: mem.heapUsed, gc: !!gc });
    } else if (m.type === 'cpu') {
      const cpu = process.cpuUsage();
      process.send!({ type: 'cpu', micros: cpu.user + cpu.system });
    } else if (m.type === 'close') {
      await cold.close();
      await warm.close();
      // Let --cpu-prof write its profile on a normal exit.
      process.exit(0);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
