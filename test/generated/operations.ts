/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Roles update_room_member_info can assign; ownership moves with changeRoomOwner. */
export type AssignableRole =
  | 'ADMIN'
  | 'MEMBER';

/** ban_room_member: removes the users and bars re-entry for the duration. */
export type BanMembersInput = {
  /** Seconds. At least 1. */
  durationSeconds: number;
  /** At most 1000 bytes. */
  reason: string;
  roomId: string | number;
  /** At most 20 users per call. */
  userIds: Array<string | number>;
};

/** room_config set_callback / update_callback. */
export type CallbackConfigInput = {
  /** At least one event. */
  events: Array<ConferenceEvent>;
  /** An http:// or https:// URL. At most 1000 bytes. */
  url: string;
};

/** change_room_owner: the new owner must be in the room. */
export type ChangeRoomOwnerInput = {
  /** The current owner; read from the room when omitted. */
  currentOwnerId?: string | number | null | undefined;
  newOwnerId: string | number;
  roomId: string | number;
};

/** Conference callbacks Tencent can deliver. */
export type ConferenceEvent =
  | 'MEMBER_ENTERED'
  | 'MEMBER_LEFT'
  | 'ROOM_CREATED'
  | 'ROOM_DESTROYED'
  | 'ROOM_INFO_UPDATED'
  | 'SEAT_INFO_CHANGED';

/** create_room. Limits as Tencent documents them; checked before any upstream call. */
export type CreateRoomInput = {
  /** At most 500 bytes. */
  customInfo?: string | null | undefined;
  /** Printable ASCII, at most 48 bytes. */
  id: string | number;
  isAudioDisabled?: boolean | null | undefined;
  isCloudRecordingDisabled?: boolean | null | undefined;
  isMessageDisabled?: boolean | null | undefined;
  isScreenSharingDisabled?: boolean | null | undefined;
  /** Whether the room has seats (default false). */
  isSeatEnabled?: boolean | null | undefined;
  isVideoDisabled?: boolean | null | undefined;
  /** At least 1. */
  maxMemberCount?: number | null | undefined;
  /** At least 1. */
  maxSeatCount?: number | null | undefined;
  /** At most 100 bytes. Defaults to the id on create. */
  name?: string | null | undefined;
  /** Defaults to the gateway's admin account. */
  ownerId?: string | number | null | undefined;
  /** Defaults to start + 1 h; at least start + 5 min. */
  scheduleEndTime?: string | null | undefined;
  /** Scheduled invitees. */
  scheduleInvitees?: Array<string | number> | null | undefined;
  /** Defaults to now. */
  scheduleStartTime?: string | null | undefined;
  takeSeatMode?: SeatModeInput | null | undefined;
};

/** kick_user_off_seat. */
export type KickMemberOffSeatInput = {
  /** Delivered with the client's "kicked off the seat" notification. */
  data?: string;
  roomId: string | number;
  userId: string | number;
};

/** kick_user_out. */
export type KickMembersInput = {
  /** At most 1000 bytes. */
  reason: string;
  roomId: string | number;
  /** At most 20 users per call. */
  userIds: Array<string | number>;
};

/** lock_seat: omitted flags are left as they are. Locking an occupied seat frees it first. */
export type LockSeatInput = {
  audioDisabled?: boolean | null | undefined;
  index: number;
  /** Nobody may take the seat (ForbidTaken). */
  locked?: boolean | null | undefined;
  roomId: string | number;
  videoDisabled?: boolean | null | undefined;
};

/** mark_room_member: at most 10 distinct marks per room, which Tencent checks. */
export type MarkMembersInput = {
  /** 1 to 10 members. */
  members: Array<MemberMarksInput>;
  operation: MarkOperation;
  roomId: string | number;
};

export type MarkOperation =
  | 'DELETE'
  | 'SET';

export type MemberMarksInput = {
  /** 1 to 3 marks. Each mark: at least 1000. */
  marks: Array<number>;
  userId: string | number;
};

export type MemberRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

/** move_user_to_seat (newer API): move a member, deciding what happens to an occupant. */
export type MoveMemberToSeatInput = {
  index: number;
  policy?: SeatMovePolicy;
  roomId: string | number;
  userId: string | number;
};

/** pick_user_on_seat: the user must be in the room. */
export type PickMemberOnSeatInput = {
  index: number;
  roomId: string | number;
  userId: string | number;
};

/** Whether a (scheduled) room has started. */
export type RoomStatus =
  | 'NONE'
  | 'NOT_STARTED'
  | 'RUNNING';

