/**
 * A live room's metadata: `LiveRoom.metadata(keys)` and the set and delete mutations, which
 * answer the room afterwards (select `metadata` to see the result).
 */
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import * as live from '../commands/live';
import type { Context } from '../graphql/context';
import { check } from '../graphql/validate';
import { write } from '../graphql/write';
import { LiveRoom } from './live-room.type';
import { liveRoomOrNotFound, type LiveRoomValue } from './live-room.value';
import { DeleteLiveRoomMetadataInput, SetLiveRoomMetadataInput } from './metadata.inputs';
import { MetadataEntry } from './metadata.type';

@Resolver(() => LiveRoom)
export class MetadataResolver {
  @FieldResolver(() => [MetadataEntry], {
    nullable: true,
    description:
      'The room\'s metadata: every key, or only the keys asked for, in that order (get_room_metadata, cached). Null with ' +
      'BAD_USER_INPUT for a bad key; the rest of the room still answers.',
  })
  async metadata(
    @Root() room: LiveRoomValue,
    @Ctx() ctx: Context,
    @Arg('keys', () => [String], {
      nullable: true,
      description: 'Only these keys (those that exist; each at most 50 bytes); all keys when omitted, null or empty.',
    })
    keys?: string[] | null,
  ) {
    keys?.forEach((k, i) => check(live.setRoomMetadata.limits.key, `keys[${i}]`, k));
    const all = await ctx.loaders.liveMetadata.load(room.roomId);
    if (!keys?.length) return all;
    const byKey = new Map(all.map((e) => [e.key, e]));
    return [...new Set(keys)].flatMap((k) => byKey.get(k) ?? []);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, {
    description: 'Sets keys of the room\'s metadata (others keep their values); answers the room afterwards (select `metadata`). Admins only (set_room_metadata).',
  })
  async setLiveRoomMetadata(
    @Arg('input', () => SetLiveRoomMetadataInput, { description: 'The room and the keys to set.' }) input: SetLiveRoomMetadataInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.setRoomMetadata.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const entries = check(l.entries, 'input.entries', input.entries).map((e, i) => ({
      key: check(l.key, `input.entries[${i}].key`, e.key),
      value: check(l.value, `input.entries[${i}].value`, e.value),
    }));
    // The byte sizes of all values add up to the byte size of their concatenation.
    check(l.allValues, 'input.entries', entries.map((e) => e.value).join(''));
    await write(ctx, live.setRoomMetadata, roomId, entries);
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ADMIN')
  @Mutation(() => LiveRoom, { description: 'Removes keys from the room\'s metadata; answers the room afterwards (select `metadata`). Admins only (del_room_metadata).' })
  async deleteLiveRoomMetadata(
    @Arg('input', () => DeleteLiveRoomMetadataInput, { description: 'The room and the keys to remove.' }) input: DeleteLiveRoomMetadataInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.delRoomMetadata.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const keys = check(l.keys, 'input.keys', input.keys).map((k, i) => check(l.key, `input.keys[${i}]`, k));
    await write(ctx, live.delRoomMetadata, roomId, keys);
    return liveRoomOrNotFound(ctx, roomId);
  }
}
