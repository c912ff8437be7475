/**
 * What a root read of a room calls before it answers (ROOMGRAPH_READ_POLICY, auth/read-policy.ts):
 * the rule lives there, who is in a room in server/room-readers.ts; this is how resolvers ask it,
 * through the request's `reads`. Under policy `all`, and for global admins, nothing is read.
 */
import { readForbidden, type KnownRoom, type RoomProduct } from '../auth/read-policy';
import type { Context } from './context';

/** Resolves when the viewer may read room `roomId`; FORBIDDEN otherwise, the same whether or not the room exists. */
export async function assertCanRead(ctx: Context, roomId: string, product: RoomProduct): Promise<void> {
  if (!ctx.reads.restricted) return;
  if (!(await ctx.reads.canRead(roomId, product))) throw readForbidden(roomId, ctx.viewer);
}

/**
 * For a list of rooms: per room, `null` when the viewer may read it, else why not — FORBIDDEN, or
 * the error the check's own read failed with — so each room of a list answers or fails on its
 * own. Checked together, so the reads batch per tick; all `null` when the policy does not restrict
 * this viewer.
 */
export async function refusalsOf(
  ctx: Context,
  rooms: readonly { roomId: string; known?: KnownRoom }[],
  product: RoomProduct,
): Promise<(Error | null)[]> {
  if (!ctx.reads.restricted) return rooms.map(() => null);
  return Promise.all(
    rooms.map((r) =>
      ctx.reads.canRead(r.roomId, product, r.known).then(
        (ok) => (ok ? null : readForbidden(r.roomId, ctx.viewer)),
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      ),
    ),
  );
}

/** The FORBIDDEN error for room `roomId` and this viewer (what `assertCanRead` throws). */
export const readRefusal = (ctx: Context, roomId: string) => readForbidden(roomId, ctx.viewer);

/** What the descriptions of the reads it guards say about the policy. */
export const READ_POLICY_NOTE =
  'With ROOMGRAPH_READ_POLICY=members, only someone in the room (a member, its owner or a room admin, and not banned) or an ' +
  'administrator reads it: FORBIDDEN for anyone else, whether or not the room exists.';
