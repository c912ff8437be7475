/**
 * The emulator-only control API: what clients do in rooms (which the REST API cannot do), and
 * knobs for tests. Not part of Tencent's protocol; no UserSig needed.
 *
 * Every endpoint takes `?sdkappid=N` to pick the app (default: the first configured app; unknown:
 * 60006), reads a JSON object body (empty = {}; not an object: 60003) and answers HTTP 200 with
 * `{"ActionStatus","ErrorInfo","ErrorCode","RequestId", ...data}` — ErrorCode 0 or a Tencent-like
 * code. An unknown endpoint answers HTTP 404 with ErrorCode 60009.
 *
 *   POST   /emulator/v1/rooms/{roomId}/members           {"userId","nameCard"?,"customInfo"?}
 *          A client enters: → {Member, MemberCount}. Raises Room.CallbackAfterMemberEnter
 *          (OptPlatform Web) — in a live room Live.CallbackAfterMemberStateChanged (EventType
 *          Online, EventCause Enter), and the entry moves ViewCount and TotalViewers. Already in
 *          the room: OK, no event. Banned: 100006. Room at MaxMemberCount (a live room with
 *          IsUnlimitedRoomEnabled has no cap): 100002. No room: 100004.
 *   DELETE /emulator/v1/rooms/{roomId}/members/{userId}
 *          A client leaves (and leaves its seat): Room.CallbackAfterMemberLeave Type "Leave" — in
 *          a live room Live.CallbackAfterMemberStateChanged (Offline, EventCause Leave).
 *          Not in the room: 100005.
 *   POST   /emulator/v1/rooms/{roomId}/gifts             {"userId","giftId","count"?: 1}
 *          A viewer sends `count` of the catalogue's gift in a live room → {Sequence,
 *          TotalViewers, TotalGiftsSent, TotalGiftCoins, TotalUniqueGiftSenders,
 *          TotalLikesReceived, TotalMsgCount}: moves get_room_stats and get_gift_count. Unknown
 *          gift or room: 100004; a Conference room: 100006. No callback.
 *   POST   /emulator/v1/rooms/{roomId}/likes             {"userId","count"?: 1}
 *          A viewer likes a live room `count` times → the statistics as above (TotalLikesReceived).
 *   GET    /emulator/v1/rooms/{roomId}/messages
 *          The live room's messages (send_text_msg, send_custom_msg), oldest first, the last 1000
 *          → {Messages: [{MsgSeq, MsgId, MsgTime, Random, From_Account, MsgBody, CloudCustomData}]}.
 *   POST   /emulator/v1/rooms/{roomId}/seats/{index}      {"userId"}
 *          A member takes a seat, with pick_user_on_seat's checks (TakeSeatMode ApplyToTake is
 *          treated as approved). Raises Mic.CallbackAfterSeatInfoChanged.
 *   DELETE /emulator/v1/rooms/{roomId}/seats/{index}
 *          The occupant leaves the seat; a free seat: 100002.
 *   GET    /emulator/v1/calls        → {Calls: {"service/command": n}, Total}
 *   GET    /emulator/v1/calls?log=1  adds Log: [{"command": "service/command", "atMs": <emulated ms
 *          the call arrived>, "errorCode": n}], the app's last 10,000 REST calls, oldest first
 *          (errorCode -1: a fault dropped the call or answered raw HTTP) — to count calls per second.
 *   DELETE /emulator/v1/calls        resets the counts and the log.
 *   GET    /emulator/v1/clock        → {NowMs}
 *   POST   /emulator/v1/clock        {"advanceSeconds": n, 0 ≤ n ≤ 10 years (315,360,000)} moves the
 *          emulated clock → {NowMs}; past 10 years in one call, or 100 years in all: 100002.
 *   GET    /emulator/v1/faults       → {Faults: [...pending]}
 *   POST   /emulator/v1/faults       {"command": "service/command" | "*", "times"?: 1, "errorCode"?,
 *          "errorInfo"?, "httpStatus"?, "rawBody"?, "delayMs"?, "dropConnection"?} (see faults.ts)
 *   DELETE /emulator/v1/faults       clears pending faults.
 *   PUT    /emulator/v1/callback-token  {"token": "…"} or {"token": null} → {Configured}
 *   GET    /emulator/v1/callbacks    → {Deliveries: [{command, url, optPlatform, status | error, eventTime}]}
 *   POST   /emulator/v1/reset        {"seedDemo"?: false} clears the app's rooms, callback
 *          configurations, calls and call log, faults, rate windows, delivery log, gift catalogue
 *          and battles, and moves the emulated clock back to the real one (the clock is shared:
 *          every app's clock); optionally re-seeds.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Secret } from '../secret';
import { Callbacks } from '../wire/callbacks';
import { ErrorCodes, failEnvelope, okEnvelope } from '../wire/envelope';
import { EmuError, invalid } from './errors';
import { parseFault } from './faults';
import { jsonObject, sendJson } from './http-util';
import { Fields, type Rec } from './input';
import { listMessages, sendGift, sendLikes } from './live/control-routes';
import { enteredLive } from './live/presence';
import { isLive } from './live/state';
import { emitSeatChange, removeMembers, seatAt, takeSeat } from './room-ops';
import { seedDemoData } from './seed';
import { activeBan, addMember, getMember, getRoom, memberWire, resetAppState, type AppState } from './state';
import { makeCtx, type World } from './world';

type Route = (world: World, app: AppState, params: string[], body: Rec, query: URLSearchParams) => Rec | undefined;

const ROUTES: [method: string, pattern: RegExp, route: Route][] = [
  ['POST', /^rooms\/([^/]+)\/members$/, enter],
  ['DELETE', /^rooms\/([^/]+)\/members\/([^/]+)$/, leave],
  ['POST', /^rooms\/([^/]+)\/seats\/([^/]+)$/, takeSeatRoute],
  ['DELETE', /^rooms\/([^/]+)\/seats\/([^/]+)$/, leaveSeat],
  ['POST', /^rooms\/([^/]+)\/gifts$/, sendGift],
  ['POST', /^rooms\/([^/]+)\/likes$/, sendLikes],
  ['GET', /^rooms\/([^/]+)\/messages$/, listMessages],
  ['GET', /^calls$/, calls],
  ['DELETE', /^calls$/, (_w, app) => {
    app.calls.clear();
    app.callLog = [];
    return undefined;
  }],
  ['GET', /^clock$/, (w) => ({ NowMs: w.clock.now() })],
  ['POST', /^clock$/, advanceClock],
  ['GET', /^faults$/, (_w, app) => ({ Faults: app.faults.pending() })],
  ['POST', /^faults$/, (_w, app, _p, body) => void app.faults.add(parseFault(body))],
  ['DELETE', /^faults$/, (_w, app) => void app.faults.clear()],
  ['PUT', /^callback-token$/, setToken],
  ['GET', /^callbacks$/, (_w, app) => ({ Deliveries: app.deliveries.map((d) => ({ ...d })) })],
  ['POST', /^reset$/, reset],
];

const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

function calls(_w: World, app: AppState, _p: string[], _b: Rec, query: URLSearchParams): Rec {
  const counts = { Calls: Object.fromEntries(app.calls), Total: sum(app.calls) };
  const log = query.get('log');
  return log === '1' || log === 'true' ? { ...counts, Log: app.callLog.map((e) => ({ ...e })) } : counts;
}

export async function handleControl(
  world: World,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: Buffer | 'too-large',
): Promise<void> {
  const rest = url.pathname.replace(/^\/emulator\/v1\//, '');
  const match = ROUTES.map(([m, re, route]) => [m, re.exec(rest), route] as const)
    .find(([m, found]) => m === req.method && found);
  if (!match) {
    sendJson(res, 404, failEnvelope(ErrorCodes.BAD_RESOURCE, `unknown control endpoint ${req.method} ${url.pathname}`));
    return;
  }
  const answer = (status: number, env: Rec): void => {
    sendJson(res, status, env);
    world.log?.(`control ${req.method} ${url.pathname} -> ${String(env.ErrorCode)}`);
  };
  const sdk = url.searchParams.get('sdkappid');
  const app = sdk === null ? world.defaultApp : world.apps.get(Number(sdk));
  if (!app) return answer(200, failEnvelope(ErrorCodes.INVALID_SDKAPPID, `sdkappid ${sdk} is not a configured SDKAppID`));
  const json = jsonObject(body, {});
  if (typeof json === 'string') return answer(200, failEnvelope(ErrorCodes.JSON_PARSE, json));
  try {
    const params = (match[1] as RegExpExecArray).slice(1).map((p) => decodeURIComponent(p));
    const data = match[2](world, app, params, json, url.searchParams);
    answer(200, { ...okEnvelope(), ...data });
  } catch (e) {
    if (e instanceof URIError) {
      return answer(200, failEnvelope(ErrorCodes.HTTP_PARSE, 'the URL path is not valid percent-encoding'));
    }
    if (e instanceof EmuError) return answer(200, failEnvelope(e.code, e.info));
    throw e;
  }
}

function userIdOf(body: Rec): string {
  return new Fields(body).account('userId', { required: true });
}

function enter(world: World, app: AppState, [roomId]: string[], body: Rec): Rec {
  const f = new Fields(body);
  const userId = userIdOf(body);
  const nameCard = f.str('nameCard', { maxBytes: 32 });
  const customInfo = f.str('customInfo', { maxBytes: 60 });
  const room = getRoom(app, roomId);
  const ctx = makeCtx(world, app, userId, 'Web');
  const existing = room.members.get(userId);
  if (existing) return { Member: memberWire(room, existing), MemberCount: room.members.size };
  const until = activeBan(room, userId, ctx.nowS);
  if (until !== undefined) {
    throw new EmuError(ErrorCodes.PERMISSION_DENIED, `'${userId}' is banned from room '${roomId}' until ${until} (Unix seconds)`);
  }
  if (room.members.size >= room.maxMemberCount && !(isLive(room) && room.live.isUnlimitedRoomEnabled)) {
    throw invalid(`room '${roomId}' is full (MaxMemberCount ${room.maxMemberCount})`);
  }
  const m = addMember(room, userId, nameCard, customInfo);
  if (isLive(room)) {
    enteredLive(ctx, room, m);
    return { Member: memberWire(room, m), MemberCount: room.members.size };
  }
  ctx.emit(Callbacks.memberEntered, {
    Operator_Account: userId,
    RoomId: roomId,
    MemberCount: room.members.size,
    Type: 'Enter',
    MemberList_Account: [userId],
  });
  return { Member: memberWire(room, m), MemberCount: room.members.size };
}

function leave(world: World, app: AppState, [roomId, userId]: string[]): undefined {
  const room = getRoom(app, roomId);
  getMember(room, userId);
  removeMembers(makeCtx(world, app, userId, 'Web'), room, [userId], 'Leave', '');
  return undefined;
}

function seatIndex(raw: string): number {
  if (!/^\d{1,4}$/.test(raw)) throw invalid(`seat index must be a non-negative integer, got '${raw}'`);
  return Number(raw);
}

function takeSeatRoute(world: World, app: AppState, [roomId, rawIndex]: string[], body: Rec): undefined {
  const index = seatIndex(rawIndex);
  const userId = userIdOf(body);
  const room = getRoom(app, roomId);
  if (takeSeat(room, userId, index, 'index')) emitSeatChange(makeCtx(world, app, userId, 'Web'), room, [room.seats[index]]);
  return undefined;
}

function leaveSeat(world: World, app: AppState, [roomId, rawIndex]: string[]): undefined {
  const index = seatIndex(rawIndex);
  const room = getRoom(app, roomId);
  const seat = seatAt(room, index, 'index');
  const occupant = seat.userId;
  if (occupant === undefined) throw invalid(`seat ${index} is free`);
  seat.userId = undefined;
  emitSeatChange(makeCtx(world, app, occupant, 'Web'), room, [seat]);
  return undefined;
}

/** Most one advance may move the clock: 10 years (of 365 days). */
export const MAX_ADVANCE_SECONDS = 10 * 365 * 86_400;
/** Most the clock may be ahead in all, so emulated time stays a valid date: 100 years. */
const MAX_OFFSET_MS = 10 * MAX_ADVANCE_SECONDS * 1000;

