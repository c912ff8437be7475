/**
 * Live's enums. Values are GraphQL's UPPER_SNAKE; the wire spellings (`VideoDynamicGrid9Seats`,
 * `zh-Hans`, ResultCode 3) are translated in src/commands, never here.
 */
import { registerEnumType } from 'type-graphql';
import { SEAT_TEMPLATES, type GiftLanguageCode, type SeatTemplate as SeatTemplateValue } from '../commands/live-model';

/** The layouts Tencent offers (spec §7.1, §11), one value per `SEAT_TEMPLATES` key. */
export const SeatTemplate = Object.freeze(
  Object.fromEntries(Object.keys(SEAT_TEMPLATES).map((k) => [k, k])) as { [K in SeatTemplateValue]: K },
);
export type SeatTemplate = SeatTemplateValue;

registerEnumType(SeatTemplate, {
  name: 'SeatTemplate',
  description: 'The seat layout a live room is created with. Video layouts have 9, 7 or 4 seats; audio layouts take `maxSeatCount`.',
  valuesConfig: {
    VIDEO_DYNAMIC_GRID_9_SEATS: { description: 'Video, up to 9 seats in a grid that grows with the people seated.' },
    VIDEO_DYNAMIC_FLOAT_7_SEATS: { description: 'Video, the host full screen with up to 6 guests floating over it.' },
    VIDEO_FIXED_GRID_9_SEATS: { description: 'Video, a fixed 3 × 3 grid of 9 seats.' },
    VIDEO_FIXED_FLOAT_7_SEATS: { description: 'Video, the host full screen with 6 fixed floating seats.' },
    VIDEO_LANDSCAPE_4_SEAT: { description: 'Video in landscape, 4 seats.' },
    AUDIO_SALON: { description: 'Voice room (audio only); the seat count is `maxSeatCount`.' },
    KARAOKE: { description: 'Karaoke voice room (audio only); the seat count is `maxSeatCount`.' },
  },
});

export const GiftLanguage = Object.freeze({ EN: 'EN', ZH_HANS: 'ZH_HANS', ZH_HANT: 'ZH_HANT' } as const satisfies Record<GiftLanguageCode, GiftLanguageCode>);
export type GiftLanguage = GiftLanguageCode;

registerEnumType(GiftLanguage, {
  name: 'GiftLanguage',
  description: 'A language a gift or gift category can carry a name and description in.',
  valuesConfig: {
    EN: { description: 'English.' },
    ZH_HANS: { description: 'Simplified Chinese.' },
    ZH_HANT: { description: 'Traditional Chinese.' },
  },
});

export enum BattleResultCode {
  OK = 'OK',
  ALREADY_IN_BATTLE = 'ALREADY_IN_BATTLE',
  SYSTEM_ERROR = 'SYSTEM_ERROR',
}

registerEnumType(BattleResultCode, {
  name: 'BattleResultCode',
  description: 'How an invited room answered a battle invitation.',
  valuesConfig: {
    OK: { description: 'The room joined the battle.' },
    ALREADY_IN_BATTLE: { description: 'The room is already in another battle.' },
    SYSTEM_ERROR: { description: 'Tencent failed for this room, or answered a code this API does not know (see `rawCode`).' },
  },
});

/** Tencent's `ResultCode` (spec §7.11): 0 OK, 3 already in another battle, 5 system error; anything else is an error too. */
export function toBattleResultCode(code: number): BattleResultCode {
  if (code === 0) return BattleResultCode.OK;
  if (code === 3) return BattleResultCode.ALREADY_IN_BATTLE;
  return BattleResultCode.SYSTEM_ERROR;
}
