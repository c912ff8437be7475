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
registerEnumType(RoomType, {
  name: 'RoomType',
  description: 'Which product a room belongs to.',
  valuesConfig: {
    CONFERENCE: { description: 'A Conference room (a meeting): read it with `room(id)`.' },
    LIVE: { description: 'A live room (a host streaming to an audience): read it with `liveRoom(id)`.' },
  },
});
registerEnumType(TakeSeatMode, {
  name: 'TakeSeatMode',
  description: 'How members take seats.',
  valuesConfig: {
    NONE: { description: 'The room has no seats.' },
    FREE_TO_TAKE: { description: 'Members take a free seat themselves.' },
    APPLY_TO_TAKE: { description: 'Members ask, and the owner or an administrator lets them on.' },
  },
});
registerEnumType(SeatModeInput, {
  name: 'SeatModeInput',
  description: 'How members take seats, as a room can be set (a room\'s `takeSeatMode` also reads NONE when it has no seats).',
  valuesConfig: {
    FREE_TO_TAKE: { description: 'Members take a free seat themselves.' },
    APPLY_TO_TAKE: { description: 'Members ask, and the owner or an administrator lets them on.' },
  },
});
