/**
 * The emulated clock cannot be pushed out of range: one advance is capped at 10 years (100002
 * past it), the clock never runs more than 100 years ahead, and reset moves it back to real time.
 */
import type { RunningEmulator } from '../../src/emulator';
import { APP, control, createRoom, ok, start } from './helpers';

const TEN_YEARS = 10 * 365 * 86_400;

describe('emulator clock limits', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start({ apps: [APP] });
  });
  afterAll(() => emu.close());
  afterEach(() => control(emu, 'POST', 'reset'));

  const nowMs = async () => (await control(emu, 'GET', 'clock')).NowMs as number;

  it.each([1e308, TEN_YEARS + 1, Number.MAX_SAFE_INTEGER])('refuses advanceSeconds %d with 100002 and leaves the clock a number', async (s) => {
    const before = await nowMs();
    const r = await control(emu, 'POST', 'clock', { advanceSeconds: s });
    expect(r.ErrorCode).toBe(100002);
    expect(r.ErrorInfo).toMatch(/advanceSeconds/);
    const after = await nowMs();
    expect(typeof after).toBe('number');
    expect(after - before).toBeLessThan(60_000);
  });

  it('accepts an advance of exactly 10 years', async () => {
    const before = await nowMs();
    const r = await control(emu, 'POST', 'clock', { advanceSeconds: TEN_YEARS });
    expect(r.ErrorCode).toBe(0);
    expect(r.NowMs - before).toBeGreaterThanOrEqual(TEN_YEARS * 1000);
  });

  it('refuses to run the clock more than 100 years ahead in all', async () => {
    for (let i = 0; i < 10; i++) expect((await control(emu, 'POST', 'clock', { advanceSeconds: TEN_YEARS })).ErrorCode).toBe(0);
    const r = await control(emu, 'POST', 'clock', { advanceSeconds: 1 });
    expect(r).toMatchObject({ ErrorCode: 100002, ErrorInfo: expect.stringMatching(/100 years/) });
    expect(Number.isFinite(await nowMs())).toBe(true);
  });

  it('moves the clock back to real time on reset, and the emulator keeps serving', async () => {
    await control(emu, 'POST', 'clock', { advanceSeconds: TEN_YEARS });
    expect((await control(emu, 'POST', 'reset')).ErrorCode).toBe(0);
    expect(Math.abs((await nowMs()) - Date.now())).toBeLessThan(60_000);
    await createRoom(emu, 'clock-after-reset');
    expect((await ok(emu, 'room_engine_http_srv/get_room_info', { RoomId: 'clock-after-reset' })).RoomInfo.RoomId).toBe('clock-after-reset');
  });
});
