/**
 * Local helpers for the Live emulator suites: an emulator on a frozen, steppable clock (so the
 * 1/s gift limits, mutes, bans and battles are exact), REST calls signed at the emulated time,
 * and a live room in one line.
 */
import type { RunningEmulator } from '../../src/emulator';
import { control, enter, fails, manualClock, ok, rest, start, type Json } from './helpers';

export type { Json };

export const SRV = 'live_engine_http_srv';
export const PK = 'live_engine_http_pk';
export const MIC = 'room_engine_http_mic';

export interface Live {
  emu: RunningEmulator;
  nowMs(): number;
  nowS(): number;
  /** Moves the emulated clock forward. */
  tick(ms: number): void;
  /** An OK call of `live_engine_http_srv/<cmd>` (or a full `service/command`); returns `Response`. */
  ok(cmd: string, body?: unknown): Promise<Json>;
  /** A FAIL call with `code`; returns the envelope. */
  fails(cmd: string, body: unknown, code: number): Promise<Json>;
  /** The whole envelope, whatever it says. */
  rest(cmd: string, body?: unknown): Promise<Json>;
  /** Creates a live room (VideoDynamicGrid9Seats unless `info` says otherwise). */
  room(roomId: string, info?: Json): Promise<void>;
  /** Members enter through the control API; each must succeed. */
  enter(roomId: string, ...users: string[]): Promise<void>;
  control(method: string, path: string, body?: unknown): Promise<Json>;
  close(): Promise<void>;
}

const path = (cmd: string): string => (cmd.includes('/') ? cmd : `${SRV}/${cmd}`);

export async function startLive(o: { rateLimits?: boolean } = {}): Promise<Live> {
  const clock = manualClock();
  const emu = await start({ now: clock.now, rateLimits: o.rateLimits });
  const sig = () => ({ sigTime: Math.floor(clock.now() / 1000) });
  const l: Live = {
    emu,
    nowMs: () => clock.now(),
    nowS: () => Math.floor(clock.now() / 1000),
    tick: (ms) => clock.set(clock.now() + ms),
    ok: (cmd, body = {}) => ok(emu, path(cmd), body, sig()),
    fails: (cmd, body, code) => fails(emu, path(cmd), body, code, sig()),
    rest: (cmd, body = {}) => rest(emu, path(cmd), body, sig()),
    room: async (roomId, info = {}) => {
      await l.ok('create_room', { RoomInfo: { RoomId: roomId, RoomType: 'Live', SeatTemplate: 'VideoDynamicGrid9Seats', ...info } });
    },
    enter: async (roomId, ...users) => {
      for (const u of users) expect((await enter(emu, roomId, u)).ErrorCode).toBe(0);
    },
    control: (method, p, body) => control(emu, method, p, body),
    close: () => emu.close(),
  };
  return l;
}
