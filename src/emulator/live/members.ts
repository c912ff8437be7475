/**
 * Live members (spec §7.8): the member list, mutes, bans and administrators. 200 calls/s each,
 * except modify_admin (body from the console's client code; no documented limit). Members enter
 * and leave through the control API (what a client SDK does), see control.ts.
 */
import * as live from '../../commands/live';
import type { Ctx } from '../context';
import { cursorOf, seqOfCursor } from '../cursor';
import { invalid } from '../errors';
import { handler, type Handler } from '../handler';
import { Fields, type Rec } from '../input';
import { banAccounts, banPageArgs, bannedPage } from '../room-ops';
import { activeMute, getLiveRoom, type LiveRoom } from './state';

const perSecond = 200;

/** The emulator's page size: the docs give get_member_list no Count, and the page size is (unknown). */
export const MEMBER_PAGE_SIZE = 100;
/** "With more than 1000 members only 1000 are returned" (spec §7.8). */
export const MEMBER_LIST_MAX = 1000;


/**
 * `Next` is Mandatory ("" first). Members in entry order, pages of MEMBER_PAGE_SIZE, at most the
 * first MEMBER_LIST_MAX in all; `MemberCount` is everyone present. Tencent refreshes the list
 * every 40 s; the emulator's is always current.
 */
function getMemberList(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const next = f.str('Next', { required: true });
  const room = getLiveRoom(ctx.state, roomId);
  const after = seqOfCursor(room, next, live.getLiveMemberList.name);
  const listed = [...room.members.values()].slice(0, MEMBER_LIST_MAX);
  const rest = listed.filter((m) => m.seq > after);
  const page = rest.slice(0, MEMBER_PAGE_SIZE);
  return {
    Next: rest.length > page.length ? cursorOf(room, page[page.length - 1].seq) : '',
    MemberCount: room.members.size,
    MemberList: page.map((m) => ({ Member_Account: m.userId })),
  };
}

/**
 * `MuteTime` seconds from now; `0` unmutes (spec §7.8). Accounts need not be present (a mute
 * outlives a visit). How many accounts one call may name is (unknown): no limit here.
 */
function muteMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true }) as string[];
  const seconds = f.int('MuteTime', { required: true, min: 0 });
  const room = getLiveRoom(ctx.state, roomId);
  for (const u of ids) {
    room.live.muted.delete(u);
    if (seconds > 0) room.live.muted.set(u, ctx.nowS + seconds);
  }
  return undefined;
}

/** Mutes still running on the emulated clock, in the order they were set. */
function getMutedMemberList(ctx: Ctx, body: Rec): Rec {
  const room = getLiveRoom(ctx.state, new Fields(body).roomId());
  const active = [...room.live.muted.keys()].filter((u) => activeMute(room, u, ctx.nowS) !== undefined);
  return { MutedAccountList: active.map((u) => ({ Member_Account: u, MutedUntil: room.live.muted.get(u) })) };
}

/**
 * ≤20 accounts, `Reason` optional ≤200 bytes (1071/76878), `Duration` ≥1 s. Banned users cannot
 * enter during the ban; those present are removed from the room and their seats (inferred, as
 * Conference's ban does), raising Offline / Kicked. Accounts not present are banned pre-emptively.
 */
function banMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true, max: 20 }) as string[];
  const reason = f.str('Reason', { maxBytes: 200 }) ?? '';
  const duration = f.int('Duration', { required: true, min: 1 });
  banAccounts(ctx, getLiveRoom(ctx.state, roomId), ids, duration, reason as string);
  return undefined;
}

/** ≤20 accounts; an account that is not banned is ignored (the Live page lists no 100005). */
function unbanMember(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('MemberList_Account', { required: true, max: 20 }) as string[];
  const room = getLiveRoom(ctx.state, roomId);
  for (const u of ids) room.bans.delete(u);
  return undefined;
}

/** The live room's running bans, a page at a time (spec §7.8; the paging is both products', room-ops.ts). */
function getBannedMemberList(ctx: Ctx, body: Rec): Rec {
  const f = new Fields(body);
  const roomId = f.roomId();
  const args = banPageArgs(f);
  return bannedPage(getLiveRoom(ctx.state, roomId), args, ctx.nowS);
}

function getAdminList(ctx: Ctx, body: Rec): Rec {
  const room = getLiveRoom(ctx.state, new Fields(body).roomId());
  return { Admin_Account: [...room.live.admins] };
}

/**
 * `OpType` "add" | "delete" (client code). Administrators need not be present; one who is present
 * gets the Admin role at once. The owner cannot be made an administrator (100002, inferred);
 * deleting an account that is not one is ignored.
 */
function modifyAdmin(ctx: Ctx, body: Rec): undefined {
  const f = new Fields(body);
  const roomId = f.roomId();
  const ids = f.accounts('Admin_Account', { required: true }) as string[];
  const op = f.str('OpType', { required: true });
  if (op !== 'add' && op !== 'delete') throw invalid('OpType must be "add" or "delete"');
  const room = getLiveRoom(ctx.state, roomId);
  if (op === 'add' && ids.includes(room.ownerId)) {
    throw invalid(`Admin_Account: '${room.ownerId}' owns room '${roomId}' and cannot also be an administrator`);
  }
  for (const u of ids) {
    if (op === 'add') room.live.admins.add(u);
    else room.live.admins.delete(u);
    const m = room.members.get(u);
    if (m) m.role = op === 'add' ? 'Admin' : 'Member';
  }
  return undefined;
}

export const memberHandlers: readonly Handler[] = [
  handler(live.getLiveMemberList, { perSecond, run: getMemberList }),
  handler(live.muteMember, { perSecond, run: muteMember }),
  handler(live.getMutedMemberList, { perSecond, run: getMutedMemberList }),
  handler(live.banLiveMember, { perSecond, run: banMember }),
  handler(live.unbanLiveMember, { perSecond, run: unbanMember }),
  handler(live.getLiveBannedMemberList, { perSecond, run: getBannedMemberList }),
  handler(live.getAdminList, { perSecond, run: getAdminList }),
  handler(live.modifyAdmin, { run: modifyAdmin }), // limit (unknown)
];
