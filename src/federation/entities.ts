/**
 * How `_entities(representations:)` finds each entity this subgraph owns. Rooms go through the
 * same per-request loaders as `room(id)` and `liveRoom(id)`, so a router's batch of N
 * representations of M distinct rooms costs M get_room_info calls at most (fewer when the shared
 * cache has them), and a room that does not exist is null, as the queries answer. A `User` is its
 * key: Tencent has no profiles to read.
 */
import * as srv from '../commands/conference';
import * as live from '../commands/live';
import { userIdLimit, type Limit } from '../commands/limits';
import type { Context } from '../graphql/context';
import { assertCanRead } from '../graphql/read-access';
import { badInput, check } from '../graphql/validate';
import { fullValue } from '../live/live-room.value';
import { userOf } from './user.type';

/** A representation as a router sends it: `{ __typename, ...key }`; nothing about it is trusted. */
export interface Representation {
  readonly __typename: string;
  readonly id?: unknown;
}

/** `__resolveReference` per entity type: what @apollo/subgraph's `_entities` resolver calls. */
export type EntityResolvers = Record<string, { __resolveReference(ref: Representation, ctx: Context): unknown }>;

/** The key, validated as the matching query's argument is (BAD_USER_INPUT before any upstream call). */
function keyOf(ref: Representation, limit: Limit): string {
  if (typeof ref.id !== 'string') throw badInput(`${ref.__typename}.id`, 'must be a string');
  return check(limit, `${ref.__typename}.id`, ref.id);
}

export const ENTITY_RESOLVERS: EntityResolvers = {
  Room: {
    async __resolveReference(ref, ctx) {
      const id = keyOf(ref, srv.getRoomInfo.limits.roomId);
      await assertCanRead(ctx, id, 'conference'); // as `room(id)`: FORBIDDEN for this entity alone
      const room = await ctx.loaders.room.load(id);
      // A copy: @apollo/subgraph stamps `__typename` on what it gets, and the loader's value is shared.
      return room && { ...room };
    },
  },
  LiveRoom: {
    async __resolveReference(ref, ctx) {
      const id = keyOf(ref, live.getLiveRoomInfo.limits.roomId);
      await assertCanRead(ctx, id, 'live'); // as `liveRoom(id)`
      const info = await ctx.loaders.liveRoom.load(id);
      return info && fullValue(info); // a branded copy, as `liveRoom(id)` answers
    },
  },
  User: {
    __resolveReference(ref) {
      return userOf(keyOf(ref, userIdLimit));
    },
  },
};
