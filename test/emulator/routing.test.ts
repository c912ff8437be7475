/**
 * The emulator routes by declaration (src/commands): every declared command has a handler, every
 * handler answers a declared command, and anything else — including names that are properties of
 * every JavaScript object — is an unknown command (60009).
 */
import { ALL_COMMANDS } from '../../src/commands';
import { commandPath } from '../../src/commands/command';
import { emulatedCommands, type RunningEmulator } from '../../src/emulator';
import { fails, start } from './helpers';

const declared = ALL_COMMANDS.map(commandPath);

describe('routing table', () => {
  it('has a handler for every declared command', () => {
    const emulated = new Set(emulatedCommands());
    expect(declared.filter((p) => !emulated.has(p))).toEqual([]);
  });

  it('answers no command that is not declared', () => {
    const known = new Set(declared);
    expect(emulatedCommands().filter((p) => !known.has(p))).toEqual([]);
  });

  it('lists each command once', () => {
    const emulated = emulatedCommands();
    expect(new Set(emulated).size).toBe(emulated.length);
  });
});

describe('routing over HTTP', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(() => emu.close());

  it.each([
    'room_engine_http_srv/no_such_command',
    'no_such_service/get_room_info',
    'room_engine_http_mic/create_room',
    'room_engine_http_srv/__proto__',
    'room_engine_http_srv/constructor',
    'room_config/hasOwnProperty',
    '__proto__/get_room_info',
    'constructor/create_room',
    '__proto__/__proto__',
  ])('answers 60009 to %s', async (path) => {
    expect((await fails(emu, path, {}, 60009)).ErrorInfo).toBe(`unknown command ${path}`);
  });

  it('answers a declared command of every servicename', async () => {
    // Each answers its own rule (no room: 100004; no configuration: 100301), not 60009.
    await fails(emu, 'room_engine_http_srv/get_room_info', { RoomId: 'nowhere' }, 100004);
    await fails(emu, 'room_engine_http_mic/get_seat_list', { RoomId: 'nowhere' }, 100004);
    await fails(emu, 'room_config/get_callback', {}, 100301);
    await fails(emu, 'live_engine_http_srv/get_room_info', { RoomId: 'nowhere' }, 100004);
    await fails(emu, 'live_engine_http_pk/create_battle', { FromRoomId: 'nowhere', ToRoomIdList: ['x'], Duration: 1 }, 100004);
    await fails(emu, 'live_config/get_callback', {}, 100301);
  });
});
