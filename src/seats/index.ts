/**
 * Seats (room_engine_http_mic), shared by both products: the `Seat` type, `seats(roomId)`, the
 * five seat mutations and the seat-list loader. A product links its own types to seats (e.g.
 * Conference's `Room.seats`, `Member.seat`, `Seat.member`).
 */
import type { ProductModule } from '../graphql/product';
import { createSeatLoader } from './seat.loaders';
import { SeatIdResolver, SeatResolver } from './seat.resolver';

export { Seat } from './seat.type';
export { seatsOf, type SeatValue } from './seat.loaders';

export const seatsModule: ProductModule = {
  name: 'seats',
  resolvers: [SeatResolver, SeatIdResolver],
  loaders: (data) => ({ seats: createSeatLoader(data) }),
  forget: { seats: (l, roomId) => l.seats.clear(roomId) },
  costs: { Query: { seats: { rooms: 1, reads: { seats: 1 } } } },
};
