/**
 * Who helps run a live room: its administrators (get_admin_list, modify_admin) and its robot
 * accounts (get_robot, add_robot, del_robot). Mutations answer the room afterwards.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import * as live from '../commands/live';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { AddLiveRoomAdminsInput, AddLiveRoomRobotsInput, RemoveLiveRoomAdminsInput, RemoveLiveRoomRobotsInput } from './live-staff.inputs';
import { LiveRoom } from './live-room.type';
import { liveRoomOrNotFound, type LiveRoomValue } from './live-room.value';

@Resolver(() => LiveRoom)
export class LiveStaffResolver {
  @FieldResolver(() => [ID], { description: 'The room administrators\' user ids (get_admin_list); the host is not listed.' })
  admins(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return ctx.loaders.liveAdmins.load(room.roomId);
  }

  @FieldResolver(() => [ID], { description: 'The robot accounts in the room (get_robot). A room with robots never closes by itself.' })
  robots(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    return ctx.loaders.liveRobots.load(room.roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Makes users administrators of the room; answers the room afterwards (select `admins`). Admins only (modify_admin).' })
  async addLiveRoomAdmins(
    @Arg('input', () => AddLiveRoomAdminsInput, { description: 'The room and its new administrators.' }) input: AddLiveRoomAdminsInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.modifyAdmin.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.modifyAdmin, roomId, check(l.userIds, 'input.userIds', input.userIds), 'ADD');
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Takes the administrator role away from users; answers the room afterwards (select `admins`). Admins only (modify_admin).' })
  async removeLiveRoomAdmins(
    @Arg('input', () => RemoveLiveRoomAdminsInput, { description: 'The room and the administrators to demote.' }) input: RemoveLiveRoomAdminsInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.modifyAdmin.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.modifyAdmin, roomId, check(l.userIds, 'input.userIds', input.userIds), 'DELETE');
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Puts robot accounts into the room (a room with robots never closes by itself); answers the room afterwards. Admins only. FORBIDDEN for a Conference room (add_robot).' })
  async addLiveRoomRobots(
    @Arg('input', () => AddLiveRoomRobotsInput, { description: 'The room and the robot accounts to add.' }) input: AddLiveRoomRobotsInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.addRobot.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.addRobot, roomId, check(l.robotIds, 'input.robotIds', input.robotIds));
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Takes robot accounts out of the room; answers the room afterwards. Admins only (del_robot).' })
  async removeLiveRoomRobots(
    @Arg('input', () => RemoveLiveRoomRobotsInput, { description: 'The room and the robot accounts to remove.' }) input: RemoveLiveRoomRobotsInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.delRobot.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.delRobot, roomId, check(l.robotIds, 'input.robotIds', input.robotIds));
    return liveRoomOrNotFound(ctx, roomId);
  }
}
