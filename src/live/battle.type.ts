/**
 * What createBattle answers: Tencent's battle id and each invited room's result, its ResultCode mapped to an enum (raw code kept for support).
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BattleResultCode } from './live.enums';

@ObjectType({ description: 'How one invited room answered a battle invitation.' })
export class BattleResult {
  @Field(() => ID, { description: 'The invited room.' })
  roomId!: string;

  @Field(() => BattleResultCode, { description: 'Whether the room joined.' })
  code!: BattleResultCode;

  @Field(() => Int, { description: 'Tencent\'s ResultCode as it came (0 OK, 3 already in a battle, 5 system error), for support.' })
  rawCode!: number;

  @Field(() => String, { description: 'Tencent\'s message for this room; often empty.' })
  message!: string;
}

@ObjectType({ description: 'A battle (PK) between live rooms: their audiences compete, e.g. by gifts, for a set time.' })
export class Battle {
  @Field(() => ID, { description: 'Tencent\'s battle id; the battle callbacks carry it too.' })
  id!: string;

  @Field(() => [BattleResult], { description: 'One result per invited room.' })
  results!: BattleResult[];
}
