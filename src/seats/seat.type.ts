/**
 * A seat as GraphQL shows it. Tencent numbers seats within a room; `id` is made of the room id and
 * the index (graphql/ids.ts), so a client cache holds one entry per seat and the seat mutations'
 * answers update the seats a cached room lists.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { describeStableId } from '../graphql/ids';

/** A seat (get_seat_list); runtime value: the model's `Seat` + roomId. */
@ObjectType({ description: 'A seat in a room with seats (a Conference room or a live room): a place on stage a member can take to speak or be seen.' })
export class Seat {
  @Field(() => ID, { description: describeStableId('Seat', 'the room id and the seat index') })
  id!: string;

  @Field(() => Int, { description: 'The seat number, from 0.' })
  index!: number;

  @Field(() => ID, { description: 'The room the seat belongs to.' })
  roomId!: string;

  @Field(() => ID, { nullable: true, description: 'The user id of who sits here; null when the seat is free.' })
  userId!: string | null;

  @Field(() => Boolean, { name: 'isLocked', description: 'Nobody may take this seat (`lockSeat`); locking an occupied seat frees it.' })
  isTakenDisabled!: boolean;

  @Field(() => Boolean, { description: 'Whoever sits here may not turn their camera on (`lockSeat`).' })
  isVideoDisabled!: boolean;

  @Field(() => Boolean, { description: 'Whoever sits here may not unmute their microphone (`lockSeat`).' })
  isAudioDisabled!: boolean;
}
