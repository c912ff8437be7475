/**
 * What a subscription delivers: `RoomEvent` (Conference) and `LiveRoomEvent` (Live), each with its
 * kind, the room, the time and the payload that matters to a frontend. Their kinds are the
 * callback table's events (wire/callbacks.ts), so a new callback there becomes a new kind here.
 * The runtime value of both is translate.ts's `EventValue`.
 */
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MetadataEntry } from '../live/metadata.type';
import { Seat } from '../seats/seat.type';
import { Callbacks, LiveCallbacks, callbacksOf, type CallbackDecl } from '../wire/callbacks';

/** Each kind in a frontend developer's words: what happened and which fields say more. */
const KIND_WORDS: ReadonlyMap<CallbackDecl, string> = new Map([
  [Callbacks.roomCreated, 'The room was created (`roomName`, `ownerId`).'],
  [Callbacks.roomDestroyed, 'The room was destroyed: nothing more will come for it; a re-query answers null.'],
  [Callbacks.roomInfoUpdated, 'The room\'s settings changed (`roomName`, `ownerId`): re-query the room for the rest.'],
  [Callbacks.memberEntered, 'Members entered the room (`userIds`, `memberCount`).'],
  [Callbacks.memberLeft, 'Members left the room, were removed or banned (`userIds`, `memberCount`, `leaveReason`, `removalReason`).'],
  [Callbacks.seatsChanged, 'Seats were taken, left, locked or unlocked (`seats`: each changed seat as it is now).'],
  [LiveCallbacks.roomCreated, 'The live room was created (`roomName`, `ownerId`).'],
  [LiveCallbacks.roomDestroyed, 'The live room was destroyed: nothing more will come for it; a re-query answers null.'],
  [LiveCallbacks.roomInfoUpdated, 'The live room\'s settings changed (`roomName`): re-query the room for the rest.'],
  [LiveCallbacks.memberStateChanged, 'Users came online in the room or went offline (`userIds`, `memberState`, `leaveReason`).'],
  [LiveCallbacks.metadataSet, 'Keys of the room\'s metadata were set (`metadata`, `metadataKeys`).'],
  [LiveCallbacks.metadataDeleted, 'Keys of the room\'s metadata were removed (`metadataKeys`).'],
  [LiveCallbacks.battleCreated, 'A battle including this room was created (`battleId`, `battleRoomIds`).'],
  [LiveCallbacks.battleStarted, 'A battle including this room started (`battleId`, `battleRoomIds`).'],
  [LiveCallbacks.ownerChanged, 'The room got a new host (`ownerId`, `previousOwnerId`).'],
  [LiveCallbacks.messageSent, 'A chat message was sent in the room (`message`).'],
  [LiveCallbacks.cloudRecordingChanged, 'The room\'s cloud recording changed state: re-query what you show of it.'],
]);

function kindEnum(name: string, description: string, decls: readonly CallbackDecl[]): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(decls.map((c) => [c.event, c.event]));
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(decls.map((c) => [c.event, KIND_WORDS.has(c) ? { description: KIND_WORDS.get(c) } : {}])),
  });
  return values;
}

/** Conference's callbacks, in table order. */
export const RoomEventKind = kindEnum(
  'RoomEventKind',
  'What happened in a Conference room (`roomEvents`).',
  callbacksOf('conference'),
);

/** Live's callbacks, and the seat changes both products share. */
export const LiveRoomEventKind = kindEnum(
  'LiveRoomEventKind',
  'What happened in a live room (`liveRoomEvents`).',
  [...callbacksOf('live'), Callbacks.seatsChanged],
);

export enum MemberLeaveReason {
  LEAVE = 'LEAVE',
  KICKED = 'KICKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(MemberLeaveReason, {
  name: 'MemberLeaveReason',
  description: 'Why members left a room.',
  valuesConfig: {
    LEAVE: { description: 'They left themselves.' },
    KICKED: { description: 'They were removed (`kickMembers`) or banned (`banMembers`).' },
    EXPIRED: { description: 'Their connection timed out (no heartbeat from their app).' },
  },
});

export enum LiveMemberState {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}
registerEnumType(LiveMemberState, {
  name: 'LiveMemberState',
  description: 'Whether users came online in a live room or went offline.',
  valuesConfig: {
    ONLINE: { description: 'They entered the room.' },
    OFFLINE: { description: 'They left it (`leaveReason` says why).' },
  },
});

@ObjectType('LiveChatMessage', { description: 'A chat message sent in a live room, as a subscription delivers it.' })
export class LiveChatMessage {
  @Field(() => ID, { nullable: true, description: 'The message\'s id, when Tencent gives one.' })
  id!: string | null;

  @Field(() => ID, { nullable: true, description: 'The user id of the sender.' })
  senderId!: string | null;

  @Field(() => String, { nullable: true, description: 'The message\'s text (its text elements, joined); null for a message without text.' })
  text!: string | null;

