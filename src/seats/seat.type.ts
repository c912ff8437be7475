import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A seat (get_seat_list); runtime value: the model's `Seat` + roomId. */
@ObjectType({ description: 'A seat in a room with seats.' })
export class Seat {
  @Field(() => Int, { description: '0-based seat number.' })
  index!: number;

  @Field(() => ID)
  roomId!: string;

  @Field(() => ID, { nullable: true, description: 'Who sits here; null when the seat is free.' })
  userId!: string | null;

  @Field(() => Boolean, { name: 'isLocked', description: 'Nobody may take this seat (IsTakenDisabled).' })
  isTakenDisabled!: boolean;

  @Field(() => Boolean)
  isVideoDisabled!: boolean;

  @Field(() => Boolean)
  isAudioDisabled!: boolean;
}
