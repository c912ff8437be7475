/**
 * The pieces of Tencent's state, per room, that a write command or a callback event can change.
 * Command declarations (src/commands) and the callback table (callbacks.ts) name what they change
 * in these terms; the gateway caches reads by them and drops exactly these entries afterwards.
 */
export type Resource =
  /** get_room_info: the room's settings, status and member count. */
  | 'room'
  /** get_room_member_list: who is in the room, with roles, name cards and marks. */
  | 'members'
  /** get_seat_list: seats, occupants and locks. */
  | 'seats'
  /** get_banned_member_list: who is barred from re-entering, and until when. */
  | 'banned';

/** Every resource of a room: what creating or destroying it changes. */
export const ALL_OF_ROOM: readonly Resource[] = Object.freeze(['room', 'members', 'seats', 'banned']);
