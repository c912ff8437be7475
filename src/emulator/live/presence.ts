/**
 * Members coming and going in a live room: `Live.CallbackAfterMemberStateChanged` (spec §9,
 * 64424) instead of Conference's enter/leave callbacks, and the view counters an entry moves.
 * Entries happen through the control API (what a client SDK does); exits also through ban_member
 * and kick_user_out.
 */
import { LiveCallbacks } from '../../wire/callbacks';
import type { Ctx } from '../context';
import type { Member } from '../state';
import type { LiveRoom } from './state';

export type EventCause = 'Enter' | 'Leave' | 'Kicked';

/** The documented body: RoomId, EventType, EventCause, MemberList[{Member_Account}] (no Operator_Account). */
export function emitMemberState(ctx: Ctx, room: LiveRoom, type: 'Online' | 'Offline', cause: EventCause, userIds: string[]): void {
  ctx.emit(LiveCallbacks.memberStateChanged, {
    RoomId: room.roomId,
    EventType: type,
    EventCause: cause,
    MemberList: userIds.map((u) => ({ Member_Account: u })),
  });
}

/**
 * After a member was added: ViewCount counts every entry (spec §7.4 "total entries into the
 * room"), TotalViewers each account once; an administrator enters with the Admin role.
 */
export function enteredLive(ctx: Ctx, room: LiveRoom, m: Member): void {
  room.live.viewCount++;
  room.live.viewers.add(m.userId);
  if (room.live.admins.has(m.userId)) m.role = 'Admin';
  emitMemberState(ctx, room, 'Online', 'Enter', [m.userId]);
}
