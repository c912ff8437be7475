/** Inputs of the administrator and robot mutations; the user lists are checked against the declared limits. */
import { Field, ID, InputType } from 'type-graphql';
import * as live from '../commands/live';
import { describeLimit as d } from '../commands/limits';

@InputType({ description: 'Users to make administrators of a live room.' })
export class AddLiveRoomAdminsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The new administrators. ${d(live.modifyAdmin.limits.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'Administrators of a live room to demote.' })
export class RemoveLiveRoomAdminsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The administrators to demote. ${d(live.modifyAdmin.limits.userIds)}` })
  userIds!: string[];
}

@InputType({ description: 'Robot accounts (imported Chat accounts) to put into a live room, e.g. to warm up the audience.' })
export class AddLiveRoomRobotsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The robots' account ids. ${d(live.addRobot.limits.robotIds)}` })
  robotIds!: string[];
}

@InputType({ description: 'Robot accounts to take out of a live room.' })
export class RemoveLiveRoomRobotsInput {
  @Field(() => ID, { description: 'The room.' })
  roomId!: string;

  @Field(() => [ID], { description: `The robots' account ids. ${d(live.delRobot.limits.robotIds)}` })
  robotIds!: string[];
}
