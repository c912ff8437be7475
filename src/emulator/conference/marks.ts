/**
 * `room_engine_http_srv/mark_room_member` (spec §3.8): set (CommandType 1) or delete (2) numeric
 * marks on members. Limits: ≤10 accounts and ≤3 marks per member per call, every mark ≥1000, and
 * at most 10 distinct marks in the room once the call is applied. The call is all or nothing.
 */
import type { Ctx } from '../context';
import { invalid, notAMember } from '../errors';
import { Fields, type Rec } from '../input';
import { getRoom } from '../state';

/** "Set" adds to the member's marks (a member may collect more than 3 over several calls). */
export function markRoomMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  // The doc table types CommandType as String while its example sends 1: accept both (spec §13 #6).
  const op = f.int('CommandType', { required: true });
  if (op !== 1 && op !== 2) throw invalid('CommandType must be 1 (set marks) or 2 (delete marks)');
  const items = f.itemsOf('MemberList', f.array('MemberList', { required: true, max: 10 }) as unknown[]);
  const changes = items.map((it) => {
    const userId = it.account('Member_Account', { required: true });
    const marks = it.array('Marks', { required: true, max: 3 }) as unknown[];
    const values = marks.map((v, i) => {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1000) {
        throw invalid(`${it.path('Marks')}[${i}] must be an integer of at least 1000`);
      }
      return v;
    });
    return { userId, marks: values };
  });
  const room = getRoom(ctx.state, roomId);
  const absent = changes.find((c) => !room.members.has(c.userId));
  if (absent) throw notAMember(absent.userId, roomId);

  const after = new Map([...room.members.values()].map((m) => [m.userId, new Set(m.marks)]));
  for (const c of changes) {
    const set = after.get(c.userId) as Set<number>;
    for (const mark of c.marks) op === 1 ? set.add(mark) : set.delete(mark);
  }
  const distinct = new Set([...after.values()].flatMap((s) => [...s]));
  if (distinct.size > 10) {
    throw invalid(`a room may use at most 10 distinct marks; this call would make ${distinct.size}`);
  }
  for (const c of changes) {
    const m = room.members.get(c.userId);
    if (m) m.marks = [...(after.get(c.userId) as Set<number>)];
  }
  return undefined;
}