/** Conference (a meeting) or Live. */
export type RoomType =
  | 'CONFERENCE'
  | 'LIVE';

/** Seat mode a client may set. */
export type SeatModeInput =
  | 'APPLY_TO_TAKE'
  | 'FREE_TO_TAKE';

/** What moveMemberToSeat does when the target seat is taken. */
export type SeatMovePolicy =
  /** Fail the move. */
  | 'CANCEL'
  /** Kick the occupant off and move. */
  | 'FORCE'
  /** Swap the two members. */
  | 'SWAP';

/** switch_seat (older API): move a seated member to an empty seat. */
export type SwitchSeatInput = {
  roomId: string | number;
  toIndex: number;
  userId: string | number;
};

/** How members take seats; NONE for rooms without seats. */
export type TakeSeatMode =
  | 'APPLY_TO_TAKE'
  | 'FREE_TO_TAKE'
  | 'NONE';

/** unban_room_member. */
export type UnbanMembersInput = {
  roomId: string | number;
  /** At most 20 users per call. */
  userIds: Array<string | number>;
};

/** update_room_member_info: only the fields given change. */
export type UpdateMemberInput = {
  /** At most 60 bytes. */
  customInfo?: string | null | undefined;
  /** At most 32 bytes. */
  nameCard?: string | null | undefined;
  role?: AssignableRole | null | undefined;
  roomId: string | number;
  userId: string | number;
};

