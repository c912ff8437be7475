/**
 * Every declared Tencent command, by product. What the table test walks (test/commands), and what
 * the README's command table must list.
 */
import type { AnyCommand } from './command';
import * as conference from './conference';
import * as seats from './seats';
import * as live from './live';
import * as liveGifts from './live-gifts';
import * as battle from './battle';
import { liveConfig, roomConfig } from './callback-config';

export { conference, seats, roomConfig, live, liveGifts, battle, liveConfig };

const all = (ns: Record<string, unknown>): AnyCommand[] =>
  Object.values(ns).filter((c): c is AnyCommand => typeof c === 'object' && c !== null && 'service' in c && 'name' in c);

export const ALL_COMMANDS: readonly AnyCommand[] = Object.freeze([
  ...all(conference),
  ...all(seats),
  ...all(roomConfig),
  ...all(live),
  ...all(liveGifts),
  ...all(battle),
  ...all(liveConfig),
]);
