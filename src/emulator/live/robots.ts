/**
 * Robots (spec §7.9): add_robot (69079) and get_robot (69081) 100 calls/s; del_robot (console
 * client code, body inferred) no documented limit. Robots "must be imported accounts"; the
 * emulator has no account registry, so any valid account id is accepted (inferred). Robots are
 * kept apart from the members (they do not enter, and are not listed by get_member_list). A room
 * with robots never dissolves automatically — nor does any room here: the emulator does not
 * dissolve rooms by itself.
 */
import * as live from '../../commands/live';
import type { Ctx } from '../context';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { getLiveRoom } from './state';

function robotsOf(body: Rec): { roomId: string; ids: string[] } {
  const f = new Fields(body);
  const roomId = f.roomId();
  // How many robots one call may name is (unknown): no limit here.
  return { roomId, ids: f.accounts('RobotList_Account', { required: true }) as string[] };
}

/** Adding a robot already there changes nothing. */
function addRobot(ctx: Ctx, body: Rec): undefined {
  const { roomId, ids } = robotsOf(body);
  const room = getLiveRoom(ctx.state, roomId);
  for (const u of ids) room.live.robots.add(u);
  return undefined;
}

function getRobot(ctx: Ctx, body: Rec): Rec {
  const room = getLiveRoom(ctx.state, new Fields(body).roomId());
  return { RobotList_Account: [...room.live.robots] };
}

/** Accounts that are not robots of the room are ignored. */
function delRobot(ctx: Ctx, body: Rec): undefined {
  const { roomId, ids } = robotsOf(body);
  const room = getLiveRoom(ctx.state, roomId);
  for (const u of ids) room.live.robots.delete(u);
  return undefined;
}

export const robotHandlers: readonly Handler[] = [
  handler(live.addRobot, { perSecond: 100, run: addRobot }),
  handler(live.getRobot, { perSecond: 100, run: getRobot }),
  handler(live.delRobot, { run: delRobot }), // limit (unknown)
];