/** update_room_info: only the fields given change. */
export type UpdateRoomInput = {
  /** At most 500 bytes. */
  customInfo?: string | null | undefined;
  id: string | number;
  isAudioDisabled?: boolean | null | undefined;
  isCloudRecordingDisabled?: boolean | null | undefined;
  isMessageDisabled?: boolean | null | undefined;
  isScreenSharingDisabled?: boolean | null | undefined;
  isVideoDisabled?: boolean | null | undefined;
  /** At least 1. */
  maxMemberCount?: number | null | undefined;
  /** At most 100 bytes. Defaults to the id on create. */
  name?: string | null | undefined;
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

export type MemberRowFragment = { userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string };

export type RoomMembersQueryVariables = Exact<{
  roomId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RoomMembersQuery = { room: { id: string, memberCount: number | null, members: { edges: Array<{ cursor: string, node: { userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string, seat: { index: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BannedMembersQueryVariables = Exact<{
  roomId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BannedMembersQuery = { room: { id: string, bannedMembers: { nodes: Array<{ userId: string, bannedUntil: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { userId: string, nameCard: string, role: MemberRole, marks: Array<number>, customInfo: string } };

export type MarkMembersMutationVariables = Exact<{
  input: MarkMembersInput;
}>;


export type MarkMembersMutation = { markMembers: { id: string, members: { nodes: Array<{ userId: string, marks: Array<number> }> } } };

export type BanMembersMutationVariables = Exact<{
  input: BanMembersInput;
}>;


export type BanMembersMutation = { banMembers: { id: string, memberCount: number | null, bannedMembers: { nodes: Array<{ userId: string, bannedUntil: string }> } | null } };

export type UnbanMembersMutationVariables = Exact<{
  input: UnbanMembersInput;
}>;


export type UnbanMembersMutation = { unbanMembers: { id: string, bannedMembers: { nodes: Array<{ userId: string }> } | null } };

export type KickMembersMutationVariables = Exact<{
  input: KickMembersInput;
}>;


export type KickMembersMutation = { kickMembers: { id: string, memberCount: number | null, members: { nodes: Array<{ userId: string }> } } };

export type RoomSummaryFragment = { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null };

export type RoomSettingsFragment = { isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string };

export type RoomDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RoomDetailsQuery = { room: { id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, isVideoDisabled: boolean, isAudioDisabled: boolean, isMessageDisabled: boolean, isScreenSharingDisabled: boolean, isCloudRecordingDisabled: boolean, customInfo: string, owner: { userId: string, nameCard: string } | null } | null };

export type RoomDashboardQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  membersFirst?: number | null | undefined;
}>;


export type RoomDashboardQuery = { rooms: Array<{ id: string, name: string, type: RoomType, status: RoomStatus, ownerId: string | null, memberCount: number | null, maxMemberCount: number | null, isSeatEnabled: boolean, maxSeatCount: number | null, takeSeatMode: TakeSeatMode, scheduleStartTime: string | null, scheduleEndTime: string | null, createdAt: string | null, owner: { userId: string, nameCard: string } | null, members: { nodes: Array<{ userId: string, nameCard: string, role: MemberRole }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, seats: Array<{ index: number, userId: string | null, isLocked: boolean }> } | null> };

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


export type ChangeRoomOwnerMutation = { changeRoomOwner: { id: string, ownerId: string | null, owner: { userId: string, role: MemberRole } | null } };

export type SeatCellFragment = { index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean };

export type RoomSeatsQueryVariables = Exact<{
  roomId: string | number;
}>;


export type RoomSeatsQuery = { seats: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean, member: { userId: string, nameCard: string } | null }> };

export type PickMemberOnSeatMutationVariables = Exact<{
  input: PickMemberOnSeatInput;
}>;


export type PickMemberOnSeatMutation = { pickMemberOnSeat: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type KickMemberOffSeatMutationVariables = Exact<{
  input: KickMemberOffSeatInput;
}>;


export type KickMemberOffSeatMutation = { kickMemberOffSeat: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type LockSeatMutationVariables = Exact<{
  input: LockSeatInput;
}>;


export type LockSeatMutation = { lockSeat: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type SwitchSeatMutationVariables = Exact<{
  input: SwitchSeatInput;
}>;


export type SwitchSeatMutation = { switchSeat: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export type MoveMemberToSeatMutationVariables = Exact<{
  input: MoveMemberToSeatInput;
}>;


export type MoveMemberToSeatMutation = { moveMemberToSeat: Array<{ index: number, userId: string | null, isLocked: boolean, isVideoDisabled: boolean, isAudioDisabled: boolean }> };

export const MemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<MemberRowFragment, unknown>;
export const RoomSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomSummaryFragment, unknown>;
export const RoomSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomSettingsFragment, unknown>;
export const SeatCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<SeatCellFragment, unknown>;
export const CallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<CallbackConfigQuery, CallbackConfigQueryVariables>;
export const CreateCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<CreateCallbackConfigMutation, CreateCallbackConfigMutationVariables>;
export const UpdateCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallbackConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallbackConfigInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallbackConfig"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}}]}}]}}]} as unknown as DocumentNode<UpdateCallbackConfigMutation, UpdateCallbackConfigMutationVariables>;
export const DeleteCallbackConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCallbackConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCallbackConfig"}}]}}]} as unknown as DocumentNode<DeleteCallbackConfigMutation, DeleteCallbackConfigMutationVariables>;
export const RoomMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomMembersQuery, RoomMembersQueryVariables>;
export const BannedMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BannedMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BannedMembersQuery, BannedMembersQueryVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const MarkMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"marks"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarkMembersMutation, MarkMembersMutationVariables>;
export const BanMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BanMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BanMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"banMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BanMembersMutation, BanMembersMutationVariables>;
export const UnbanMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnbanMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnbanMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unbanMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bannedMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnbanMembersMutation, UnbanMembersMutationVariables>;
export const KickMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KickMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KickMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kickMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KickMembersMutation, KickMembersMutationVariables>;
export const RoomDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"room"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<RoomDetailsQuery, RoomDetailsQueryVariables>;
export const RoomDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rooms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RoomDashboardQuery, RoomDashboardQueryVariables>;
export const CreateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxMemberCount"}},{"kind":"Field","name":{"kind":"Name","value":"isSeatEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxSeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"takeSeatMode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleStartTime"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleEndTime"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isMessageDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isScreenSharingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isCloudRecordingDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"customInfo"}}]}}]} as unknown as DocumentNode<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const DestroyRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DestroyRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DestroyRoomMutation, DestroyRoomMutationVariables>;
export const ChangeRoomOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeRoomOwner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRoomOwnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRoomOwner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeRoomOwnerMutation, ChangeRoomOwnerMutationVariables>;
export const RoomSeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomSeats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roomId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"nameCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<RoomSeatsQuery, RoomSeatsQueryVariables>;
export const PickMemberOnSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PickMemberOnSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PickMemberOnSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pickMemberOnSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<PickMemberOnSeatMutation, PickMemberOnSeatMutationVariables>;
export const KickMemberOffSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KickMemberOffSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KickMemberOffSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kickMemberOffSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<KickMemberOffSeatMutation, KickMemberOffSeatMutationVariables>;
export const LockSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LockSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<LockSeatMutation, LockSeatMutationVariables>;
export const SwitchSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<SwitchSeatMutation, SwitchSeatMutationVariables>;
export const MoveMemberToSeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveMemberToSeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveMemberToSeatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveMemberToSeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeatCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeatCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Seat"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isLocked"}},{"kind":"Field","name":{"kind":"Name","value":"isVideoDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"isAudioDisabled"}}]}}]} as unknown as DocumentNode<MoveMemberToSeatMutation, MoveMemberToSeatMutationVariables>;