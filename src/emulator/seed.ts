/**
 * Demo data for `seedDemo` (and POST /emulator/v1/reset with {"seedDemo":true}). Written straight
 * into the state: seeding raises no callbacks and counts no calls.
 *
 * - demo-standup: running, 8 seats (FreeToTake), owner alice; members alice, bob, carol; alice on
 *   seat 0, bob on seat 1; bob carries mark 1001.
 * - demo-allhands: running, no seats, owner dave; members dave, erin (Admin), frank, grace, heidi.
 * - demo-townhall: scheduled to start in 24 h (NotStarted), 4 seats (ApplyToTake), owner carol,
 *   no members yet; seat 3 is locked.
 */
import { buildRoom } from './conference/new-room';
import { addMember, getMember, type AppState } from './state';

export const DEMO_ROOM_IDS = ['demo-standup', 'demo-allhands', 'demo-townhall'] as const;

export function seedDemoData(state: AppState, nowMs: number): void {
  const nowS = Math.floor(nowMs / 1000);

  const standup = buildRoom(
    { roomId: 'demo-standup', roomName: 'Daily stand-up', ownerId: 'alice', isSeatEnabled: true, maxSeatCount: 8,
      customInfo: '{"team":"platform"}' },
    nowS,
  );
  for (const [u, name] of [['alice', 'Alice'], ['bob', 'Bob'], ['carol', 'Carol']]) addMember(standup, u, name);
  standup.seats[0].userId = 'alice';
  standup.seats[1].userId = 'bob';
  getMember(standup, 'bob').marks = [1001];

  const allhands = buildRoom(
    { roomId: 'demo-allhands', roomName: 'All hands', ownerId: 'dave', maxMemberCount: 500 },
    nowS,
  );
  for (const u of ['dave', 'erin', 'frank', 'grace', 'heidi']) addMember(allhands, u, u[0].toUpperCase() + u.slice(1));
  getMember(allhands, 'erin').role = 'Admin';

  const start = nowS + 86400;
  const townhall = buildRoom(
    { roomId: 'demo-townhall', roomName: 'Quarterly town hall', ownerId: 'carol', isSeatEnabled: true, maxSeatCount: 4,
      takeSeatMode: 'ApplyToTake', scheduleStartTime: start, scheduleEndTime: start + 7200,
      invitees: ['alice', 'bob', 'dave'] },
    nowS,
  );
  townhall.seats[3].isTakenDisabled = true;

  for (const room of [standup, allhands, townhall]) state.rooms.set(room.roomId, room);
}
