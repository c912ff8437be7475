/**
 * `live_engine_http_pk` — battles (PK) between live rooms (spec §7.11). Only `create_battle` is
 * documented; ending or querying a battle is (unknown).
 */
import { command, firstArg } from './command';
import { bytes, int, items, roomIdLimit } from './limits';
import type { BattleResult } from './live-model';
import { rec } from './live-translate';
import { dataOf, toArray, toInt, toStr } from './translate';

/**
 * create_battle (68254) — write, 200/s; `Duration` in ms. The rooms must already be connected as
 * co-hosts, which the API does not check. Each invited room answers its own `ResultCode`:
 * 0 OK, 3 already in another battle, 5 system error. Nothing the gateway caches changes.
 */
export const createBattle = command({
  service: 'live_engine_http_pk', name: 'create_battle', kind: 'write', perSecond: 200,
  limits: { fromRoomId: roomIdLimit, toRoomIds: items(1, 10, 'rooms'), durationMs: int(1), extensionInfo: bytes(1000) },
  changes: [], room: firstArg,
  body: (fromRoomId: string, toRoomIds: string[], durationMs: number, extensionInfo?: string) => ({
    FromRoomId: fromRoomId, ToRoomIdList: toRoomIds, Duration: durationMs,
    ...(extensionInfo !== undefined ? { ExtensionInfo: extensionInfo } : {}),
  }),
  parse: (r): BattleResult => {
    const d = dataOf(r);
    return {
      battleId: toStr(d.BattleId),
      results: toArray(d.Result).map((x) => ({
        roomId: toStr(rec(x).RoomId), resultCode: toInt(rec(x).ResultCode) ?? 5, resultMessage: toStr(rec(x).ResultMessage),
      })),
    };
  },
});
