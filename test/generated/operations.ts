/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Gifts to put in a category (a gift may be in several). */
export type AddGiftsToCategoryInput = {
  /** The category. */
  categoryId: string | number;
  /** The gifts. 1 to 16 gifts. */
  giftIds: Array<string | number>;
};

/** Users to make administrators of a live room. */
export type AddLiveRoomAdminsInput = {
  /** The room. */
  roomId: string | number;
  /** The new administrators. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Robot accounts (imported Chat accounts) to put into a live room, e.g. to warm up the audience. */
export type AddLiveRoomRobotsInput = {
  /** The robots' account ids. At most 20 users per call. */
  robotIds: Array<string | number>;
  /** The room. */
  roomId: string | number;
};

/** The roles `updateMember` can give; ownership moves only with `changeRoomOwner`. */
export type AssignableRole =
  /** Make the member an administrator of the room. */
  | 'ADMIN'
  /** Make the member an ordinary member (e.g. take the administrator role away). */
  | 'MEMBER';

/** Who to ban from a live room, why and for how long. */
export type BanLiveMembersInput = {
  /** For how long, in seconds. At least 1. */
  durationSeconds: number;
  /** Why, for the banned users and your records. At most 200 bytes. Omitted or null: empty. */
  reason?: string | null | undefined;
  /** The room. */
  roomId: string | number;
  /** Who to ban. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Removes users from a room and bars them from entering again for a while. */
export type BanMembersInput = {
  /** How long the ban lasts, in seconds. At least 1. */
  durationSeconds: number;
  /** Why they are banned, for the users and your records. At most 1000 bytes. */
  reason: string;
  /** The room. */
  roomId: string | number;
  /** Who to ban. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** How an invited room answered a battle invitation. */
export type BattleResultCode =
  /** The room is already in another battle. */
  | 'ALREADY_IN_BATTLE'
  /** The room joined the battle. */
  | 'OK'
  /** Tencent failed for this room, or answered a code this API does not know (see `rawCode`). */
  | 'SYSTEM_ERROR';

/** Where Tencent should send Conference callbacks, and for which events. */
export type CallbackConfigInput = {
  /** The events to deliver: at least one. */
  events: Array<ConferenceEvent>;
  /** The URL Tencent POSTs each event to: http:// or https://. At most 1000 bytes. */
  url: string;
};

/** Hands a live room to another host. */
export type ChangeLiveRoomOwnerInput = {
  /** The new host. At most 32 bytes, no control characters. */
  newOwnerId: string | number;
  /** The room. */
  roomId: string | number;
};

/** Hands a Conference room to another owner, who must be in the room. */
export type ChangeRoomOwnerInput = {
  /** The current owner; read from the room when omitted. FORBIDDEN when it is not the owner. */
  currentOwnerId?: string | number | null | undefined;
  /** The new owner: a member of the room (NOT_A_MEMBER otherwise). */
  newOwnerId: string | number;
  /** The room. */
  roomId: string | number;
};

/** The Conference events Tencent can call your server about (webhooks); a callback configuration lists those it delivers. */
export type ConferenceEvent =
  /** A member entered a room (Room.CallbackAfterMemberEnter). */
  | 'MEMBER_ENTERED'
  /** A member left a room, was removed or was banned (Room.CallbackAfterMemberLeave). */
  | 'MEMBER_LEFT'
  /** A room was created (Room.CallbackAfterCreateRoom). */
  | 'ROOM_CREATED'
  /** A room was destroyed (Room.CallbackAfterDestroyRoom). */
  | 'ROOM_DESTROYED'
  /** A room's settings changed (Room.CallbackAfterUpdateRoomInfo). */
  | 'ROOM_INFO_UPDATED'
  /** A room's seats changed (taken, left, locked, …) (Mic.CallbackAfterSeatInfoChanged). */
  | 'SEAT_INFO_CHANGED';

/** A battle to start: the rooms must already be connected as co-hosts (Tencent does not check this). */
export type CreateBattleInput = {
  /** How long the battle lasts, in seconds, at least 1 (Tencent takes milliseconds; the gateway converts). */
  durationSeconds: number;
  /** Your own data, delivered with the battle callbacks. At most 1000 bytes. */
  extensionInfo?: string | null | undefined;
  /** The room that starts the battle. */
  fromRoomId: string | number;
  /** The rooms it battles. 1 to 10 rooms. */
  toRoomIds: Array<string | number>;
};

/** A new gift category (Tencent allows at most 3). */
export type CreateGiftCategoryInput = {
  /** The default description. At most 60 bytes. */
  description?: string | null | undefined;
  /** Your own data about the category, as a JSON string. At most 100 bytes. */
  extensionInfo?: string | null | undefined;
  /** The category id. At most 20 bytes. */
  id: string | number;
  /** The default name. At most 20 bytes. */
  name: string;
};

/** A new gift for the catalogue (Tencent allows at most 16 gifts). */
export type CreateGiftInput = {
  /** What the gift costs, in your app's coins. At least 0. */
  coins: number;
  /** The default description. At most 20 bytes. */
  description?: string | null | undefined;
  /** Your own data about the gift, as a JSON string. At most 100 bytes. */
  extensionInfo?: string | null | undefined;
  /** The icon shown in the gift panel. At most 200 bytes. */
  iconUrl?: string | null | undefined;
  /** The gift id. At most 20 bytes. */
  id: string | number;
  /** Your own level of the gift (Tencent's default 0). At least 0. */
  level?: number | null | undefined;
  /** The default name. At most 20 bytes. */
  name: string;
  /** The animation played when the gift is sent (MP4 or SVGA). At most 200 bytes. */
  resourceUrl?: string | null | undefined;
};

/** A new live room: its id, seat layout and settings. Limits are Tencent's, checked before any call to Tencent (BAD_USER_INPUT naming the field). */
export type CreateLiveRoomInput = {
  /** Your own numeric status of the room; Tencent stores it and does not interpret it. */
  activityStatus?: number | null | undefined;
  /** Your own numeric category tags. 0 to 3 categories. */
  categories?: Array<number> | null | undefined;
  /** The cover image URL. At most 200 bytes. */
  coverUrl?: string | null | undefined;
  /** The new room's id. Printable ASCII, at most 48 bytes. */
  id: string | number;
  /** Mute the whole audience (admins and the host may still send messages). */
  isMessageDisabled?: boolean | null | undefined;
  /** List the room in `liveRooms` (Tencent's default: true). False for private or test rooms. */
  isPublicVisible?: boolean | null | undefined;
  /** How many members may be in the room at once. At least 1. Capped by your Tencent package. */
  maxMemberCount?: number | null | undefined;
  /** How many seats a voice room (AUDIO_SALON, KARAOKE) has. At least 1. Capped by your Tencent package. */
  maxSeatCount?: number | null | undefined;
  /** The display name. At most 100 bytes. Tencent defaults it to the id. */
  name?: string | null | undefined;
  /** The room notice shown to viewers. At most 100 bytes. */
  notice?: string | null | undefined;
  /** The host. At most 32 bytes, no control characters. Defaults to the gateway's admin account. */
  ownerId?: string | number | null | undefined;
  /** The seat layout; it cannot change later. */
  seatTemplate: SeatTemplate;
  /** Whether guests take seats freely or ask the host first. */
  takeSeatMode?: SeatModeInput | null | undefined;
};

/** A new Conference room: its id and settings. Limits are Tencent's, checked before any call to Tencent (BAD_USER_INPUT naming the field). */
export type CreateRoomInput = {
  /** Your own data about the room. At most 500 bytes. */
  customInfo?: string | null | undefined;
  /** The new room's id, unique in your app. Printable ASCII, at most 48 bytes. */
  id: string | number;
  /** Stop members unmuting their microphones (the owner and administrators still may). */
  isAudioDisabled?: boolean | null | undefined;
  /** Turn cloud recording of the meeting off. */
  isCloudRecordingDisabled?: boolean | null | undefined;
  /** Stop members sending chat messages (the owner and administrators still may). */
  isMessageDisabled?: boolean | null | undefined;
  /** Stop members sharing their screens (the owner and administrators still may). */
  isScreenSharingDisabled?: boolean | null | undefined;
  /** Whether the room has seats (default false); it cannot change later. */
  isSeatEnabled?: boolean | null | undefined;
  /** Stop members turning their cameras on (the owner and administrators still may). */
  isVideoDisabled?: boolean | null | undefined;
  /** How many members may be in the room at once. At least 1. */
  maxMemberCount?: number | null | undefined;
  /** How many seats a room with seats has. At least 1. */
  maxSeatCount?: number | null | undefined;
  /** The display name. At most 100 bytes. Defaults to the id on create. */
  name?: string | null | undefined;
  /** The owner (host). Defaults to the gateway's admin account. */
  ownerId?: string | number | null | undefined;
  /** When the meeting ends (ISO 8601). Defaults to an hour after the start; at least 5 minutes after it. */
  scheduleEndTime?: string | null | undefined;
  /** User ids invited to a scheduled meeting. */
  scheduleInvitees?: Array<string | number> | null | undefined;
  /** When the meeting starts (ISO 8601, to the second); the room is NOT_STARTED until then. Defaults to now. */
  scheduleStartTime?: string | null | undefined;
  /** Whether members take seats freely or ask first (rooms with seats). */
  takeSeatMode?: SeatModeInput | null | undefined;
};

/** Which translation of a category to remove. */
export type DeleteGiftCategoryLanguageInput = {
  /** The category. */
  categoryId: string | number;
  /** The language to remove. */
  language: GiftLanguage;
};

/** Which translation of a gift to remove. */
export type DeleteGiftLanguageInput = {
  /** The gift. */
  giftId: string | number;
  /** The language to remove. */
  language: GiftLanguage;
};

/** Keys to remove from a live room's metadata. */
export type DeleteLiveRoomMetadataInput = {
  /** The keys to remove. 1 to 10 keys. */
  keys: Array<string>;
  /** The room. */
  roomId: string | number;
};

/** A language a gift or gift category can carry a name and description in. */
export type GiftLanguage =
  /** English. */
  | 'EN'
  /** Simplified Chinese. */
  | 'ZH_HANS'
  /** Traditional Chinese. */
  | 'ZH_HANT';

/** Takes a member off their seat. */
export type KickMemberOffSeatInput = {
  /** Your own data, delivered with the member's "kicked off the seat" notification. At most 1000 bytes. Omitted or null: empty. */
  data?: string | null | undefined;
  /** The room; it must have seats (SEATS_DISABLED otherwise). */
  roomId: string | number;
  /** The seated member; BAD_USER_INPUT when they sit on no seat. */
  userId: string | number;
};

/** Removes users from a room; unlike a ban, they may enter again at once. */
export type KickMembersInput = {
  /** Why they are removed, for the users and your records. At most 1000 bytes. */
  reason: string;
  /** The room. */
  roomId: string | number;
  /** Who to remove. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Where Tencent should send Live callbacks, and for which events. */
export type LiveCallbackConfigInput = {
  /** The events to deliver: at least one. */
  events: Array<LiveEvent>;
  /** The URL Tencent POSTs each event to: http:// or https://. At most 1000 bytes. */
  url: string;
};

/** The Live events Tencent can call your server about (webhooks); a callback configuration lists those it delivers. */
export type LiveEvent =
  /** A battle between live rooms was created (Live.CallbackAfterCreateBattle). */
  | 'BATTLE_CREATED'
  /** A battle between live rooms started (Live.CallbackAfterStartBattle). */
  | 'BATTLE_STARTED'
  /** The cloud recording of a live room changed state (Follow.CallbackAfterCloudRecordingChanged). */
  | 'CLOUD_RECORDING_CHANGED'
  /** A user came online in a live room or went offline (Live.CallbackAfterMemberStateChanged). */
  | 'MEMBER_STATE_CHANGED'
  /** A chat message was sent in a live room (Group.CallbackAfterSendMsg). */
  | 'MESSAGE_SENT'
  /** Keys of a live room's metadata were removed (Live.CallbackAfterDelMetadata). */
  | 'METADATA_DELETED'
  /** Keys of a live room's metadata were set (Live.CallbackAfterSetMetadata). */
  | 'METADATA_SET'
  /** A live room got a new host (Live.CallbackAfterChangeOwner). */
  | 'OWNER_CHANGED'
  /** A live room was created (Live.CallbackAfterCreateRoom). */
  | 'ROOM_CREATED'
  /** A live room was destroyed (Live.CallbackAfterDestroyRoom). */
  | 'ROOM_DESTROYED'
  /** A live room's settings changed (Live.CallbackAfterUpdateRoomInfo). */
  | 'ROOM_INFO_UPDATED';

/** Whether users came online in a live room or went offline. */
export type LiveMemberState =
  /** They left it (`leaveReason` says why). */
  | 'OFFLINE'
  /** They entered the room. */
  | 'ONLINE';

/** What happened in a live room (`liveRoomEvents`). */
export type LiveRoomEventKind =
  /** A battle including this room was created (`battleId`, `battleRoomIds`). */
  | 'BATTLE_CREATED'
  /** A battle including this room started (`battleId`, `battleRoomIds`). */
  | 'BATTLE_STARTED'
  /** The room's cloud recording changed state: re-query what you show of it. */
  | 'CLOUD_RECORDING_CHANGED'
  /** Users came online in the room or went offline (`userIds`, `memberState`, `leaveReason`). */
  | 'MEMBER_STATE_CHANGED'
  /** A chat message was sent in the room (`message`). */
  | 'MESSAGE_SENT'
  /** Keys of the room's metadata were removed (`metadataKeys`). */
  | 'METADATA_DELETED'
  /** Keys of the room's metadata were set (`metadata`, `metadataKeys`). */
  | 'METADATA_SET'
  /** The room got a new host (`ownerId`, `previousOwnerId`). */
  | 'OWNER_CHANGED'
  /** The live room was created (`roomName`, `ownerId`). */
  | 'ROOM_CREATED'
  /** The live room was destroyed: nothing more will come for it; a re-query answers null. */
  | 'ROOM_DESTROYED'
  /** The live room's settings changed (`roomName`): re-query the room for the rest. */
  | 'ROOM_INFO_UPDATED'
  /** Seats were taken, left, locked or unlocked (`seats`: each changed seat as it is now). */
  | 'SEAT_INFO_CHANGED';

/** Locks or unlocks a seat, or its camera or microphone; flags left out stay as they are. Give at least one. */
export type LockSeatInput = {
  /** Whoever sits here may not unmute their microphone. */
  audioDisabled?: boolean | null | undefined;
  /** The seat, from 0. */
  index: number;
  /** Nobody may take the seat; locking an occupied seat frees it first. */
  locked?: boolean | null | undefined;
  /** The room; it must have seats (SEATS_DISABLED otherwise). */
  roomId: string | number;
  /** Whoever sits here may not turn their camera on. */
  videoDisabled?: boolean | null | undefined;
};

/** Sets or deletes numeric marks on members, e.g. to tag speakers. A room may use at most 10 distinct marks; Tencent checks that and answers BAD_USER_INPUT past it. */
export type MarkMembersInput = {
  /** The members and their marks. 1 to 10 members. */
  members: Array<MemberMarksInput>;
  /** SET adds the marks, DELETE removes them. */
  operation: MarkOperation;
  /** The room. */
  roomId: string | number;
};

/** What `markMembers` does with the marks it is given. */
export type MarkOperation =
  /** Take these marks away from the members. */
  | 'DELETE'
  /** Give the members these marks (added to the marks they have). */
  | 'SET';

/** Why members left a room. */
export type MemberLeaveReason =
  /** Their connection timed out (no heartbeat from their app). */
  | 'EXPIRED'
  /** They were removed (`kickMembers`) or banned (`banMembers`). */
  | 'KICKED'
  /** They left themselves. */
  | 'LEAVE';

/** One member and the marks to set on them or delete from them. */
export type MemberMarksInput = {
  /** The marks. 1 to 3 marks. Each mark: at least 1000. */
  marks: Array<number>;
  /** The member; they must be in the room. */
  userId: string | number;
};

/** What a member may do in a Conference room. */
export type MemberRole =
  /** An administrator of the room, appointed by the owner (`updateMember`). */
  | 'ADMIN'
  /** An ordinary member. */
  | 'MEMBER'
  /** The room's owner (host): exactly one per room; `changeRoomOwner` hands it on. */
  | 'OWNER';

/** One key to set and its value. */
export type MetadataEntryInput = {
  /** The key. At most 50 bytes. */
  key: string;
  /** The value. At most 2048 bytes. */
  value: string;
};

/** Moves a member to a seat, deciding what happens when someone already sits there. */
export type MoveMemberToSeatInput = {
  /** The seat to move them to, from 0. */
  index: number;
  /** What to do when the seat is taken. Omitted or null: CANCEL. */
  policy?: SeatMovePolicy | null | undefined;
  /** The room; it must have seats (SEATS_DISABLED otherwise). */
  roomId: string | number;
  /** The member to move; they must be in the room. */
  userId: string | number;
};

/** Who to mute in a live room, and for how long. */
export type MuteLiveMembersInput = {
  /** For how long, in seconds: at least 1 (unmuteLiveMembers lifts a mute). */
  durationSeconds: number;
  /** The room. */
  roomId: string | number;
  /** Who to mute. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Puts a member on a free seat. */
export type PickMemberOnSeatInput = {
  /** The seat, from 0; a seat past the last, locked or taken answers BAD_USER_INPUT. */
  index: number;
  /** The room; it must have seats (SEATS_DISABLED otherwise). */
  roomId: string | number;
  /** The member to seat; they must be in the room (NOT_A_MEMBER otherwise). */
  userId: string | number;
};

/** Gifts to take out of a category (they stay in the catalogue). */
export type RemoveGiftsFromCategoryInput = {
  /** The category. */
  categoryId: string | number;
  /** The gifts. 1 to 16 gifts. */
  giftIds: Array<string | number>;
};

/** Administrators of a live room to demote. */
export type RemoveLiveRoomAdminsInput = {
  /** The room. */
  roomId: string | number;
  /** The administrators to demote. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Robot accounts to take out of a live room. */
export type RemoveLiveRoomRobotsInput = {
  /** The robots' account ids. At most 20 users per call. */
  robotIds: Array<string | number>;
  /** The room. */
  roomId: string | number;
};

/** What happened in a Conference room (`roomEvents`). */
export type RoomEventKind =
  /** Members entered the room (`userIds`, `memberCount`). */
  | 'MEMBER_ENTERED'
  /** Members left the room, were removed or banned (`userIds`, `memberCount`, `leaveReason`, `removalReason`). */
  | 'MEMBER_LEFT'
  /** The room was created (`roomName`, `ownerId`). */
  | 'ROOM_CREATED'
  /** The room was destroyed: nothing more will come for it; a re-query answers null. */
  | 'ROOM_DESTROYED'
  /** The room's settings changed (`roomName`, `ownerId`): re-query the room for the rest. */
  | 'ROOM_INFO_UPDATED'
  /** Seats were taken, left, locked or unlocked (`seats`: each changed seat as it is now). */
  | 'SEAT_INFO_CHANGED';

/** Whether a room has started: a scheduled meeting is NOT_STARTED until its `scheduleStartTime`. */
export type RoomStatus =
  /** Tencent did not say (older rooms, or a status this API does not know). */
  | 'NONE'
  /** A scheduled meeting whose start time has not come yet. */
  | 'NOT_STARTED'
  /** The meeting has started: members can be in it. */
  | 'RUNNING';

/** Which product a room belongs to. */
export type RoomType =
  /** A Conference room (a meeting): read it with `room(id)`. */
  | 'CONFERENCE'
  /** A live room (a host streaming to an audience): read it with `liveRoom(id)`. */
  | 'LIVE';

/** How members take seats, as a room can be set (a room's `takeSeatMode` also reads NONE when it has no seats). */
export type SeatModeInput =
  /** Members ask, and the owner or an administrator lets them on. */
  | 'APPLY_TO_TAKE'
  /** Members take a free seat themselves. */
  | 'FREE_TO_TAKE';

/** What moveMemberToSeat does when the target seat is taken. */
export type SeatMovePolicy =
  /** Fail the move. */
  | 'CANCEL'
  /** Kick the occupant off and move. */
  | 'FORCE'
  /** Swap the two members. */
  | 'SWAP';

/** The seat layout a live room is created with. Video layouts have 9, 7 or 4 seats; audio layouts take `maxSeatCount`. */
export type SeatTemplate =
  /** Voice room (audio only); the seat count is `maxSeatCount`. */
  | 'AUDIO_SALON'
  /** Karaoke voice room (audio only); the seat count is `maxSeatCount`. */
  | 'KARAOKE'
  /** Video, the host full screen with up to 6 guests floating over it. */
  | 'VIDEO_DYNAMIC_FLOAT_7_SEATS'
  /** Video, up to 9 seats in a grid that grows with the people seated. */
  | 'VIDEO_DYNAMIC_GRID_9_SEATS'
  /** Video, the host full screen with 6 fixed floating seats. */
  | 'VIDEO_FIXED_FLOAT_7_SEATS'
  /** Video, a fixed 3 × 3 grid of 9 seats. */
  | 'VIDEO_FIXED_GRID_9_SEATS'
  /** Video in landscape, 4 seats. */
  | 'VIDEO_LANDSCAPE_4_SEAT';

/** A custom (non-text) message to send into a live room, e.g. a like burst or a game event. */
export type SendLiveCustomMessageInput = {
  /** Your own message kind, which receiving apps switch on. */
  businessId: string;
  /** The message payload, as your apps agree on it. */
  data: string;
  /** The room. */
  roomId: string | number;
  /** Who the message is from. At most 32 bytes, no control characters. */
  senderId: string | number;
};

/** A chat message to send into a live room, as if a user sent it. */
export type SendLiveTextMessageInput = {
  /** Extra data for your app, as a JSON string (e.g. `"{\"color\":\"red\"}"`); delivered as the message's cloud custom data. */
  extensionInfo?: string | null | undefined;
  /** The room. */
  roomId: string | number;
  /** Who the message is from. At most 32 bytes, no control characters. */
  senderId: string | number;
  /** The message text. */
  text: string;
};

/** A category's name and description in one language. */
export type SetGiftCategoryLanguageInput = {
  /** The category. */
  categoryId: string | number;
  /** The description in that language. At most 60 bytes. */
  description?: string | null | undefined;
  /** The language. */
  language: GiftLanguage;
  /** The name in that language. At most 20 bytes. */
  name?: string | null | undefined;
};

/** A gift's name and description in one language. */
export type SetGiftLanguageInput = {
  /** The description in that language. At most 20 bytes. */
  description?: string | null | undefined;
  /** The gift. */
  giftId: string | number;
  /** The language. */
  language: GiftLanguage;
  /** The name in that language; required the first time a language is set. At most 20 bytes. */
  name?: string | null | undefined;
};

/** Keys to set in a live room's metadata; keys not listed keep their values. */
export type SetLiveRoomMetadataInput = {
  /** 1 to 10 keys. All values together: at most 16384 bytes. */
  entries: Array<MetadataEntryInput>;
  /** The room. */
  roomId: string | number;
};

/** Moves a seated member to an empty seat (the older way; `moveMemberToSeat` also handles a taken seat). */
export type SwitchSeatInput = {
  /** The room; it must have seats (SEATS_DISABLED otherwise). */
  roomId: string | number;
  /** The empty seat to move them to, from 0. */
  toIndex: number;
  /** The seated member to move. */
  userId: string | number;
};

/** How members take seats. */
export type TakeSeatMode =
  /** Members ask, and the owner or an administrator lets them on. */
  | 'APPLY_TO_TAKE'
  /** Members take a free seat themselves. */
  | 'FREE_TO_TAKE'
  /** The room has no seats. */
  | 'NONE';

/** Who to unban in a live room. */
export type UnbanLiveMembersInput = {
  /** The room. */
  roomId: string | number;
  /** Who to unban. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Lifts bans early, so the users may enter the room again. */
export type UnbanMembersInput = {
  /** The room. */
  roomId: string | number;
  /** Who to unban; a user who is not banned answers NOT_A_MEMBER. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** Who to unmute in a live room. */
export type UnmuteLiveMembersInput = {
  /** The room. */
  roomId: string | number;
  /** Who to unmute. At most 20 users per call. */
  userIds: Array<string | number>;
};

/** A category's new default name and description (Tencent takes both again). */
export type UpdateGiftCategoryInput = {
  /** The default description. At most 60 bytes. */
  description?: string | null | undefined;
  /** The category. */
  id: string | number;
  /** The default name. At most 20 bytes. */
  name: string;
};

/** A gift's new settings. Tencent takes the whole gift again, so give the name and coins, and every optional field you want kept: fields left out are not sent. */
export type UpdateGiftInput = {
  /** What the gift costs, in your app's coins. At least 0. */
  coins: number;
  /** The default description. At most 20 bytes. */
  description?: string | null | undefined;
  /** Your own data about the gift, as a JSON string. At most 100 bytes. */
  extensionInfo?: string | null | undefined;
  /** The icon shown in the gift panel. At most 200 bytes. */
  iconUrl?: string | null | undefined;
  /** The gift id. At most 20 bytes. */
  id: string | number;
  /** Your own level of the gift (Tencent's default 0). At least 0. */
  level?: number | null | undefined;
  /** The default name. At most 20 bytes. */
  name: string;
  /** The animation played when the gift is sent (MP4 or SVGA). At most 200 bytes. */
  resourceUrl?: string | null | undefined;
};

/** New settings for a live room: only the fields given change. */
export type UpdateLiveRoomInput = {
  /** Your own numeric status of the room; Tencent stores it and does not interpret it. */
  activityStatus?: number | null | undefined;
  /** Your own numeric category tags. 0 to 3 categories. */
  categories?: Array<number> | null | undefined;
  /** The cover image URL. At most 200 bytes. */
  coverUrl?: string | null | undefined;
  /** The room to change. */
  id: string | number;
  /** Mute the whole audience (admins and the host may still send messages). */
  isMessageDisabled?: boolean | null | undefined;
  /** List the room in `liveRooms` (Tencent's default: true). False for private or test rooms. */
  isPublicVisible?: boolean | null | undefined;
  /** How many members may be in the room at once. At least 1. Capped by your Tencent package. */
  maxMemberCount?: number | null | undefined;
  /** The display name. At most 100 bytes. Tencent defaults it to the id. */
  name?: string | null | undefined;
  /** The room notice shown to viewers. At most 100 bytes. */
  notice?: string | null | undefined;
  /** Whether guests take seats freely or ask the host first. */
  takeSeatMode?: SeatModeInput | null | undefined;
};

/** Changes a member's nickname, role or custom data in one room; fields left out stay as they are. */
export type UpdateMemberInput = {
  /** Your own data about the member in this room. At most 60 bytes. */
  customInfo?: string | null | undefined;
  /** The new nickname in this room. At most 32 bytes. */
  nameCard?: string | null | undefined;
  /** The new role: ADMIN or MEMBER (ownership moves with `changeRoomOwner`). */
  role?: AssignableRole | null | undefined;
  /** The room. */
  roomId: string | number;
  /** The member to change; they must be in the room (NOT_A_MEMBER otherwise). */
  userId: string | number;
};

/** New settings for a Conference room: only the fields given change. */
export type UpdateRoomInput = {
  /** Your own data about the room. At most 500 bytes. */
  customInfo?: string | null | undefined;
  /** The room to change. */
  id: string | number;
  /** Stop members unmuting their microphones (the owner and administrators still may). */
  isAudioDisabled?: boolean | null | undefined;
  /** Turn cloud recording of the meeting off. */
  isCloudRecordingDisabled?: boolean | null | undefined;
  /** Stop members sending chat messages (the owner and administrators still may). */
  isMessageDisabled?: boolean | null | undefined;
  /** Stop members sharing their screens (the owner and administrators still may). */
  isScreenSharingDisabled?: boolean | null | undefined;
  /** Stop members turning their cameras on (the owner and administrators still may). */
  isVideoDisabled?: boolean | null | undefined;
  /** How many members may be in the room at once. At least 1. */
  maxMemberCount?: number | null | undefined;
  /** The display name. At most 100 bytes. Defaults to the id on create. */
  name?: string | null | undefined;
  /** Whether members take seats freely or ask first (rooms with seats). */
  takeSeatMode?: SeatModeInput | null | undefined;
};

export type CallbackConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type CallbackConfigQuery = { callbackConfig: { url: string, events: Array<ConferenceEvent> } | null };

export type CreateCallbackConfigMutationVariables = Exact<{
  input: CallbackConfigInput;
}>;


export type CreateCallbackConfigMutation = { createCallbackConfig: { url: string, events: Array<ConferenceEvent> } };

export type UpdateCallbackConfigMutationVariables = Exact<{
  input: CallbackConfigInput;
}>;


export type UpdateCallbackConfigMutation = { updateCallbackConfig: { url: string, events: Array<ConferenceEvent> } };

export type DeleteCallbackConfigMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteCallbackConfigMutation = { deleteCallbackConfig: boolean };

export type LocalizedTextRowFragment = { language: GiftLanguage, name: string, description: string };

export type GiftTileFragment = { id: string, name: string, description: string, iconUrl: string, resourceUrl: string, coins: number, level: number, extensionInfo: string, createdAt: string | null, languages: Array<{ language: GiftLanguage, name: string, description: string }> };

export type GiftCategoryTabFragment = { id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> };

export type GiftPanelQueryVariables = Exact<{ [key: string]: never; }>;


export type GiftPanelQuery = { giftCatalogue: { totalCount: number | null, categories: Array<{ id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> }>, gifts: Array<{ id: string, name: string, description: string, iconUrl: string, resourceUrl: string, coins: number, level: number, extensionInfo: string, createdAt: string | null, languages: Array<{ language: GiftLanguage, name: string, description: string }> }> } };

export type GiftDetailsQueryVariables = Exact<{
  id: string | number;
  language: GiftLanguage;
}>;


export type GiftDetailsQuery = { gift: { id: string, name: string, description: string, iconUrl: string, resourceUrl: string, coins: number, level: number, extensionInfo: string, createdAt: string | null, localized: { language: GiftLanguage, name: string, description: string } | null, languages: Array<{ language: GiftLanguage, name: string, description: string }> } | null };

export type GiftCategoryDetailsQueryVariables = Exact<{
  id: string | number;
  language: GiftLanguage;
}>;


export type GiftCategoryDetailsQuery = { giftCategory: { id: string, name: string, description: string, extensionInfo: string, localized: { language: GiftLanguage, name: string, description: string } | null, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> } | null };

export type CreateGiftMutationVariables = Exact<{
  input: CreateGiftInput;
}>;


export type CreateGiftMutation = { createGift: { id: string, name: string, description: string, iconUrl: string, resourceUrl: string, coins: number, level: number, extensionInfo: string, createdAt: string | null, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type UpdateGiftMutationVariables = Exact<{
  input: UpdateGiftInput;
}>;


export type UpdateGiftMutation = { updateGift: { id: string, name: string, description: string, iconUrl: string, resourceUrl: string, coins: number, level: number, extensionInfo: string, createdAt: string | null, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type DeleteGiftMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGiftMutation = { deleteGift: string };

export type SetGiftLanguageMutationVariables = Exact<{
  input: SetGiftLanguageInput;
}>;


export type SetGiftLanguageMutation = { setGiftLanguage: { id: string, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type DeleteGiftLanguageMutationVariables = Exact<{
  input: DeleteGiftLanguageInput;
}>;


export type DeleteGiftLanguageMutation = { deleteGiftLanguage: { id: string, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type CreateGiftCategoryMutationVariables = Exact<{
  input: CreateGiftCategoryInput;
}>;


export type CreateGiftCategoryMutation = { createGiftCategory: { id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> } };

export type UpdateGiftCategoryMutationVariables = Exact<{
  input: UpdateGiftCategoryInput;
}>;


export type UpdateGiftCategoryMutation = { updateGiftCategory: { id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> } };

export type DeleteGiftCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteGiftCategoryMutation = { deleteGiftCategory: string };

export type SetGiftCategoryLanguageMutationVariables = Exact<{
  input: SetGiftCategoryLanguageInput;
}>;


export type SetGiftCategoryLanguageMutation = { setGiftCategoryLanguage: { id: string, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type DeleteGiftCategoryLanguageMutationVariables = Exact<{
  input: DeleteGiftCategoryLanguageInput;
}>;


export type DeleteGiftCategoryLanguageMutation = { deleteGiftCategoryLanguage: { id: string, languages: Array<{ language: GiftLanguage, name: string, description: string }> } };

export type AddGiftsToCategoryMutationVariables = Exact<{
  input: AddGiftsToCategoryInput;
}>;


export type AddGiftsToCategoryMutation = { addGiftsToCategory: { id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> } };

export type RemoveGiftsFromCategoryMutationVariables = Exact<{
  input: RemoveGiftsFromCategoryInput;
}>;


export type RemoveGiftsFromCategoryMutation = { removeGiftsFromCategory: { id: string, name: string, description: string, extensionInfo: string, languages: Array<{ language: GiftLanguage, name: string, description: string }>, gifts: Array<{ id: string }> } };

export type LiveCallbackConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveCallbackConfigQuery = { liveCallbackConfig: { url: string, events: Array<LiveEvent> } | null };

export type CreateLiveCallbackConfigMutationVariables = Exact<{
  input: LiveCallbackConfigInput;
}>;


export type CreateLiveCallbackConfigMutation = { createLiveCallbackConfig: { url: string, events: Array<LiveEvent> } };

export type UpdateLiveCallbackConfigMutationVariables = Exact<{
  input: LiveCallbackConfigInput;
}>;


export type UpdateLiveCallbackConfigMutation = { updateLiveCallbackConfig: { url: string, events: Array<LiveEvent> } };

export type DeleteLiveCallbackConfigMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteLiveCallbackConfigMutation = { deleteLiveCallbackConfig: boolean };

type RoomCard_LiveRoom_Fragment = { __typename: 'LiveRoom', id: string, name: string, type: RoomType, ownerId: string | null, maxMemberCount: number | null, maxSeatCount: number | null, isMessageDisabled: boolean, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, createdAt: string | null };

type RoomCard_Room_Fragment = { __typename: 'Room', id: string, name: string, type: RoomType, ownerId: string | null, maxMemberCount: number | null, maxSeatCount: number | null, isMessageDisabled: boolean, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, createdAt: string | null };

export type RoomCardFragment =
  | RoomCard_LiveRoom_Fragment
  | RoomCard_Room_Fragment
;

export type LiveRoomSummaryFragment = { id: string, name: string, ownerId: string | null, coverUrl: string, categories: Array<number>, activityStatus: number | null, viewCount: number | null, createdAt: string | null };

export type LiveRoomSettingsFragment = { seatTemplate: SeatTemplate | null, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, maxSeatCount: number | null, maxMemberCount: number | null, isMessageDisabled: boolean, isPublicVisible: boolean, notice: string, customInfo: string };

export type LiveLobbyQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveLobbyQuery = { liveRooms: { edges: Array<{ cursor: string, node: { id: string, name: string, ownerId: string | null, coverUrl: string, categories: Array<number>, activityStatus: number | null, viewCount: number | null, createdAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LiveRoomDashboardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveRoomDashboardQuery = { liveRooms: { nodes: Array<{ __typename: 'LiveRoom', coverUrl: string, viewCount: number | null, seatTemplate: SeatTemplate | null, isPublicVisible: boolean, id: string, name: string, type: RoomType, ownerId: string | null, maxMemberCount: number | null, maxSeatCount: number | null, isMessageDisabled: boolean, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, createdAt: string | null, seats: Array<{ id: string, index: number, userId: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RoomCardsQueryVariables = Exact<{
  conferenceId: string | number;
  liveId: string | number;
}>;


export type RoomCardsQuery = { room: { __typename: 'Room', id: string, name: string, type: RoomType, ownerId: string | null, maxMemberCount: number | null, maxSeatCount: number | null, isMessageDisabled: boolean, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, createdAt: string | null } | null, liveRoom: { __typename: 'LiveRoom', id: string, name: string, type: RoomType, ownerId: string | null, maxMemberCount: number | null, maxSeatCount: number | null, isMessageDisabled: boolean, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, createdAt: string | null } | null };

export type LiveRoomDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveRoomDetailsQuery = { liveRoom: { type: RoomType, onlineCount: number | null, admins: Array<string>, robots: Array<string>, id: string, name: string, ownerId: string | null, coverUrl: string, categories: Array<number>, activityStatus: number | null, viewCount: number | null, createdAt: string | null, seatTemplate: SeatTemplate | null, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, maxSeatCount: number | null, maxMemberCount: number | null, isMessageDisabled: boolean, isPublicVisible: boolean, notice: string, customInfo: string, seats: Array<{ id: string, index: number, userId: string | null, isLocked: boolean }>, metadata: Array<{ key: string, value: string }> | null } | null };

export type LiveRoomMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveRoomMembersQuery = { liveRoom: { id: string, onlineCount: number | null, members: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, userId: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } | null };

export type LiveRoomModerationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LiveRoomModerationQuery = { liveRoom: { id: string, isMessageDisabled: boolean, mutedMembers: Array<{ id: string, userId: string, mutedUntil: string }> | null, bannedMembers: { nodes: Array<{ id: string, userId: string, bannedUntil: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type LiveRoomMetadataQueryVariables = Exact<{
  id: string | number;
  keys?: Array<string> | string | null | undefined;
}>;


export type LiveRoomMetadataQuery = { liveRoom: { id: string, metadata: Array<{ key: string, value: string }> | null } | null };

export type LiveRoomNumbersQueryVariables = Exact<{
  id: string | number;
}>;


export type LiveRoomNumbersQuery = { liveRoom: { id: string, onlineCount: number | null, stats: { totalViewers: number, totalGiftsSent: number, totalGiftCoins: number, totalUniqueGiftSenders: number, totalLikesReceived: number, totalMessageCount: number } } | null };

export type LiveGiftCountQueryVariables = Exact<{
  id: string | number;
  userId: string | number;
}>;


export type LiveGiftCountQuery = { liveRoom: { id: string, giftCount: { sequence: number, totalCount: number, totalCoins: number, giftSenderCount: number } | null } | null };

export type CreateLiveRoomMutationVariables = Exact<{
  input: CreateLiveRoomInput;
}>;


export type CreateLiveRoomMutation = { createLiveRoom: { type: RoomType, id: string, name: string, ownerId: string | null, coverUrl: string, categories: Array<number>, activityStatus: number | null, viewCount: number | null, createdAt: string | null, seatTemplate: SeatTemplate | null, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, maxSeatCount: number | null, maxMemberCount: number | null, isMessageDisabled: boolean, isPublicVisible: boolean, notice: string, customInfo: string } };

export type UpdateLiveRoomMutationVariables = Exact<{
  input: UpdateLiveRoomInput;
}>;


export type UpdateLiveRoomMutation = { updateLiveRoom: { id: string, name: string, ownerId: string | null, coverUrl: string, categories: Array<number>, activityStatus: number | null, viewCount: number | null, createdAt: string | null, seatTemplate: SeatTemplate | null, isSeatEnabled: boolean, takeSeatMode: TakeSeatMode, maxSeatCount: number | null, maxMemberCount: number | null, isMessageDisabled: boolean, isPublicVisible: boolean, notice: string, customInfo: string } };

export type DestroyLiveRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type DestroyLiveRoomMutation = { destroyLiveRoom: string };

export type ChangeLiveRoomOwnerMutationVariables = Exact<{
  input: ChangeLiveRoomOwnerInput;
}>;


export type ChangeLiveRoomOwnerMutation = { changeLiveRoomOwner: { id: string, ownerId: string | null, admins: Array<string> } };

export type SetLiveRoomMetadataMutationVariables = Exact<{
  input: SetLiveRoomMetadataInput;
}>;


export type SetLiveRoomMetadataMutation = { setLiveRoomMetadata: { id: string, metadata: Array<{ key: string, value: string }> | null } };

export type DeleteLiveRoomMetadataMutationVariables = Exact<{
  input: DeleteLiveRoomMetadataInput;
}>;


export type DeleteLiveRoomMetadataMutation = { deleteLiveRoomMetadata: { id: string, metadata: Array<{ key: string, value: string }> | null } };

export type SendLiveTextMessageMutationVariables = Exact<{
  input: SendLiveTextMessageInput;
}>;


export type SendLiveTextMessageMutation = { sendLiveTextMessage: boolean };

export type SendLiveCustomMessageMutationVariables = Exact<{
  input: SendLiveCustomMessageInput;
}>;


export type SendLiveCustomMessageMutation = { sendLiveCustomMessage: boolean };

export type MuteLiveMembersMutationVariables = Exact<{
  input: MuteLiveMembersInput;
}>;


export type MuteLiveMembersMutation = { muteLiveMembers: { id: string, mutedMembers: Array<{ id: string, userId: string, mutedUntil: string }> | null } };

export type UnmuteLiveMembersMutationVariables = Exact<{
  input: UnmuteLiveMembersInput;
}>;


export type UnmuteLiveMembersMutation = { unmuteLiveMembers: { id: string, mutedMembers: Array<{ id: string, userId: string }> | null } };

export type BanLiveMembersMutationVariables = Exact<{
  input: BanLiveMembersInput;
}>;


export type BanLiveMembersMutation = { banLiveMembers: { id: string, onlineCount: number | null, bannedMembers: { nodes: Array<{ id: string, userId: string, bannedUntil: string }> } | null } };

export type UnbanLiveMembersMutationVariables = Exact<{
  input: UnbanLiveMembersInput;
}>;


export type UnbanLiveMembersMutation = { unbanLiveMembers: { id: string, bannedMembers: { nodes: Array<{ id: string, userId: string }> } | null } };

export type AddLiveRoomAdminsMutationVariables = Exact<{
  input: AddLiveRoomAdminsInput;
}>;


export type AddLiveRoomAdminsMutation = { addLiveRoomAdmins: { id: string, admins: Array<string> } };

export type RemoveLiveRoomAdminsMutationVariables = Exact<{
  input: RemoveLiveRoomAdminsInput;
}>;


export type RemoveLiveRoomAdminsMutation = { removeLiveRoomAdmins: { id: string, admins: Array<string> } };

export type AddLiveRoomRobotsMutationVariables = Exact<{
  input: AddLiveRoomRobotsInput;
}>;


export type AddLiveRoomRobotsMutation = { addLiveRoomRobots: { id: string, robots: Array<string> } };

export type RemoveLiveRoomRobotsMutationVariables = Exact<{
  input: RemoveLiveRoomRobotsInput;
}>;


export type RemoveLiveRoomRobotsMutation = { removeLiveRoomRobots: { id: string, robots: Array<string> } };

export type CreateBattleMutationVariables = Exact<{
  input: CreateBattleInput;
}>;


export type CreateBattleMutation = { createBattle: { id: string, results: Array<{ roomId: string, code: BattleResultCode, rawCode: number, message: string }> } };

export type MemberRowFragment = { id: string, userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string };

export type RoomMembersQueryVariables = Exact<{
  roomId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RoomMembersQuery = { room: { id: string, memberCount: number | null, members: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string, seat: { id: string, index: number } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } | null };

export type BannedMembersQueryVariables = Exact<{
  roomId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BannedMembersQuery = { room: { id: string, bannedMembers: { nodes: Array<{ id: string, userId: string, bannedUntil: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } | null } | null };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { id: string, userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string } };

export type MarkMembersMutationVariables = Exact<{
  input: MarkMembersInput;
}>;


export type MarkMembersMutation = { markMembers: { id: string, members: { nodes: Array<{ id: string, userId: string, marks: Array<number> }> } | null } };

export type BanMembersMutationVariables = Exact<{
  input: BanMembersInput;
}>;


export type BanMembersMutation = { banMembers: { id: string, memberCount: number | null, bannedMembers: { nodes: Array<{ id: string, userId: string, bannedUntil: string }> } | null } };

export type UnbanMembersMutationVariables = Exact<{
  input: UnbanMembersInput;
}>;


export type UnbanMembersMutation = { unbanMembers: { id: string, bannedMembers: { nodes: Array<{ id: string, userId: string }> } | null } };

export type KickMembersMutationVariables = Exact<{
  input: KickMembersInput;
}>;


export type KickMembersMutation = { kickMembers: { id: string, memberCount: number | null, members: { nodes: Array<{ id: string, userId: string }> } | null } };

export type RoomSummaryFragment = { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null };

export type RoomSettingsFragment = { isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string };

export type RoomDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomDetailsQuery = { room: { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string, owner: { id: string, userId: string, nameCard: string } | null } | null };

export type RoomDashboardQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  membersFirst?: number | null | undefined;
}>;


export type RoomDashboardQuery = { rooms: Array<{ id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, owner: { id: string, userId: string, nameCard: string } | null, members: { totalCount: number | null, nodes: Array<{ id: string, userId: string, nameCard: string, role: MemberRole }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, seats: Array<{ id: string, index: number, userId: string | null, isLocked: boolean }> } | null> };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { createRoom: { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string } };

export type UpdateRoomMutationVariables = Exact<{
  input: UpdateRoomInput;
}>;


export type UpdateRoomMutation = { updateRoom: { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string } };

export type DestroyRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type DestroyRoomMutation = { destroyRoom: string };

export type ChangeRoomOwnerMutationVariables = Exact<{
  input: ChangeRoomOwnerInput;
}>;


export type ChangeRoomOwnerMutation = { changeRoomOwner: { id: string, ownerId: string | null, owner: { id: string, userId: string, role: MemberRole } | null } };

export type SeatCellFragment = { id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean };

export type RoomSeatsQueryVariables = Exact<{
  roomId: string | number;
}>;


export type RoomSeatsQuery = { seats: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean, member: { id: string, userId: string, nameCard: string } | null }> };

export type PickMemberOnSeatMutationVariables = Exact<{
  input: PickMemberOnSeatInput;
}>;


export type PickMemberOnSeatMutation = { pickMemberOnSeat: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type KickMemberOffSeatMutationVariables = Exact<{
  input: KickMemberOffSeatInput;
}>;


export type KickMemberOffSeatMutation = { kickMemberOffSeat: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type LockSeatMutationVariables = Exact<{
  input: LockSeatInput;
}>;


export type LockSeatMutation = { lockSeat: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type SwitchSeatMutationVariables = Exact<{
  input: SwitchSeatInput;
}>;


export type SwitchSeatMutation = { switchSeat: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type MoveMemberToSeatMutationVariables = Exact<{
  input: MoveMemberToSeatInput;
}>;


export type MoveMemberToSeatMutation = { moveMemberToSeat: Array<{ id: string, roomId: string, index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type RoomEventsSubscriptionVariables = Exact<{
  roomId: string | number;
  kinds?: Array<RoomEventKind> | RoomEventKind | null | undefined;
}>;


export type RoomEventsSubscription = { roomEvents: { kind: RoomEventKind, roomId: string, at: string, operatorId: string | null, userIds: Array<string>, memberCount: number | null, leaveReason: MemberLeaveReason | null, removalReason: string | null, roomName: string | null, ownerId: string | null, seats: Array<{ id: string, index: number, userId: string | null, isLocked: boolean }> } };

export type LiveRoomEventsSubscriptionVariables = Exact<{
  roomId: string | number;
  kinds?: Array<LiveRoomEventKind> | LiveRoomEventKind | null | undefined;
}>;


export type LiveRoomEventsSubscription = { liveRoomEvents: { kind: LiveRoomEventKind, roomId: string, at: string, operatorId: string | null, userIds: Array<string>, memberState: LiveMemberState | null, leaveReason: MemberLeaveReason | null, roomName: string | null, ownerId: string | null, previousOwnerId: string | null, metadataKeys: Array<string>, battleId: string | null, battleRoomIds: Array<string>, seats: Array<{ id: string, index: number, userId: string | null, isLocked: boolean }>, metadata: Array<{ key: string, value: string }>, message: { id: string | null, senderId: string | null, text: string | null, sequence: number | null, sentAt: string | null } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { userId: string, isAdmin: boolean } };

export const LocalizedTextRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<LocalizedTextRowFragment, unknown>;
export const GiftTileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftTile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"iconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coins"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<GiftTileFragment, unknown>;
export const GiftCategoryTabFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<GiftCategoryTabFragment, unknown>;
export const RoomCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnyRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomCardFragment, unknown>;
export const LiveRoomSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LiveRoomSummaryFragment, unknown>;
export const LiveRoomSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicVisible"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<LiveRoomSettingsFragment, unknown>;
export const MemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<MemberRowFragment, unknown>;
export const RoomSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomSummaryFragment, unknown>;
export const RoomSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomSettingsFragment, unknown>;
export const SeatCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<SeatCellFragment, unknown>;
export const CallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<CallbackConfigQuery, CallbackConfigQueryVariables>;
export const CreateCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<CreateCallbackConfigMutation, CreateCallbackConfigMutationVariables>;
export const UpdateCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateCallbackConfigMutation, UpdateCallbackConfigMutationVariables>;
export const DeleteCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCallbackConfig"}}]}}]} as unknown as DocumentNode<DeleteCallbackConfigMutation, DeleteCallbackConfigMutationVariables>;
export const GiftPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftTile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftTile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"iconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coins"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]} as unknown as DocumentNode<GiftPanelQuery, GiftPanelQueryVariables>;
export const GiftDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftTile"}},{"kind":"Field","name":{"kind":"Name","value":"localized"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftTile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"iconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coins"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]} as unknown as DocumentNode<GiftDetailsQuery, GiftDetailsQueryVariables>;
export const GiftCategoryDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GiftCategoryDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}},{"kind":"Field","name":{"kind":"Name","value":"localized"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GiftCategoryDetailsQuery, GiftCategoryDetailsQueryVariables>;
export const CreateGiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftTile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftTile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"iconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coins"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]} as unknown as DocumentNode<CreateGiftMutation, CreateGiftMutationVariables>;
export const UpdateGiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftTile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftTile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"iconUrl"}},{"kind":"Field","name":{"kind":"Name","value":"resourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"coins"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]} as unknown as DocumentNode<UpdateGiftMutation, UpdateGiftMutationVariables>;
export const DeleteGiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGiftMutation, DeleteGiftMutationVariables>;
export const SetGiftLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGiftLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGiftLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGiftLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<SetGiftLanguageMutation, SetGiftLanguageMutationVariables>;
export const DeleteGiftLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGiftLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGiftLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGiftLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DeleteGiftLanguageMutation, DeleteGiftLanguageMutationVariables>;
export const CreateGiftCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGiftCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGiftCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGiftCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGiftCategoryMutation, CreateGiftCategoryMutationVariables>;
export const UpdateGiftCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGiftCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGiftCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGiftCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateGiftCategoryMutation, UpdateGiftCategoryMutationVariables>;
export const DeleteGiftCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGiftCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGiftCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteGiftCategoryMutation, DeleteGiftCategoryMutationVariables>;
export const SetGiftCategoryLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGiftCategoryLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGiftCategoryLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGiftCategoryLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<SetGiftCategoryLanguageMutation, SetGiftCategoryLanguageMutationVariables>;
export const DeleteGiftCategoryLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGiftCategoryLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGiftCategoryLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGiftCategoryLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<DeleteGiftCategoryLanguageMutation, DeleteGiftCategoryLanguageMutationVariables>;
export const AddGiftsToCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGiftsToCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGiftsToCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGiftsToCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddGiftsToCategoryMutation, AddGiftsToCategoryMutationVariables>;
export const RemoveGiftsFromCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGiftsFromCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGiftsFromCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGiftsFromCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GiftCategoryTab"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LocalizedTextRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LocalizedText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GiftCategoryTab"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"extensionInfo"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LocalizedTextRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gifts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveGiftsFromCategoryMutation, RemoveGiftsFromCategoryMutationVariables>;
export const LiveCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveCallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<LiveCallbackConfigQuery, LiveCallbackConfigQueryVariables>;
export const CreateLiveCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLiveCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiveCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<CreateLiveCallbackConfigMutation, CreateLiveCallbackConfigMutationVariables>;
export const UpdateLiveCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLiveCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveCallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiveCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateLiveCallbackConfigMutation, UpdateLiveCallbackConfigMutationVariables>;
export const DeleteLiveCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLiveCallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLiveCallbackConfig"}}]}}]} as unknown as DocumentNode<DeleteLiveCallbackConfigMutation, DeleteLiveCallbackConfigMutationVariables>;
export const LiveLobbyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveLobby"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LiveLobbyQuery, LiveLobbyQueryVariables>;
export const LiveRoomDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomCard"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicVisible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnyRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LiveRoomDashboardQuery, LiveRoomDashboardQueryVariables>;
export const RoomCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conferenceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnyRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomCardsQuery, RoomCardsQueryVariables>;
export const LiveRoomDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSettings"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admins"}},{"kind":"Field","name":{"kind":"Name","value":"robots"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicVisible"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<LiveRoomDetailsQuery, LiveRoomDetailsQueryVariables>;
export const LiveRoomMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveRoomMembersQuery, LiveRoomMembersQueryVariables>;
export const LiveRoomModerationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomModeration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"mutedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveRoomModerationQuery, LiveRoomModerationQueryVariables>;
export const LiveRoomMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LiveRoomMetadataQuery, LiveRoomMetadataQueryVariables>;
export const LiveRoomNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveRoomNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalViewers"}},{"kind":"Field","name":{"kind":"Name","value":"totalGiftsSent"}},{"kind":"Field","name":{"kind":"Name","value":"totalGiftCoins"}},{"kind":"Field","name":{"kind":"Name","value":"totalUniqueGiftSenders"}},{"kind":"Field","name":{"kind":"Name","value":"totalLikesReceived"}},{"kind":"Field","name":{"kind":"Name","value":"totalMessageCount"}}]}}]}}]}}]} as unknown as DocumentNode<LiveRoomNumbersQuery, LiveRoomNumbersQueryVariables>;
export const LiveGiftCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveGiftCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giftCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCoins"}},{"kind":"Field","name":{"kind":"Name","value":"giftSenderCount"}}]}}]}}]}}]} as unknown as DocumentNode<LiveGiftCountQuery, LiveGiftCountQueryVariables>;
export const CreateLiveRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLiveRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLiveRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLiveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSettings"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicVisible"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<CreateLiveRoomMutation, CreateLiveRoomMutationVariables>;
export const UpdateLiveRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLiveRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiveRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveRoomSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"coverUrl"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"activityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveRoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seatTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isPublicVisible"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<UpdateLiveRoomMutation, UpdateLiveRoomMutationVariables>;
export const DestroyLiveRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestroyLiveRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyLiveRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DestroyLiveRoomMutation, DestroyLiveRoomMutationVariables>;
export const ChangeLiveRoomOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeLiveRoomOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLiveRoomOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeLiveRoomOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"admins"}}]}}]}}]} as unknown as DocumentNode<ChangeLiveRoomOwnerMutation, ChangeLiveRoomOwnerMutationVariables>;
export const SetLiveRoomMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLiveRoomMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLiveRoomMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLiveRoomMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<SetLiveRoomMetadataMutation, SetLiveRoomMetadataMutationVariables>;
export const DeleteLiveRoomMetadataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLiveRoomMetadata"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLiveRoomMetadataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLiveRoomMetadata"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteLiveRoomMetadataMutation, DeleteLiveRoomMetadataMutationVariables>;
export const SendLiveTextMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLiveTextMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLiveTextMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLiveTextMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SendLiveTextMessageMutation, SendLiveTextMessageMutationVariables>;
export const SendLiveCustomMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendLiveCustomMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLiveCustomMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLiveCustomMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SendLiveCustomMessageMutation, SendLiveCustomMessageMutationVariables>;
export const MuteLiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteLiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteLiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteLiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}}]}}]}}]} as unknown as DocumentNode<MuteLiveMembersMutation, MuteLiveMembersMutationVariables>;
export const UnmuteLiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmuteLiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnmuteLiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmuteLiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<UnmuteLiveMembersMutation, UnmuteLiveMembersMutationVariables>;
export const BanLiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BanLiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BanLiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banLiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCount"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BanLiveMembersMutation, BanLiveMembersMutationVariables>;
export const UnbanLiveMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbanLiveMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbanLiveMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanLiveMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnbanLiveMembersMutation, UnbanLiveMembersMutationVariables>;
export const AddLiveRoomAdminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLiveRoomAdmins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLiveRoomAdminsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLiveRoomAdmins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admins"}}]}}]}}]} as unknown as DocumentNode<AddLiveRoomAdminsMutation, AddLiveRoomAdminsMutationVariables>;
export const RemoveLiveRoomAdminsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLiveRoomAdmins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveLiveRoomAdminsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLiveRoomAdmins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admins"}}]}}]}}]} as unknown as DocumentNode<RemoveLiveRoomAdminsMutation, RemoveLiveRoomAdminsMutationVariables>;
export const AddLiveRoomRobotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLiveRoomRobots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLiveRoomRobotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLiveRoomRobots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"robots"}}]}}]}}]} as unknown as DocumentNode<AddLiveRoomRobotsMutation, AddLiveRoomRobotsMutationVariables>;
export const RemoveLiveRoomRobotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLiveRoomRobots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveLiveRoomRobotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLiveRoomRobots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"robots"}}]}}]}}]} as unknown as DocumentNode<RemoveLiveRoomRobotsMutation, RemoveLiveRoomRobotsMutationVariables>;
export const CreateBattleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBattle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBattleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBattle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBattleMutation, CreateBattleMutationVariables>;
export const RoomMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomMembersQuery, RoomMembersQueryVariables>;
export const BannedMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BannedMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BannedMembersQuery, BannedMembersQueryVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const MarkMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarkMembersMutation, MarkMembersMutationVariables>;
export const BanMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BanMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BanMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BanMembersMutation, BanMembersMutationVariables>;
export const UnbanMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbanMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbanMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnbanMembersMutation, UnbanMembersMutationVariables>;
export const KickMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KickMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KickMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kickMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KickMembersMutation, KickMembersMutationVariables>;
export const RoomDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomDetailsQuery, RoomDetailsQueryVariables>;
export const RoomDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomDashboardQuery, RoomDashboardQueryVariables>;
export const CreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const DestroyRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestroyRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DestroyRoomMutation, DestroyRoomMutationVariables>;
export const ChangeRoomOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeRoomOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRoomOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRoomOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeRoomOwnerMutation, ChangeRoomOwnerMutationVariables>;
export const RoomSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<RoomSeatsQuery, RoomSeatsQueryVariables>;
export const PickMemberOnSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickMemberOnSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickMemberOnSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickMemberOnSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<PickMemberOnSeatMutation, PickMemberOnSeatMutationVariables>;
export const KickMemberOffSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KickMemberOffSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KickMemberOffSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kickMemberOffSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<KickMemberOffSeatMutation, KickMemberOffSeatMutationVariables>;
export const LockSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LockSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<LockSeatMutation, LockSeatMutationVariables>;
export const SwitchSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<SwitchSeatMutation, SwitchSeatMutationVariables>;
export const MoveMemberToSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMemberToSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveMemberToSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMemberToSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<MoveMemberToSeatMutation, MoveMemberToSeatMutationVariables>;
export const RoomEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RoomEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoomEventKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}}]}}]}}]} as unknown as DocumentNode<RoomEventsSubscription, RoomEventsSubscriptionVariables>;
export const LiveRoomEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveRoomEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveRoomEventKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveRoomEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roomId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"memberState"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roomName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"previousOwnerId"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadataKeys"}},{"kind":"Field","name":{"kind":"Name","value":"battleId"}},{"kind":"Field","name":{"kind":"Name","value":"battleRoomIds"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"senderId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<LiveRoomEventsSubscription, LiveRoomEventsSubscriptionVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;