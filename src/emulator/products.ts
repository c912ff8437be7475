/**
 * Every handler the emulator has, by product, in one place: the REST front routes through
 * `ROUTES`, and `emulatedCommands()` lets a table test check that every declared command
 * (src/commands) has a handler here.
 */
import { liveConfig, roomConfig } from '../commands/callback-config';
import { callbackConfigHandlers } from './callback-config/handlers';
import { roomEngineHttpSrv } from './conference/room-engine-http-srv';
import { routingTable, type Handler } from './handler';
import { liveHandlers } from './live';
import { roomEngineHttpMic } from './seats/room-engine-http-mic';

/** Conference: rooms and members, and its callback configuration. */
const conference: readonly Handler[] = [
  ...roomEngineHttpSrv,
  // get_callback (60730) and update_callback (60728) are limited to 200/s; set and delete: none known (D4).
  ...callbackConfigHandlers(roomConfig, 'conference', { get: 200, update: 200 }),
];

/** Live: rooms, members, messages, robots, gifts, battles, and its callback configuration. */
const live: readonly Handler[] = [
  ...liveHandlers,
  // set_callback (64420) and update_callback (64419) are limited to 200/s; get and delete: none known (D4).
  ...callbackConfigHandlers(liveConfig, 'live', { set: 200, update: 200 }),
];

/** Seats: one servicename Conference and Live rooms share. */
const seats: readonly Handler[] = roomEngineHttpMic;

/** Handlers by `'<servicename>/<command>'`. */
export const ROUTES: ReadonlyMap<string, Handler> = routingTable([...conference, ...live, ...seats]);

/** Every `'<servicename>/<command>'` the emulator answers. */
export function emulatedCommands(): string[] {
  return [...ROUTES.keys()];
}
