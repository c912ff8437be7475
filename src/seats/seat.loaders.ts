/**
 * The seat-list read behind `seats(roomId)`, `Room.seats`, `LiveRoom.seats` and `Member.seat`,
 * through the shared cache (`seats`). A room created without seats answers get_seat_list with
 * 100211; for a read that is an answer, not a failure — the room has no seats — so it is `[]`,
 * cached like any other, and every seat field agrees. The seat mutations still answer
 * SEATS_DISABLED: they call Tencent themselves.
 */
import DataLoader from 'dataloader';
import * as mic from '../commands/seats';
import type { Seat } from '../commands/model';
import type { Context } from '../graphql/context';
import type { DataSources } from '../graphql/product';
import type { TencentClient } from '../upstream/client';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';

declare module '../graphql/context' {
  interface Loaders {
    /** A room's seat list by room id. */
    seats: DataLoader<string, Seat[]>;
  }
}

async function readSeats(client: TencentClient, roomId: string): Promise<Seat[]> {
  try {
    return await client.call(mic.getSeatList, roomId);
  } catch (e) {
    if (e instanceof TencentApiError && e.errorCode === ErrorCodes.SEATS_NOT_SUPPORTED) return [];
    throw e;
  }
}

/** A room's seat list by room id, batched per tick and cached for the request. */
export function createSeatLoader({ client, cache }: DataSources) {
  return new DataLoader<string, Seat[]>((ids) => cache.getMany('seats', ids, (id) => readSeats(client, id)));
}

export type SeatValue = Seat & { roomId: string };

/**
 * The seat values made from a cached (frozen, shared: cache/parsed-memo.ts) seat list, made once
 * per list rather than once per request, and frozen like it.
 */
const values = new WeakMap<readonly Seat[], { roomId: string; seats: readonly SeatValue[] }>();

/** A room's seats as GraphQL values (each knows its room). Frozen when read from the cache. */
export async function seatsOf(ctx: Context, roomId: string): Promise<SeatValue[]> {
  const seats = await ctx.loaders.seats.load(roomId);
  if (!Object.isFrozen(seats)) return seats.map((s) => ({ ...s, roomId }));
  const made = values.get(seats);
  if (made?.roomId === roomId) return made.seats as SeatValue[];
  const fresh = Object.freeze(seats.map((s) => Object.freeze({ ...s, roomId })));
  values.set(seats, { roomId, seats: fresh });
  return fresh as SeatValue[];
}
