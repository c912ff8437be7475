/**
 * `room_engine_http_srv` — Conference rooms and members (spec §3.1–§3.12). Every command: 200
 * calls/s per SDKAppID (spec §3). Validation first (100002 naming the field), then the room
 * (100004), then membership (100005) and the rules of each command.
 */
import * as conference from '../../commands/conference';
import { Callbacks } from '../../wire/callbacks';
import { ErrorCodes } from '../../wire/envelope';
import type { Ctx } from '../context';
import { cursorOf, seqOfCursor } from '../cursor';
import { EmuError, invalid, notAMember } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { banAccounts, banPageArgs, bannedPage, checkNewRoomId, removeMembers, storeNewRoom } from '../room-ops';
import { activeBan, getMember, getRoom, memberWire, roomWire, type Room } from '../state';
import { markRoomMember } from './marks';
import { buildRoom, ROOM_FLAGS, type NewRoom } from './new-room';

/** Tencent's limit for every command of this service (spec §3); the emulator's own number. */
const perSecond = 200;

function createRoom(ctx: Ctx, body: Rec): Rec {
  const top = new Fields(body);
  const f = top.obj('RoomInfo');
  const roomId = f.roomId();
  const roomType = f.str('RoomType', { required: true });
  if (roomType !== 'Conference' && roomType !== 'Meeting') {
    throw invalid(`RoomInfo.RoomType must be "Conference", got "${roomType}"`);
  }
  const p: NewRoom = {
    roomId,
    ownerId: f.account('Owner_Account') ?? ctx.operator,
    roomName: f.str('RoomName', { maxBytes: 100 }),
    maxMemberCount: f.int('MaxMemberCount', { min: 1 }),
    scheduleStartTime: f.int('ScheduleStartTime', { min: 0 }),
    scheduleEndTime: f.int('ScheduleEndTime', { min: 0 }),
    flags: Object.fromEntries(ROOM_FLAGS.map(([wire, key]) => [key, f.bool(wire)])),
    customInfo: f.str('CustomInfo', { maxBytes: 500 }),
    isSeatEnabled: f.bool('IsSeatEnabled'),
    maxSeatCount: f.int('MaxSeatCount', { min: 0 }),
    takeSeatMode: f.takeSeatMode(),
    invitees: top.accounts('ScheduleInviteeList_Account'),
  };
  if (p.isSeatEnabled && p.maxSeatCount === 0) {
    throw invalid('RoomInfo.MaxSeatCount must be at least 1 when IsSeatEnabled is true');
  }
  const start = p.scheduleStartTime ?? ctx.nowS;
  if (p.scheduleEndTime !== undefined && p.scheduleEndTime < start + 300) {
    throw invalid('RoomInfo.ScheduleEndTime must be at least 300 seconds (5 minutes) after ScheduleStartTime');
  }
  checkNewRoomId(ctx, roomId, p.ownerId); // 100012 (D4), 100010, 100003

  const room = buildRoom(p, ctx.nowS);
  storeNewRoom(ctx, room);
  const { MemberCount: _count, ...info } = roomWire(room, ctx.nowS);
  ctx.emit(Callbacks.roomCreated, {
    Operator_Account: ctx.operator,
    RoomInfo: { ...info, RoomType: 'Meeting' }, // the callback example's spelling (spec §1 open points)
    ScheduleInviteeList_Account: room.invitees,
  });
  return { RoomId: roomId }; // D3
}

function destroyRoom(ctx: Ctx, body: Rec): undefined {
  const room = getRoom(ctx.state, new Fields(body).roomId());
  ctx.state.rooms.delete(room.roomId);
  ctx.emit(Callbacks.roomDestroyed, { Operator_Account: ctx.operator, RoomId: room.roomId });
  return undefined;
}

function updateRoomInfo(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body).obj('RoomInfo');
  const roomId = f.roomId();
  const roomName = f.str('RoomName', { maxBytes: 100 });
  if (roomName === '') throw invalid('RoomInfo.RoomName must not be empty');
  const maxMemberCount = f.int('MaxMemberCount', { min: 1 });
  const flags = ROOM_FLAGS.map(([wire, key]) => [key, f.bool(wire)] as const);
  const customInfo = f.str('CustomInfo', { maxBytes: 500 });
  const takeSeatMode = f.takeSeatMode();
  const room = getRoom(ctx.state, roomId);

  if (roomName !== undefined) room.roomName = roomName;
  if (maxMemberCount !== undefined) room.maxMemberCount = maxMemberCount;
  for (const [key, v] of flags) if (v !== undefined) room[key] = v;
  if (customInfo !== undefined) room.customInfo = customInfo;
  // A room without seats keeps TakeSeatMode "None": the mode only means something with seats.
  if (takeSeatMode !== undefined && room.isSeatEnabled) room.takeSeatMode = takeSeatMode;
  ctx.emit(Callbacks.roomInfoUpdated, {
    Operator_Account: ctx.operator,
    RoomInfo: {
      RoomId: room.roomId,
      RoomName: room.roomName,
      Owner_Account: room.ownerId,
      TakeSeatMode: room.takeSeatMode,
      MaxMemberCount: room.maxMemberCount,
      IsVideoDisabled: room.isVideoDisabled,
      IsAudioDisabled: room.isAudioDisabled,
      IsMessageDisabled: room.isMessageDisabled,
      IsScreenSharingDisabled: room.isScreenSharingDisabled,
      IsCloudRecordingDisabled: room.isCloudRecordingDisabled,
      CustomInfo: room.customInfo,
    },
  });
  return undefined;
}

