import type { RunningEmulator } from '../../src/emulator';
import { fails, ok, start } from './helpers';

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
