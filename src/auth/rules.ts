/**
 * What a viewer may do. Every operation needs an authenticated viewer (checked before execution);
 * fields and mutations marked `@Authorized('ADMIN')` need a global admin (ROOMGRAPH_ADMINS or the
 * Tencent admin); those marked `@Authorized('ROOM_STAFF')` need a global admin or the staff of the
 * room they act on, as Tencent's room roles mean it: its owner or one of its room admins. The
 * README's authorization matrix is this file.
 *
 * A `ROOM_STAFF` operation names its room in its `input.roomId` (or `roomId`) argument; a
 * `ROOM_STAFF` field of a room (its banned and muted members) is its room's. The check
 * reads through the request's loaders — the same cached reads the resolvers use — so it costs at
 * most one get_room_info and one member-list walk (Conference) or admin list (Live) per room per
 * request, and a refused write never reaches Tencent. Staff who are not global admins act as
 * themselves: an `input.senderId` must be their own user id.
 *
 * Who may read a room at all (ROOMGRAPH_READ_POLICY) is read-policy.ts: the root reads ask it.
 */
import { GraphQLError } from 'graphql';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Viewer } from './viewer';

export type Role = 'ADMIN' | 'ROOM_STAFF';

/** Any context with a viewer (the GraphQL request context is one). */
type WithViewer = { viewer: Viewer };

/**
 * Whether `userId` is the owner or a room admin of `roomId`, read through `context` (the request's
 * loaders); a room that does not exist has no staff. Given by the layer that knows the products
 * (src/server/room-staff.ts), so auth/ stays below them.
 */
export type IsRoomStaff<C> = (context: C, roomId: string, userId: string) => Promise<boolean>;

/** A room id Tencent could hold (printable ASCII, 1 to 48 bytes); no room has any other, so no lookup. */
const ROOM_ID = /^[\x20-\x7e]{1,48}$/;

function forbidden(message: string): GraphQLError {
  return new GraphQLError(`Forbidden: ${message}`, { extensions: { code: 'FORBIDDEN' } });
}

/** The room a ROOM_STAFF operation acts on: `input.roomId`, else `roomId`, else (a room's field) its room's. */
function roomIdOf(args: Record<string, any>, root: unknown): unknown {
  return args.input?.roomId ?? args.roomId ?? (root as { roomId?: unknown } | undefined)?.roomId;
}

export class AuthRules<C extends WithViewer = WithViewer> implements AuthCheckerInterface<C, Role> {
  constructor(private readonly isRoomStaff: IsRoomStaff<C>) {}

  async check({ context, args, root }: ResolverData<C>, roles: Role[]): Promise<boolean> {
    const { viewer } = context;
    if (!roles.length) return true;
    if (viewer.isAdmin) return true;
    if (roles.includes('ADMIN')) {
      throw forbidden(`this needs an administrator; ${viewer.userId} is not one`);
    }
    if (roles.includes('ROOM_STAFF')) {
      const roomId = roomIdOf(args, root);
      const staff =
        typeof roomId === 'string' && ROOM_ID.test(roomId) && (await this.isRoomStaff(context, roomId, viewer.userId));
      if (!staff) {
        // Only a well-formed room id is named back: anything else is the caller's text, which is never echoed.
        const room = typeof roomId === 'string' && ROOM_ID.test(roomId) ? `room ${roomId}` : 'the room';
        throw forbidden(`this needs an administrator, or the owner or an admin of ${room}; ${viewer.userId} is none of them`);
      }
      const senderId = args.input?.senderId;
      if (senderId !== undefined && senderId !== viewer.userId) {
        throw forbidden(`room staff send messages as themselves; ${viewer.userId} may not send as another user`);
      }
    }
    return true;
  }
}
