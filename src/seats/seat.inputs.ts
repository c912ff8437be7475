/**
 * Inputs of the seat mutations. Seat indexes and ranges are Tencent's to judge against the room
 * (BAD_USER_INPUT with the `tencent` extension); the resolvers check what they can without it.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { describeLimit as d } from '../commands/limits';
import * as mic from '../commands/seats';
import { SeatMovePolicy } from './seat.enums';

@InputType({ description: 'Puts a member on a free seat.' })
export class PickMemberOnSeatInput {
  @Field(() => ID, { description: 'The room; it must have seats (SEATS_DISABLED otherwise).' })
  roomId!: string;

  @Field(() => ID, { description: 'The member to seat; they must be in the room (NOT_A_MEMBER otherwise).' })
  userId!: string;

  @Field(() => Int, { description: 'The seat, from 0; a seat past the last, locked or taken answers BAD_USER_INPUT.' })
  index!: number;
}

@InputType({ description: 'Takes a member off their seat.' })
export class KickMemberOffSeatInput {
  @Field(() => ID, { description: 'The room; it must have seats (SEATS_DISABLED otherwise).' })
  roomId!: string;

  @Field(() => ID, { description: 'The seated member; BAD_USER_INPUT when they sit on no seat.' })
  userId!: string;

  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: `Your own data, delivered with the member's "kicked off the seat" notification. ${d(mic.kickUserOffSeat.limits.data)} Omitted or null: empty.`,
  })
  data?: string | null;
}

@InputType({ description: 'Locks or unlocks a seat, or its camera or microphone; flags left out stay as they are. Give at least one.' })
export class LockSeatInput {
  @Field(() => ID, { description: 'The room; it must have seats (SEATS_DISABLED otherwise).' })
  roomId!: string;

  @Field(() => Int, { description: 'The seat, from 0.' })
  index!: number;

  @Field(() => Boolean, { nullable: true, description: 'Nobody may take the seat; locking an occupied seat frees it first.' })
  locked?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whoever sits here may not turn their camera on.' })
  videoDisabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Whoever sits here may not unmute their microphone.' })
  audioDisabled?: boolean;
}

@InputType({ description: 'Moves a seated member to an empty seat (the older way; `moveMemberToSeat` also handles a taken seat).' })
export class SwitchSeatInput {
  @Field(() => ID, { description: 'The room; it must have seats (SEATS_DISABLED otherwise).' })
  roomId!: string;

  @Field(() => ID, { description: 'The seated member to move.' })
  userId!: string;

  @Field(() => Int, { description: 'The empty seat to move them to, from 0.' })
  toIndex!: number;
}

@InputType({ description: 'Moves a member to a seat, deciding what happens when someone already sits there.' })
export class MoveMemberToSeatInput {
  @Field(() => ID, { description: 'The room; it must have seats (SEATS_DISABLED otherwise).' })
  roomId!: string;

  @Field(() => ID, { description: 'The member to move; they must be in the room.' })
  userId!: string;

  @Field(() => Int, { description: 'The seat to move them to, from 0.' })
  index!: number;

  @Field(() => SeatMovePolicy, {
    nullable: true,
    defaultValue: SeatMovePolicy.CANCEL,
    description: 'What to do when the seat is taken. Omitted or null: CANCEL.',
  })
  policy?: SeatMovePolicy | null;
}