function advanceClock(world: World, _app: AppState, _p: string[], body: Rec): Rec {
  const s = body.advanceSeconds;
  if (typeof s !== 'number' || !Number.isFinite(s) || s < 0) {
    throw invalid('advanceSeconds must be a number of seconds, 0 or more');
  }
  if (s > MAX_ADVANCE_SECONDS) {
    throw invalid(`advanceSeconds must be at most ${MAX_ADVANCE_SECONDS} (10 years)`);
  }
  const ms = Math.round(s * 1000);
  if (world.clock.offset() + ms > MAX_OFFSET_MS) {
    throw invalid('the emulated clock may run at most 100 years ahead; POST /emulator/v1/reset moves it back');
  }
  world.clock.advance(ms);
  return { NowMs: world.clock.now() };
}

function setToken(_w: World, app: AppState, _p: string[], body: Rec): Rec {
  if (!('token' in body)) throw invalid('token is required (a string, or null to remove it)');
  if (body.token === null || body.token === '') {
    app.callbackToken = undefined;
  } else {
    const token = new Fields(body).str('token', { maxBytes: 256 }) as string;
    app.callbackToken = new Secret(token);
  }
  return { Configured: app.callbackToken !== undefined };
}

function reset(world: World, app: AppState, _p: string[], body: Rec): undefined {
  const seed = new Fields(body).bool('seedDemo') ?? false;
  resetAppState(app);
  world.clock.reset();
  if (seed) seedDemoData(app, world.clock.now());
  return undefined;
}
