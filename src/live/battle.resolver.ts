/** Battles (live_engine_http_pk/create_battle). Nothing the gateway caches changes, so nothing is re-read. */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { createBattle } from '../commands/battle';
import { int, type Limit } from '../commands/limits';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { toBattleResultCode } from './live.enums';
import { CreateBattleInput } from './battle.inputs';
import { Battle } from './battle.type';

/** The declared limit of a duration in ms, as whole seconds: what a client gives. */
function inSeconds(ms: Limit): Limit {
  return ms.kind === 'int' ? int(Math.max(1, Math.ceil(ms.min / 1000)), Math.floor(ms.max / 1000)) : ms;
}

@Resolver(() => Battle)
export class BattleResolver {
  @Authorized('ADMIN')
  @Mutation(() => Battle, { description: 'Starts a battle (PK) between live rooms; answers Tencent\'s battle id and how each invited room answered. Admins only (create_battle).' })
  async createBattle(
    @Arg('input', () => CreateBattleInput, { description: 'The rooms and how long they battle.' }) input: CreateBattleInput,
    @Ctx() ctx: Context,
  ) {
    const l = createBattle.limits;
    const from = check(l.fromRoomId, 'input.fromRoomId', input.fromRoomId);
    const to = check(l.toRoomIds, 'input.toRoomIds', input.toRoomIds).map((id, i) => check(l.fromRoomId, `input.toRoomIds[${i}]`, id));
    const ms = check(inSeconds(l.durationMs), 'input.durationSeconds', input.durationSeconds) * 1000;
    const extensionInfo = check(l.extensionInfo, 'input.extensionInfo', input.extensionInfo);
    const battle = await write(ctx, createBattle, from, to, ms, extensionInfo);
    return {
      id: battle.battleId,
      results: battle.results.map((r) => ({ roomId: r.roomId, code: toBattleResultCode(r.resultCode), rawCode: r.resultCode, message: r.resultMessage })),
    };
  }
}
