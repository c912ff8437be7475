/**
 * `live_engine_http_srv` rooms (spec §7.1–§7.5, §7.7 change_room_owner): create, destroy, update,
 * read, list, change the owner; and resume_mcu_task. 200 calls/s each except get_room_list
 * (10/s) and resume_mcu_task (no documented limit). Validation first (100002 naming the field),
 * then the room (100004; a Conference room: 100006, live/state.ts).
 */
import * as live from '../../commands/live';
import { LiveCallbacks } from '../../wire/callbacks';
import type { Ctx } from '../context';
import { invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { checkNewRoomId, storeNewRoom } from '../room-ops';
import { category, seatTemplate } from './fields';
import { buildLiveRoom, type NewLiveRoom } from './new-room';
import { getLiveRoom, isLive, type LiveRoom } from './state';
import { createdRoomInfo, destroyedRoomBody, liveRoomListItem, liveRoomWire, updatedRoomInfo } from './wire';

const perSecond = 200;

/** The settings create_room and update_room_info share, read from `RoomInfo` (spec §7.1, §7.3). */
function settings(f: Fields) {
  const roomName = f.str('RoomName', { maxBytes: 100 });
  return {
    roomName,
    maxMemberCount: f.int('MaxMemberCount', { min: 1 }),
    isMessageDisabled: f.bool('IsMessageDisabled'),
    coverUrl: f.str('CoverURL', { maxBytes: 200 }),
    category: category(f),
    activityStatus: f.int('ActivityStatus'),
    isPublicVisible: f.bool('IsPublicVisible'),
    takeSeatMode: f.takeSeatMode(),
    notice: f.str('Notice', { maxBytes: 100 }),
    // CustomInfo ≤500 bytes as in Conference; BackgroundURL ≤200 bytes like CoverURL (both inferred).
    customInfo: f.str('CustomInfo', { maxBytes: 500 }),
    backgroundUrl: f.str('BackgroundURL', { maxBytes: 200 }),
    isUnlimitedRoomEnabled: f.bool('IsUnlimitedRoomEnabled'),
  };
}

function createRoom(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body).obj('RoomInfo');
  const roomId = f.roomId();
  const roomType = f.str('RoomType', { required: true });
  if (roomType !== 'Live') throw invalid(`RoomInfo.RoomType must be "Live", got "${roomType}"`);
  const template = seatTemplate(f);
  f.bool('IsSeatEnabled'); // validated; a live room always has seats
  // SeatTemplate is required by the new doc; a request of the old doc's generation (IsSeatEnabled /
  // TakeSeatMode, no template) is accepted too (spec §13 #17).
  if (template === undefined && !f.has('IsSeatEnabled') && !f.has('TakeSeatMode')) {
    throw invalid('RoomInfo.SeatTemplate is required (VideoDynamicGrid9Seats, VideoDynamicFloat7Seats, VideoFixedGrid9Seats, '
      + 'VideoFixedFloat7Seats, VideoLandscape4Seat, AudioSalon or Karaoke)');
  }
  const p: NewLiveRoom = {
    roomId,
    ownerId: f.account('Owner_Account') ?? ctx.operator, // defaults to the API caller (spec §7.1)
    seatTemplate: template,
    maxSeatCount: f.int('MaxSeatCount', { min: 1 }),
    ...settings(f),
  };
  checkNewRoomId(ctx, roomId, p.ownerId); // 100012 (D4), 100010, 100003 — as Conference
  const room = buildLiveRoom(p, ctx.nowS);
  storeNewRoom(ctx, room);
  ctx.emit(LiveCallbacks.roomCreated, { Operator_Account: ctx.operator, RoomInfo: createdRoomInfo(room) });
  return { RoomId: roomId }; // D3
}

function destroyRoom(ctx: Ctx, body: Rec): undefined {
  const room = getLiveRoom(ctx.state, new Fields(body).roomId());
  ctx.state.rooms.delete(room.roomId);
  // Its battle loses the room (the whole battle when the room started it). No Offline events: the
  // member-state callback stops when the room is dissolved (spec §9).
  for (const [id, b] of ctx.state.battles) {
    if (b.fromRoomId === room.roomId) ctx.state.battles.delete(id);
    else b.toRoomIds = b.toRoomIds.filter((r) => r !== room.roomId);
  }
  ctx.emit(LiveCallbacks.roomDestroyed, { Operator_Account: ctx.operator, ...destroyedRoomBody(room) });
  return undefined;
}

