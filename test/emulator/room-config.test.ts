import type { RunningEmulator } from '../../src/emulator';
import { fails, manualClock, ok, rest, start } from './helpers';

const CFG = 'room_config';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await start();
});
afterAll(() => emu.close());

describe('room_config', () => {
  const url = 'http://www.example.com/callback';

  it('answers 100301 to get, update and delete before a configuration exists', async () => {
    await fails(emu, `${CFG}/get_callback`, {}, 100301);
    await fails(emu, `${CFG}/update_callback`, { Url: url, CallbackCommandList: [] }, 100301);
    await fails(emu, `${CFG}/delete_callback`, {}, 100301);
  });

  it('creates with set_callback, answers 100300 to a second set, and reads back the "After" spelling', async () => {
    await ok(emu, `${CFG}/set_callback`, {
      Url: url,
      CallbackCommandList: ['Room.CallbackAfterCreateRoom', 'Room.CallbackUpdateRoomInfo', 'Room.CallbackAfterCreateRoom'],
    });
    await fails(emu, `${CFG}/set_callback`, { Url: url, CallbackCommandList: [] }, 100300);
    expect(await ok(emu, `${CFG}/get_callback`, {})).toEqual({
      Url: url, CallbackCommandList: ['Room.CallbackAfterCreateRoom', 'Room.CallbackAfterUpdateRoomInfo'],
    });
  });

  it('replaces the configuration with update_callback and removes it with delete_callback', async () => {
    await ok(emu, `${CFG}/update_callback`, {
      Url: 'https://hooks.example.com/trtc', CallbackCommandList: ['Room.CallbackAfterMemberLeave', 'Mic.CallbackAfterSeatInfoChanged'],
    });
    expect(await ok(emu, `${CFG}/get_callback`, {})).toEqual({
      Url: 'https://hooks.example.com/trtc', CallbackCommandList: ['Room.CallbackAfterMemberLeave', 'Mic.CallbackAfterSeatInfoChanged'],
    });
    await ok(emu, `${CFG}/delete_callback`, {});
    await fails(emu, `${CFG}/get_callback`, {}, 100301);
  });

  it.each([
    ['no Url', { CallbackCommandList: [] }, /Url is required/],
    ['an ftp Url', { Url: 'ftp://example.com/x', CallbackCommandList: [] }, /Url must .*http:\/\/ or https:\/\//],
    ['a relative Url', { Url: 'example.com/callback', CallbackCommandList: [] }, /Url must/],
    ['no command list', { Url: url }, /CallbackCommandList is required/],
    ['an unknown command', { Url: url, CallbackCommandList: ['Room.CallbackBeforeCreateRoom'] }, /CallbackCommandList\[0\]/],
    ['a Live command', { Url: url, CallbackCommandList: ['Live.CallbackAfterCreateRoom'] }, /CallbackCommandList\[0\]/],
  ])('answers 100002 to %s', async (_label, body, message) => {
    expect((await fails(emu, `${CFG}/set_callback`, body, 100002)).ErrorInfo).toMatch(message);
  });
});

describe('room_config names and rates', () => {
  it('lists the canonical name of every Conference callback when a name is not accepted', async () => {
    const env = await fails(emu, `${CFG}/set_callback`, { Url: 'http://example.com/cb', CallbackCommandList: ['nope'] }, 100002);
    expect(env.ErrorInfo).toBe(
      'CallbackCommandList[0] must be one of Room.CallbackAfterCreateRoom, Room.CallbackAfterDestroyRoom, ' +
        'Room.CallbackAfterUpdateRoomInfo, Room.CallbackAfterMemberEnter, Room.CallbackAfterMemberLeave, ' +
        'Mic.CallbackAfterSeatInfoChanged',
    );
  });

  it('limits get_callback and update_callback to 200 calls a second, and set_callback and delete_callback not at all', async () => {
    const clock = manualClock();
    const limited = await start({ now: clock.now });
    try {
      const sigTime = Math.floor(clock.now() / 1000);
      const burst = (cmd: string, body: object): Promise<number[]> =>
        Promise.all(Array.from({ length: 201 }, () => rest(limited, `${CFG}/${cmd}`, body, { sigTime }).then((e) => e.ErrorCode)));
      const body = { Url: 'http://example.com/cb', CallbackCommandList: [] };
      const rateLimited = async (cmd: string, b: object): Promise<number> =>
        (await burst(cmd, b)).filter((c) => c === 60007).length;
      expect(await rateLimited('get_callback', {})).toBe(1);
      expect(await rateLimited('update_callback', body)).toBe(1);
      expect(await rateLimited('set_callback', body)).toBe(0);
      expect(await rateLimited('delete_callback', {})).toBe(0);
    } finally {
      await limited.close();
    }
  });
});
