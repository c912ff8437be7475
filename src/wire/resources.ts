/**
 * The pieces of Tencent's state that a write command or a callback event can change. Command
 * declarations (src/commands) and the callback table (callbacks.ts) name what they change in these
 * terms; the gateway caches reads by them and drops exactly these entries afterwards.
 *
 * Most belong to one room; the app-wide ones (the live room list, the gift catalogue) are one
 * entry per SDKAppID, whatever room a change names.
 */
export type Resource =
  /** Conference get_room_info: the room's settings, status and member count. */
  | 'room'
  /** Conference get_room_member_list: who is in the room, with roles, name cards and marks. */
  | 'members'
  /** get_seat_list (both products): seats, occupants and locks. */
  | 'seats'
  /** Conference get_banned_member_list: who is barred from re-entering, and until when. */
  | 'banned'
  /** Live get_room_info. */
  | 'liveRoom'
  /** Live get_room_list (app-wide): public rooms by view count. */
  | 'liveRooms'
  /** Live get_member_list: who is online in the room. */
  | 'liveMembers'
  /** Live get_room_metadata. */
  | 'metadata'
  /** Live get_room_stats: viewers, gifts, likes, messages. */
  | 'stats'
  /** Live get_muted_member_list. */
  | 'muted'
  /** Live get_banned_member_list. */
  | 'liveBanned'
  /** Live get_admin_list. */
  | 'admins'
  /** Live get_robot. */
  | 'robots'
  /** Live get_gift_count: gift statistics of the room. */
  | 'giftCount'
  /** The gift catalogue (app-wide): gifts, categories, their languages and relations. */
  | 'gifts';

export const RESOURCES: readonly Resource[] = Object.freeze([
  'room', 'members', 'seats', 'banned',
  'liveRoom', 'liveRooms', 'liveMembers', 'metadata', 'stats', 'muted', 'liveBanned', 'admins', 'robots', 'giftCount', 'gifts',
]);

/** One entry per SDKAppID rather than per room. */
export const APP_WIDE: ReadonlySet<Resource> = new Set<Resource>(['liveRooms', 'gifts']);

/** Every resource of a Conference room: what creating or destroying it changes. */
export const ALL_OF_ROOM: readonly Resource[] = Object.freeze(['room', 'members', 'seats', 'banned']);

/** Every resource of a live room, and the room list it appears in. */
export const ALL_OF_LIVE_ROOM: readonly Resource[] = Object.freeze([
  'liveRoom', 'liveRooms', 'liveMembers', 'seats', 'metadata', 'stats', 'muted', 'liveBanned', 'admins', 'robots', 'giftCount',
]);
