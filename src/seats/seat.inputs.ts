import { Field, ID, InputType, Int } from 'type-graphql';
import { SeatMovePolicy } from './seat.enums';

@InputType({ description: 'pick_user_on_seat: the user must be in the room.' })
export class PickMemberOnSeatInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => Int)
  index!: number;
}

@InputType({ description: 'kick_user_off_seat.' })
export class KickMemberOffSeatInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String, { defaultValue: '', description: 'Delivered with the client\'s "kicked off the seat" notification.' })
  data!: string;
}

@InputType({ description: 'lock_seat: omitted flags are left as they are. Locking an occupied seat frees it first.' })
export class LockSeatInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => Int)
  index!: number;

  @Field(() => Boolean, { nullable: true, description: 'Nobody may take the seat (ForbidTaken).' })
  locked?: boolean;

  @Field(() => Boolean, { nullable: true })
  videoDisabled?: boolean;

  @Field(() => Boolean, { nullable: true })
  audioDisabled?: boolean;
}

@InputType({ description: 'switch_seat (older API): move a seated member to an empty seat.' })
export class SwitchSeatInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => Int)
  toIndex!: number;
}

@InputType({ description: 'move_user_to_seat (newer API): move a member, deciding what happens to an occupant.' })
export class MoveMemberToSeatInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => Int)
  index!: number;

  @Field(() => SeatMovePolicy, { defaultValue: SeatMovePolicy.CANCEL })
  policy!: SeatMovePolicy;
}
