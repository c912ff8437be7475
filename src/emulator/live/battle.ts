/**
 * `live_engine_http_pk/create_battle` (spec §7.11, 68254): 200 calls/s. `FromRoomId` starts a
 * battle with the rooms of `ToRoomIdList` for `Duration` ms; each invited room answers its own
 * `ResultCode`: 0 joined, 3 already in another battle, 5 system error — which the emulator uses for
 * a room that does not exist or is not a live room (inferred). The rooms "must already be in a
 * co-host connection; the API does not check this", and neither does the emulator.
 *
 * Choices where the docs are silent (inferred): FromRoomId must be a live room (100004 / 100006,
 * as every Live command) that is not already in a battle (100002); ToRoomIdList must not name
 * FromRoomId (100002), duplicates are dropped. When no invited room joins, nothing starts: the
 * answer carries `BattleId: ""` and the per-room results, and no callback fires. Otherwise the
 * battle starts at once (no invitee has to accept: `NeedResponse` false, `Timeout` 0) and ends
 * `Duration` ms later on the emulated clock; the end raises no callback (its webhook is unknown).
 */
import { randomBytes } from 'node:crypto';
import * as battle from '../../commands/battle';
import { LiveCallbacks } from '../../wire/callbacks';
import type { Ctx } from '../context';
import { invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { roomIds } from './fields';
import { battleOf, getLiveRoom, isLive, type Battle } from './state';

const RESULT = {
  OK: [0, ''],
  IN_BATTLE: [3, 'the room is already in another battle'],
  SYSTEM: [5, 'system error: the room does not exist or is not a live room'],
} as const;

function createBattle(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const fromRoomId = f.roomId('FromRoomId');
  const toRoomIds = [...new Set(roomIds(f, 'ToRoomIdList'))];
  const duration = f.int('Duration', { required: true, min: 1 });
  const extensionInfo = f.str('ExtensionInfo') ?? '';
  if (toRoomIds.includes(fromRoomId)) throw invalid(`ToRoomIdList must not name FromRoomId '${fromRoomId}'`);
  const from = getLiveRoom(ctx.state, fromRoomId);
  const busy = battleOf(ctx.state, fromRoomId, ctx.nowMs);
  if (busy) throw invalid(`FromRoomId '${fromRoomId}' is already in battle '${busy.battleId}'`);

  const results = toRoomIds.map((roomId) => {
    const room = ctx.state.rooms.get(roomId);
    const [code, message] =
      !room || !isLive(room) ? RESULT.SYSTEM : battleOf(ctx.state, roomId, ctx.nowMs) ? RESULT.IN_BATTLE : RESULT.OK;
    return { RoomId: roomId, ResultCode: code, ResultMessage: message };
  });
  const joined = results.filter((r) => r.ResultCode === 0).map((r) => r.RoomId);
  if (joined.length === 0) return { BattleId: '', Result: results };

  const b: Battle = {
    battleId: `battle-${randomBytes(8).toString('hex')}`,
    fromRoomId,
    toRoomIds: joined,
    startMs: ctx.nowMs,
    endMs: ctx.nowMs + duration,
  };
  ctx.state.battles.set(b.battleId, b);
  ctx.emit(LiveCallbacks.battleCreated, {
    Operator_Account: ctx.operator,
    BattleId: b.battleId,
    FromRoomId: fromRoomId,
    ToRoomIdList: toRoomIds,
    Timeout: 0,
    Duration: duration,
    NeedResponse: false,
    ExtensionInfo: extensionInfo,
  });
  const ownerOf = (roomId: string): string => ctx.state.rooms.get(roomId)?.ownerId ?? '';
  ctx.emit(LiveCallbacks.battleStarted, {
    BattleId: b.battleId,
    Duration: duration,
    CreateTime: ctx.nowS,
    StartTime: ctx.nowS,
    FromRoomInfo: { RoomId: fromRoomId, Owner_Account: from.ownerId },
    ToRoomList: joined.map((roomId) => ({ RoomId: roomId, Owner_Account: ownerOf(roomId) })),
  });
  return { BattleId: b.battleId, Result: results };
}

export const battleHandlers: readonly Handler[] = [handler(battle.createBattle, { perSecond: 200, run: createBattle })];
