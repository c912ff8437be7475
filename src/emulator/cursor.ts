/**
 * Member-list cursors (Conference get_room_member_list, Live get_member_list): opaque to clients,
 * base64url of {room, entry sequence number of the last member returned}. A member who re-enters
 * gets a new sequence number, so a cursor stays valid while the list changes.
 */
import { invalid } from './errors';

interface Sequenced {
  roomId: string;
  /** The next entry sequence number the room will hand out. */
  nextSeq: number;
}

export function cursorOf(room: Sequenced, seq: number): string {
  return Buffer.from(JSON.stringify({ r: room.roomId, s: seq })).toString('base64url');
}

/** The sequence number a `Next` cursor points after (0 for ""); 100002 naming `command` otherwise. */
export function seqOfCursor(room: Sequenced, next: string, command: string): number {
  if (next === '') return 0;
  try {
    const c = JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as { r?: unknown; s?: unknown };
    if (c.r === room.roomId && Number.isSafeInteger(c.s) && (c.s as number) > 0 && (c.s as number) < room.nextSeq) {
      return c.s as number;
    }
  } catch {
    // fall through to the error below
  }
  throw invalid(`Next is not a cursor returned by ${command} for room '${room.roomId}'`);
}
