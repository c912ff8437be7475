/** Inputs of the administrator and robot mutations; the user lists are checked against the declared limits. */
import { Field, ID, InputType } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

@InputType({ description: 'modify_admin (add): make users administrators of the room.' })
export class AddLiveRoomAdminsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The new administrators. ${d(live.modifyAdmin.limits.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'modify_admin (delete): take the administrator role away from users.' })
export class RemoveLiveRoomAdminsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The administrators to demote. ${d(live.modifyAdmin.limits.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'add_robot: put robot accounts (imported Chat accounts) into the room, e.g. to warm up the audience.' })
export class AddLiveRoomRobotsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The robots' account ids. ${d(live.addRobot.limits.robotIds)}` })
  robotIds!: string[];
}

@InputType({ description: 'del_robot: take robot accounts out of the room.' })
export class RemoveLiveRoomRobotsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The robots' account ids. ${d(live.delRobot.limits.robotIds)}` })
  robotIds!: string[];
}
