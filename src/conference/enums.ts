/**
 * Conference enums; values equal the model's (src/commands/model.ts), so no mapping is needed.
 * The room enums both products share live with `AnyRoom` in src/rooms.
 */
import { registerEnumType } from 'type-graphql';

export { RoomType, SeatModeInput, TakeSeatMode } from '../rooms';

export enum RoomStatus {
  NONE = 'NONE',
  NOT_STARTED = 'NOT_STARTED',
  RUNNING = 'RUNNING',
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
registerEnumType(RoomStatus, { name: 'RoomStatus', description: 'Whether a (scheduled) room has started.' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(AssignableRole, { name: 'AssignableRole', description: 'Roles update_room_member_info can assign; ownership moves with changeRoomOwner.' });
registerEnumType(MarkOperation, { name: 'MarkOperation' });