/** Only the fields given change (spec §7.3). */
function updateRoomInfo(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body).obj('RoomInfo');
  const roomId = f.roomId();
  const s = settings(f);
  if (s.roomName === '') throw invalid('RoomInfo.RoomName must not be empty');
  const room = getLiveRoom(ctx.state, roomId);
  const l = room.live;
  if (s.roomName !== undefined) room.roomName = s.roomName;
  if (s.maxMemberCount !== undefined) room.maxMemberCount = s.maxMemberCount;
  if (s.isMessageDisabled !== undefined) room.isMessageDisabled = s.isMessageDisabled;
  if (s.takeSeatMode !== undefined) room.takeSeatMode = s.takeSeatMode;
  if (s.customInfo !== undefined) room.customInfo = s.customInfo;
  if (s.coverUrl !== undefined) l.coverUrl = s.coverUrl;
  if (s.category !== undefined) l.category = s.category;
  if (s.activityStatus !== undefined) l.activityStatus = s.activityStatus;
  if (s.isPublicVisible !== undefined) l.isPublicVisible = s.isPublicVisible;
  if (s.notice !== undefined) l.notice = s.notice;
  if (s.backgroundUrl !== undefined) l.backgroundUrl = s.backgroundUrl;
  if (s.isUnlimitedRoomEnabled !== undefined) l.isUnlimitedRoomEnabled = s.isUnlimitedRoomEnabled;
  ctx.emit(LiveCallbacks.roomInfoUpdated, { Operator_Account: ctx.operator, RoomInfo: updatedRoomInfo(room) });
  return undefined;
}

function getRoomInfo(ctx: Ctx, body: Rec): Rec {
  return { RoomInfo: liveRoomWire(getLiveRoom(ctx.state, new Fields(body).roomId())) };
}

/**
 * No `From_Account`, unlike Conference (spec §7.7). Whether the new owner must be in the room is
 * not documented: any account is accepted (inferred). The new owner stops being an administrator.
 * The current owner again: OK, nothing changes and no callback.
 */
function changeRoomOwner(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const to = f.account('NewOwner_Account', { required: true });
  const room = getLiveRoom(ctx.state, roomId);
  const from = room.ownerId;
  if (from === to) return undefined;
  room.ownerId = to;
  room.live.admins.delete(to);
  const next = room.members.get(to);
  if (next) next.role = 'Member'; // the owner role is derived from ownerId
  ctx.emit(LiveCallbacks.ownerChanged, {
    RoomId: roomId, Operator_Account: ctx.operator, CurrentOwner_Account: to, OriginalOwner_Account: from,
  });
  return undefined;
}

// ---- get_room_list (spec §7.5) ----

/** Public live rooms by ViewCount descending, ties by RoomId ascending. */
const order = (a: LiveRoom, b: LiveRoom): number =>
  b.live.viewCount - a.live.viewCount || (a.roomId < b.roomId ? -1 : a.roomId > b.roomId ? 1 : 0);

/**
 * The cursor is opaque to clients: base64url of the last listed room's (ViewCount, RoomId), so a
 * page continues after it even when rooms were created or destroyed in between. A room whose
 * ViewCount moved between pages may be listed twice or skipped, as with any live ranking.
 */
const cursorOf = (room: LiveRoom): string =>
  Buffer.from(JSON.stringify({ v: room.live.viewCount, r: room.roomId })).toString('base64url');

function afterCursor(next: string): ((room: LiveRoom) => boolean) | undefined {
  if (next === '') return undefined;
  try {
    const c = JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as { v?: unknown; r?: unknown };
    if (Number.isSafeInteger(c.v) && typeof c.r === 'string') {
      const v = c.v as number;
      const r = c.r;
      return (room) => room.live.viewCount < v || (room.live.viewCount === v && room.roomId > r);
    }
  } catch {
    // fall through
  }
  throw invalid('Next is not a cursor returned by get_room_list');
}

/** `Next` and `Count` are both Mandatory; Count 1..20 (spec §7.5, §13 #16). */
function getRoomList(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const next = f.str('Next', { required: true });
  const count = f.int('Count', { required: true, min: 1, max: 20 });
  const after = afterCursor(next);
  const rooms = [...ctx.state.rooms.values()]
    .filter((r): r is LiveRoom => isLive(r) && r.live.isPublicVisible)
    .sort(order)
    .filter((r) => !after || after(r));
  const page = rooms.slice(0, count);
  return {
    Next: rooms.length > page.length ? cursorOf(page[page.length - 1]) : '',
    RoomList: page.map(liveRoomListItem),
  };
}

/**
 * resume_mcu_task: the endpoint is known only from the console's client code and its body is
 * (unknown). The emulator accepts `{RoomId}` naming a live room and answers OK (inferred);
 * it emulates no stream mixing.
 */
function resumeMcuTask(ctx: Ctx, body: Rec): undefined {
  getLiveRoom(ctx.state, new Fields(body).roomId());
  return undefined;
}

export const liveRoomHandlers: readonly Handler[] = [
  handler(live.createLiveRoom, { perSecond, run: createRoom }),
  handler(live.destroyLiveRoom, { perSecond, run: destroyRoom }),
  handler(live.updateLiveRoomInfo, { perSecond, run: updateRoomInfo }),
  handler(live.getLiveRoomInfo, { perSecond, run: getRoomInfo }),
  handler(live.getLiveRoomList, { perSecond: 10, run: getRoomList }), // 10/s (63421)
  handler(live.changeLiveRoomOwner, { perSecond, run: changeRoomOwner }),
  handler(live.resumeMcuTask, { run: resumeMcuTask }), // limit (unknown)
];
