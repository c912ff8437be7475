import DataLoader from 'dataloader';
import * as mic from '../commands/seats';
import type { Seat } from '../commands/model';
import type { Context } from '../graphql/context';
import type { DataSources } from '../graphql/product';

declare module '../graphql/context' {
  interface Loaders {
    /** A room's seat list by room id. */
    seats: DataLoader<string, Seat[]>;
  }
}

/** A room's seat list by room id, batched per tick and cached for the request. */
export function createSeatLoader({ client, cache }: DataSources) {
  return new DataLoader<string, Seat[]>((ids) => cache.getMany('seats', ids, (id) => client.call(mic.getSeatList, id)));
}

export type SeatValue = Seat & { roomId: string };

/** A room's seats as GraphQL values (each knows its room). */
export async function seatsOf(ctx: Context, roomId: string): Promise<SeatValue[]> {
  const seats = await ctx.loaders.seats.load(roomId);
  return seats.map((s) => ({ ...s, roomId }));
}
