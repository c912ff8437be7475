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
registerEnumType(RoomStatus, {
  name: 'RoomStatus',
  description: 'Whether a room has started: a scheduled meeting is NOT_STARTED until its `scheduleStartTime`.',
  valuesConfig: {
    NONE: { description: 'Tencent did not say (older rooms, or a status this API does not know).' },
    NOT_STARTED: { description: 'A scheduled meeting whose start time has not come yet.' },
    RUNNING: { description: 'The meeting has started: members can be in it.' },
  },
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'What a member may do in a Conference room.',
  valuesConfig: {
    OWNER: { description: 'The room\'s owner (host): exactly one per room; `changeRoomOwner` hands it on.' },
    ADMIN: { description: 'An administrator of the room, appointed by the owner (`updateMember`).' },
    MEMBER: { description: 'An ordinary member.' },
  },
});
registerEnumType(AssignableRole, {
  name: 'AssignableRole',
  description: 'The roles `updateMember` can give; ownership moves only with `changeRoomOwner`.',
  valuesConfig: {
    ADMIN: { description: 'Make the member an administrator of the room.' },
    MEMBER: { description: 'Make the member an ordinary member (e.g. take the administrator role away).' },
  },
});
registerEnumType(MarkOperation, {
  name: 'MarkOperation',
  description: 'What `markMembers` does with the marks it is given.',
  valuesConfig: {
    SET: { description: 'Give the members these marks (added to the marks they have).' },
    DELETE: { description: 'Take these marks away from the members.' },
  },
});
