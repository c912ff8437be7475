import { startEmulator } from '../../src/emulator';
import { APP, control, createRoom, ok, receiver, restUrl } from './helpers';

describe('startEmulator', () => {
  it('listens on a free port of 127.0.0.1 by default', async () => {
    const emu = await startEmulator({ apps: [APP] });
    try {
      expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`);
      expect(emu.port).toBeGreaterThan(0);
    } finally {
      await emu.close();
    }
  });

  it('refuses an empty app list', async () => {
    await expect(startEmulator({ apps: [] })).rejects.toThrow(/at least one app/);
  });

  it('closes promptly with a keep-alive connection open and a delayed fault pending', async () => {
    let delayed: () => void = () => undefined;
    const isDelayed = new Promise<void>((resolve) => (delayed = resolve));
    const emu = await startEmulator({ apps: [APP], log: (l) => l.startsWith('fault: delaying') && delayed() });
    await ok(emu, 'room_config/set_callback', { Url: 'http://127.0.0.1:1/x', CallbackCommandList: [] }); // leaves a keep-alive socket
    await control(emu, 'POST', 'faults', { command: '*', delayMs: 30_000 });
    const pending = fetch(restUrl(emu, '/v4/room_config/get_callback'), { method: 'POST', body: '{}' }).catch((e: Error) => e);
    await isDelayed;
    const started = Date.now();
    await emu.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(String(await pending)).toMatch(/fetch failed/); // dropped, not answered
  });

  it('logs calls and deliveries without the usersig, the secret key or the callback token', async () => {
    const lines: string[] = [];
    const hook = await receiver();
    const emu = await startEmulator({ apps: [{ ...APP, callbackToken: 'tok-en-123' }], log: (l) => lines.push(l) });
    try {
      await ok(emu, 'room_config/set_callback', { Url: hook.url, CallbackCommandList: ['Room.CallbackAfterCreateRoom'] });
      await createRoom(emu, 'logged');
      await createRoom(emu, 'logged-2');
      await hook.next();
      await hook.next();
      const url = new URL(restUrl(emu, '/v4/x/y'));
      const everything = lines.join('\n');
      expect(everything).toContain('room_engine_http_srv/create_room');
      expect(everything).toMatch(/callback Room.CallbackAfterCreateRoom -> 200/);
      expect(everything).not.toContain(url.searchParams.get('usersig')?.slice(0, 40));
      expect(everything).not.toContain('usersig');
      expect(everything).not.toContain(APP.secretKey);
      expect(everything).not.toContain('tok-en-123');
    } finally {
      await emu.close();
      await hook.close();
    }
  });
});
