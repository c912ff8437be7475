/** Conference enums; values equal the model's (src/upstream/model.ts), so no mapping is needed. */
import { registerEnumType } from 'type-graphql';

export enum RoomType {
  CONFERENCE = 'CONFERENCE',
  LIVE = 'LIVE',
}
export enum RoomStatus {
  NONE = 'NONE',
  NOT_STARTED = 'NOT_STARTED',
  RUNNING = 'RUNNING',
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
export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
export enum AssignableRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
export enum MarkOperation {
  SET = 'SET',
  DELETE = 'DELETE',
}
export enum SeatMovePolicy {
  CANCEL = 'CANCEL',
  FORCE = 'FORCE',
  SWAP = 'SWAP',
}
export enum ConferenceEvent {
  ROOM_CREATED = 'ROOM_CREATED',
  ROOM_DESTROYED = 'ROOM_DESTROYED',
  ROOM_INFO_UPDATED = 'ROOM_INFO_UPDATED',
  MEMBER_ENTERED = 'MEMBER_ENTERED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  SEAT_INFO_CHANGED = 'SEAT_INFO_CHANGED',
}

/** Tencent's CallbackCommand names for each event (spec §5); the first is the one we send. */
export const EVENT_COMMANDS: Readonly<Record<ConferenceEvent, readonly string[]>> = {
  ROOM_CREATED: ['Room.CallbackAfterCreateRoom'],
  ROOM_DESTROYED: ['Room.CallbackAfterDestroyRoom'],
  ROOM_INFO_UPDATED: ['Room.CallbackAfterUpdateRoomInfo', 'Room.CallbackUpdateRoomInfo'],
  MEMBER_ENTERED: ['Room.CallbackAfterMemberEnter'],
  MEMBER_LEFT: ['Room.CallbackAfterMemberLeave'],
  SEAT_INFO_CHANGED: ['Mic.CallbackAfterSeatInfoChanged'],
};

registerEnumType(RoomType, { name: 'RoomType', description: 'Conference (a meeting) or Live.' });
registerEnumType(RoomStatus, { name: 'RoomStatus', description: 'Whether a (scheduled) room has started.' });
registerEnumType(TakeSeatMode, { name: 'TakeSeatMode', description: 'How members take seats; NONE for rooms without seats.' });
registerEnumType(SeatModeInput, { name: 'SeatModeInput', description: 'Seat mode a client may set.' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(AssignableRole, { name: 'AssignableRole', description: 'Roles update_room_member_info can assign; ownership moves with changeRoomOwner.' });
registerEnumType(MarkOperation, { name: 'MarkOperation' });
registerEnumType(SeatMovePolicy, {
  name: 'SeatMovePolicy',
  description: 'What moveMemberToSeat does when the target seat is taken.',
  valuesConfig: {
    CANCEL: { description: 'Fail the move.' },
    FORCE: { description: 'Kick the occupant off and move.' },
    SWAP: { description: 'Swap the two members.' },
  },
});
registerEnumType(ConferenceEvent, { name: 'ConferenceEvent', description: 'Conference callbacks Tencent can deliver.' });