function getRoomInfo(ctx: Ctx, body: Rec): Rec {
  const room = getRoom(ctx.state, new Fields(body).roomId());
  return { RoomInfo: roomWire(room, ctx.nowS) };
}


function getRoomMemberList(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const count = f.int('Count', { min: 1, max: 100 }) ?? 50; // D7
  const next = f.str('Next') ?? '';
  const room = getRoom(ctx.state, roomId);
  const after = seqOfCursor(room, next, conference.getRoomMemberList.name);
  const rest = [...room.members.values()].filter((m) => m.seq > after);
  const page = rest.slice(0, count);
  return {
    Next: rest.length > page.length ? cursorOf(room, page[page.length - 1].seq) : '',
    MemberList: page.map((m) => memberWire(room, m)),
  };
}

function updateRoomMemberInfo(ctx: Ctx, body: Rec): undefined {
  const top = new Fields(body);
  const roomId = top.roomId();
  const f = top.obj('MemberInfo');
  const userId = f.account('Member_Account', { required: true });
  const nameCard = f.str('NameCard', { maxBytes: 32 });
  const role = f.str('Role');
  if (role !== undefined && role !== 'Admin' && role !== 'Member') {
    throw invalid('MemberInfo.Role must be "Admin" or "Member" (use change_room_owner to change the owner)');
  }
  const customInfo = f.str('CustomInfo', { maxBytes: 60 });
  const room = getRoom(ctx.state, roomId);
  const m = getMember(room, userId);
  if (role !== undefined && userId === room.ownerId) {
    throw invalid(`MemberInfo.Role cannot be changed for the room owner '${userId}'; use change_room_owner`);
  }
  if (nameCard !== undefined) m.nameCard = nameCard;
  if (role !== undefined) m.role = role;
  if (customInfo !== undefined) m.customInfo = customInfo;
  return undefined;
}

function changeRoomOwner(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const from = f.account('From_Account', { required: true });
  const to = f.account('NewOwner_Account', { required: true });
  const room = getRoom(ctx.state, roomId);
  if (from !== room.ownerId) {
    throw new EmuError(ErrorCodes.PERMISSION_DENIED, `From_Account '${from}' is not the owner of room '${roomId}'`);
  }
  const next = getMember(room, to);
  const previous = room.members.get(from);
  if (previous) previous.role = 'Member';
  next.role = 'Member'; // the owner role is derived from ownerId; this is the role after a later transfer
  room.ownerId = to;
  return undefined;
}

function banRoomMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true, max: 20 }) as string[];
  const reason = f.str('Reason', { required: true, maxBytes: 1000 });
  const duration = f.int('Duration', { required: true, min: 1 });
  banAccounts(ctx, getRoom(ctx.state, roomId), ids, duration, reason as string);
  return undefined;
}

function unbanRoomMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true, max: 20 }) as string[];
  const room = getRoom(ctx.state, roomId);
  const notBanned = ids.find((u) => activeBan(room, u, ctx.nowS) === undefined);
  if (notBanned !== undefined) {
    throw new EmuError(ErrorCodes.NOT_A_MEMBER, `'${notBanned}' is not banned in room '${roomId}'`);
  }
  for (const u of ids) room.bans.delete(u);
  return undefined;
}

function getBannedMemberList(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const args = banPageArgs(f);
  return bannedPage(getRoom(ctx.state, roomId), args, ctx.nowS);
}

function kickUserOut(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true, max: 20 }) as string[];
  const reason = f.str('Reason', { required: true, maxBytes: 1000 });
  const room = getRoom(ctx.state, roomId);
  const absent = ids.find((u) => !room.members.has(u));
  if (absent !== undefined) throw notAMember(absent, roomId);
  removeMembers(ctx, room, ids, 'Kicked', reason);
  return undefined;
}

export const roomEngineHttpSrv: readonly Handler[] = [
  handler(conference.createRoom, { perSecond, run: createRoom }),
  handler(conference.destroyRoom, { perSecond, run: destroyRoom }),
  handler(conference.updateRoomInfo, { perSecond, run: updateRoomInfo }),
  handler(conference.getRoomInfo, { perSecond, run: getRoomInfo }),
  handler(conference.getRoomMemberList, { perSecond, run: getRoomMemberList }),
  handler(conference.updateRoomMemberInfo, { perSecond, run: updateRoomMemberInfo }),
  handler(conference.changeRoomOwner, { perSecond, run: changeRoomOwner }),
  handler(conference.markRoomMember, { perSecond, run: markRoomMember }),
  handler(conference.banRoomMember, { perSecond, run: banRoomMember }),
  handler(conference.unbanRoomMember, { perSecond, run: unbanRoomMember }),
  handler(conference.getBannedMemberList, { perSecond, run: getBannedMemberList }),
  handler(conference.kickUserOut, { perSecond, run: kickUserOut }),
];
