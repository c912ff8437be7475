/**
 * Who may read a room: ROOMGRAPH_READ_POLICY, the read half of the README's authorization matrix.
 *
 * - `all` (the default): every verified user reads every room.
 * - `members`: a global admin reads every room; anyone else reads a room only while they are in
 *   it, as Tencent's room roles mean it: its owner, one of its room admins, or a member (the
 *   member list Tencent returns) — and not while banned from it, whatever their role.
 *
 * Every path that reaches a room's data by id asks `canRead` once, at its root (`room`, `rooms`,
 * `seats`, `liveRoom`, `liveRooms`, `_entities`, `roomEvents`, `liveRoomEvents`); the fields below
 * a room hang on it and need no check of their own. A refusal is FORBIDDEN, worded the same whether
 * or not the room exists, so a non-member learns nothing about rooms they are not in.
 */
import { GraphQLError } from 'graphql';
import type { Viewer } from './viewer';

export type ReadPolicy = 'all' | 'members';

/** Which product's room a read names; `either` for a read shared by both (`seats(roomId)`). */
export type RoomProduct = 'conference' | 'live' | 'either';

/** What the caller already read of the room (a listed live room's owner), so it is not read again. */
export interface KnownRoom {
  ownerId: string | null;
}

/**
 * Whether `userId` is in room `roomId` — its owner, a room admin or a member, and not banned —
 * read through `context` (the request's loaders); nobody is in a room that does not exist. Given
 * by the layer that knows the products (src/server/room-readers.ts), so auth/ stays below them.
 */
export type IsInRoom<C> = (context: C, roomId: string, userId: string, product: RoomProduct, known?: KnownRoom) => Promise<boolean>;

/** A room id Tencent could hold (printable ASCII, 1 to 48 bytes); no room has any other, so no lookup. */
const ROOM_ID = /^[\x20-\x7e]{1,48}$/;

/**
 * The refusal. It names the room only when its id is well formed (anything else is the caller's
 * text, never echoed) and says the same for a room that exists and one that does not.
 */
export function readForbidden(roomId: string, viewer: Viewer): GraphQLError {
  const room = ROOM_ID.test(roomId) ? `room ${roomId}` : 'the room';
  return new GraphQLError(
    `Forbidden: ${room} is readable only by its members, its owner, its room admins and administrators; ${viewer.userId} is none of them`,
    { extensions: { code: 'FORBIDDEN' } },
  );
}

export class ReadRule<C extends { viewer: Viewer }> {
  constructor(
    readonly policy: ReadPolicy,
    private readonly isInRoom: IsInRoom<C>,
  ) {}

  /** Whether this request's viewer may read the room at all (no upstream call under `all`, nor for a global admin). */
  restricts(viewer: Viewer): boolean {
    return this.policy === 'members' && !viewer.isAdmin;
  }

  /** Whether the viewer may read room `roomId`. */
  async canRead(context: C, roomId: string, product: RoomProduct, known?: KnownRoom): Promise<boolean> {
    if (!this.restricts(context.viewer)) return true;
    if (!ROOM_ID.test(roomId)) return false;
    return this.isInRoom(context, roomId, context.viewer.userId, product, known);
  }
}
