/**
 * Room metadata (spec §7.6): get_room_metadata and set_room_metadata 200/s; del_room_metadata has
 * no documented limit. Limits, checked on the room as it would be after the call (all or
 * nothing): at most 10 keys, a key ≤50 bytes, a value ≤2 KB, all values together ≤16 KB.
 */
import * as live from '../../commands/live';
import { LiveCallbacks } from '../../wire/callbacks';
import type { Ctx } from '../context';
import { invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, utf8Bytes, type Rec } from '../input';
import { strings } from './fields';
import { getLiveRoom } from './state';

const perSecond = 200;
const MAX_KEYS = 10;
const MAX_KEY_BYTES = 50;
const MAX_VALUE_BYTES = 2048;
const MAX_TOTAL_BYTES = 16384;

/** `Keys` is Mandatory; an empty list answers every key. Unknown keys are left out. */
function getRoomMetadata(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const keys = strings(f, 'Keys', { required: true }) as string[];
  const { metadata } = getLiveRoom(ctx.state, roomId).live;
  const wanted = keys.length === 0 ? [...metadata.keys()] : [...new Set(keys)].filter((k) => metadata.has(k));
  return { Metadata: wanted.map((k) => ({ Key: k, Value: metadata.get(k) })) };
}

/** Insert or update; a key given twice keeps its last value. */
function setRoomMetadata(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const items = f.itemsOf('Metadata', f.array('Metadata', { required: true }) as unknown[]);
  const entries = items.map((it) => {
    const key = it.str('Key', { required: true, maxBytes: MAX_KEY_BYTES });
    if (key === '') throw invalid(`${it.path('Key')} must not be empty`);
    const value = it.str('Value', { required: true, maxBytes: MAX_VALUE_BYTES });
    return { key, value };
  });
  const room = getLiveRoom(ctx.state, roomId);
  const after = new Map(room.live.metadata);
  for (const e of entries) after.set(e.key, e.value);
  if (after.size > MAX_KEYS) {
    throw invalid(`a room may hold at most ${MAX_KEYS} metadata keys; this call would make ${after.size}`);
  }
  const total = [...after.values()].reduce((n, v) => n + utf8Bytes(v), 0);
  if (total > MAX_TOTAL_BYTES) {
    throw invalid(`all metadata values together may hold at most ${MAX_TOTAL_BYTES} bytes; this call would make ${total}`);
  }
  room.live.metadata = after;
  ctx.emit(LiveCallbacks.metadataSet, {
    Operator_Account: ctx.operator,
    RoomId: roomId,
    Metadata: entries.map((e) => ({ Key: e.key, Value: e.value })),
  });
  return undefined;
}

/** Keys that do not exist are ignored; the callback lists the keys removed (none: no callback). */
function delRoomMetadata(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const keys = strings(f, 'Keys', { required: true, nonEmpty: true }) as string[];
  const room = getLiveRoom(ctx.state, roomId);
  const removed = [...new Set(keys)].filter((k) => room.live.metadata.delete(k));
  if (removed.length > 0) {
    ctx.emit(LiveCallbacks.metadataDeleted, { Operator_Account: ctx.operator, RoomId: roomId, Keys: removed });
  }
  return undefined;
}

export const metadataHandlers: readonly Handler[] = [
  handler(live.getRoomMetadata, { perSecond, run: getRoomMetadata }),
  handler(live.setRoomMetadata, { perSecond, run: setRoomMetadata }),
  handler(live.delRoomMetadata, { run: delRoomMetadata }), // limit (unknown)
];
