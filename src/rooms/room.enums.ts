/**
 * The room enums both products answer with, registered once: `AnyRoom` (any-room.type.ts) types
 * its fields with them, and a GraphQL enum can have only one definition. Values equal the model's
 * (src/commands/model.ts), so no mapping is needed.
 */
import { registerEnumType } from 'type-graphql';

export enum RoomType {
  CONFERENCE = 'CONFERENCE',
  LIVE = 'LIVE',
}
export enum TakeSeatMode {
  NONE = 'NONE',
  FREE_TO_TAKE = 'FREE_TO_TAKE',
  APPLY_TO_TAKE = 'APPLY_TO_TAKE',
}
/** What a client may ask for: `NONE` only appears on reads. */
export enum SeatModeInput {
  FREE_TO_TAKE = 'FREE_TO_TAKE',
  APPLY_TO_TAKE = 'APPLY_TO_TAKE',
}
registerEnumType(RoomType, { name: 'RoomType', description: 'Conference (a meeting) or Live.' });
registerEnumType(TakeSeatMode, { name: 'TakeSeatMode', description: 'How members take seats; NONE for rooms without seats.' });
registerEnumType(SeatModeInput, { name: 'SeatModeInput', description: 'Seat mode a client may set.' });
