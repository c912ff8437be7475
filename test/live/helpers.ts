/**
 * Small helpers the Live suites share: a fresh room id, a live room made through GraphQL, the
 * emulator's Live control endpoints (gifts, likes, messages — what viewers' clients do), and
 * "this ran no upstream call".
 */
import { CreateLiveRoomDocument, type CreateLiveRoomInput } from '../generated/operations';
import { ALL_COMMANDS } from '../../src/commands';
import { commandPath } from '../../src/commands/command';
import { control as emulatorRequest, type GqlResult, type TestGateway } from '../helpers/gateway';

const WRITES = new Set(ALL_COMMANDS.filter((c) => c.kind === 'write').map(commandPath));

let n = 0;
export const fresh = (prefix = 'live') => `${prefix}-${process.pid}-${++n}`;

/** A live room through createLiveRoom (the 9-seat video layout unless `input` says otherwise). */
export async function createLive(t: TestGateway, id: string, input: Partial<CreateLiveRoomInput> = {}) {
  const r = await t.exec(CreateLiveRoomDocument, { input: { id, seatTemplate: 'VIDEO_DYNAMIC_GRID_9_SEATS', ...input } });
  expect(r.errors).toBeUndefined();
  return r.data!.createLiveRoom;
}

/** A call of the emulator's control API that must succeed. */
export function control(t: TestGateway, method: string, path: string, body?: unknown): Promise<any> {
  return emulatorRequest(t.emulator.url, method, path, body);
}

/** Runs `op` and asserts it reached Tencent not once (validation at the edge); returns its result. */
export async function withoutUpstream<T>(t: TestGateway, op: () => Promise<GqlResult<T>>): Promise<GqlResult<T>> {
  await t.emulator.resetCalls();
  const r = await op();
  expect(await t.emulator.calls()).toEqual({});
  return r;
}

/**
 * Runs `op` and asserts it made no upstream write (reads, e.g. the room-staff check's, may run);
 * returns its result.
 */
export async function withoutUpstreamWrite<T>(t: TestGateway, op: () => Promise<GqlResult<T>>): Promise<GqlResult<T>> {
  await t.emulator.resetCalls();
  const r = await op();
  expect(Object.keys(await t.emulator.calls()).filter((c) => WRITES.has(c))).toEqual([]);
  return r;
}

/** The one error of a result, which must be BAD_USER_INPUT naming `field`. */
export function expectBadInput(r: GqlResult<unknown>, field: string): void {
  expect(r.errors).toHaveLength(1);
  expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}
