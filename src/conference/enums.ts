/** Conference enums; values equal the model's (src/commands/model.ts), so no mapping is needed. */
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
registerEnumType(RoomType, { name: 'RoomType', description: 'Conference (a meeting) or Live.' });
registerEnumType(RoomStatus, { name: 'RoomStatus', description: 'Whether a (scheduled) room has started.' });
registerEnumType(TakeSeatMode, { name: 'TakeSeatMode', description: 'How members take seats; NONE for rooms without seats.' });
registerEnumType(SeatModeInput, { name: 'SeatModeInput', description: 'Seat mode a client may set.' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(AssignableRole, { name: 'AssignableRole', description: 'Roles update_room_member_info can assign; ownership moves with changeRoomOwner.' });
registerEnumType(MarkOperation, { name: 'MarkOperation' });