  @Field(() => Int, { nullable: true, description: 'The message\'s sequence number in the room: later messages have larger numbers.' })
  sequence!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was sent (to the second).' })
  sentAt!: string | null;
}

const AT = 'When it happened, as Tencent reports it (or when the gateway heard of it, if Tencent does not say).';
const OPERATOR = 'Who caused it (a user, or the administrator account for server-side calls); null when Tencent does not say.';
const SEATS = 'SEAT_INFO_CHANGED: each seat that changed, as it is now (its `id` lets a client cache update the room\'s seat list). Empty otherwise.';

@ObjectType('RoomEvent', {
  description:
    'Something that happened in a Conference room, delivered by `roomEvents` after the gateway dropped its cached copies of what ' +
    'changed: a query sent when the event arrives reads fresh data. Fields that do not apply to the kind are null or empty.',
})
export class RoomEvent {
  @Field(() => RoomEventKind, { description: 'What happened.' })
  kind!: string;

  @Field(() => ID, { description: 'The room it happened in.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: AT })
  at!: string;

  @Field(() => ID, { nullable: true, description: OPERATOR })
  operatorId!: string | null;

  @Field(() => [ID], { description: 'MEMBER_ENTERED, MEMBER_LEFT: the user ids of the members who entered or left. Empty otherwise.' })
  userIds!: string[];

  @Field(() => Int, { nullable: true, description: 'MEMBER_ENTERED, MEMBER_LEFT: how many members the room has now.' })
  memberCount!: number | null;

  @Field(() => MemberLeaveReason, { nullable: true, description: 'MEMBER_LEFT: why they left.' })
  leaveReason!: string | null;

  @Field(() => String, { nullable: true, description: 'MEMBER_LEFT by removal: the reason the remover gave, if any.' })
  removalReason!: string | null;

  @Field(() => [Seat], { description: SEATS })
  seats!: unknown[];

  @Field(() => String, { nullable: true, description: 'ROOM_CREATED, ROOM_INFO_UPDATED: the room\'s name now.' })
  roomName!: string | null;

  @Field(() => ID, { nullable: true, description: 'ROOM_CREATED, ROOM_INFO_UPDATED: the user id of the room\'s owner.' })
  ownerId!: string | null;
}

@ObjectType('LiveRoomEvent', {
  description:
    'Something that happened in a live room, delivered by `liveRoomEvents` after the gateway dropped its cached copies of what ' +
    'changed: a query sent when the event arrives reads fresh data. Fields that do not apply to the kind are null or empty.',
})
export class LiveRoomEvent {
  @Field(() => LiveRoomEventKind, { description: 'What happened.' })
  kind!: string;

  @Field(() => ID, { description: 'The live room it happened in.' })
  roomId!: string;

  @Field(() => GraphQLISODateTime, { description: AT })
  at!: string;

  @Field(() => ID, { nullable: true, description: OPERATOR })
  operatorId!: string | null;

  @Field(() => [ID], { description: 'MEMBER_STATE_CHANGED: the user ids of the users who came online or went offline. Empty otherwise.' })
  userIds!: string[];

  @Field(() => LiveMemberState, { nullable: true, description: 'MEMBER_STATE_CHANGED: whether they came online or went offline.' })
  memberState!: string | null;

  @Field(() => MemberLeaveReason, { nullable: true, description: 'MEMBER_STATE_CHANGED to OFFLINE: why they left.' })
  leaveReason!: string | null;

  @Field(() => [Seat], { description: SEATS })
  seats!: unknown[];

  @Field(() => String, { nullable: true, description: 'ROOM_CREATED, ROOM_INFO_UPDATED, ROOM_DESTROYED: the room\'s name.' })
  roomName!: string | null;

  @Field(() => ID, { nullable: true, description: 'OWNER_CHANGED: the new host; ROOM_CREATED: the host.' })
  ownerId!: string | null;

  @Field(() => ID, { nullable: true, description: 'OWNER_CHANGED: the previous host.' })
  previousOwnerId!: string | null;

  @Field(() => [MetadataEntry], { description: 'METADATA_SET: the keys set and their new values. Empty otherwise.' })
  metadata!: { key: string; value: string }[];

  @Field(() => [String], { description: 'METADATA_SET, METADATA_DELETED: the keys set or removed. Empty otherwise.' })
  metadataKeys!: string[];

  @Field(() => ID, { nullable: true, description: 'BATTLE_CREATED, BATTLE_STARTED: the battle.' })
  battleId!: string | null;

  @Field(() => [ID], { description: 'BATTLE_CREATED, BATTLE_STARTED: every room in the battle, this one included. Empty otherwise.' })
  battleRoomIds!: string[];

  @Field(() => LiveChatMessage, { nullable: true, description: 'MESSAGE_SENT: the message.' })
  message!: LiveChatMessage | null;
}
