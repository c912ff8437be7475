/**
 * What each Conference callback (spec §5.2) tells us changed, as cache resources per room. Both
 * spellings of the update callback are accepted (spec §13 #3).
 */
import type { Resource } from '../conference/data';

export interface CallbackEffect {
  roomId: string;
  resources: Resource[];
}

const EFFECTS: Readonly<Record<string, Resource[]>> = {
  'Room.CallbackAfterCreateRoom': ['room', 'members', 'seats', 'banned'],
  'Room.CallbackAfterDestroyRoom': ['room', 'members', 'seats', 'banned'],
  'Room.CallbackAfterUpdateRoomInfo': ['room'],
  'Room.CallbackUpdateRoomInfo': ['room'],
  'Room.CallbackAfterMemberEnter': ['room', 'members'],
  // A kick or ban arrives as a leave; the member may have held a seat, and a ban adds a banned entry.
  'Room.CallbackAfterMemberLeave': ['room', 'members', 'seats', 'banned'],
  'Mic.CallbackAfterSeatInfoChanged': ['seats'],
};

/** The effect of one callback body, or `undefined` for a command we do not know (ignored). */
export function effectOf(command: string, body: Record<string, unknown>): CallbackEffect | undefined {
  const resources = EFFECTS[command];
  if (!resources) return undefined;
  const info = body.RoomInfo as Record<string, unknown> | undefined;
  const raw = body.RoomId ?? info?.RoomId;
  const roomId = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
  if (!roomId) return undefined;
  return { roomId, resources };
}
