/**
 * A live room's audience: `members` (a Relay connection over get_member_list's `Next` cursor),
 * `onlineCount`, and — for administrators — `mutedMembers` and `bannedMembers`; and the mute and
 * ban mutations, which answer the room afterwards (select its lists to refresh them).
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import * as live from '../commands/live';
import { int } from '../commands/limits';
import { Connection, encodeCursor, decodeCursor, pageOf, type ConnectionValue } from '../graphql/connection';
import type { Context } from '../graphql/context';
import { stableIdResolver } from '../graphql/ids';
import { After, First } from '../graphql/page-args';
import { badInput, check } from '../graphql/validate';
import { write } from '../graphql/write';
import { chunkedConnection } from './chunked-connection';
import { BanLiveMembersInput, MuteLiveMembersInput, UnbanLiveMembersInput, UnmuteLiveMembersInput } from './live-member.inputs';
import { LiveBannedMember, LiveMember, MutedMember } from './live-member.type';
import { LiveRoom } from './live-room.type';
import { liveRoomOrNotFound, type LiveRoomValue } from './live-room.value';

export const LiveMemberConnection = Connection(LiveMember, 'LiveMember', {
  noun: 'online members',
  totalCount:
    'How many users are online now, as get_member_list counts them (`MemberCount`, from the pages already read: no extra call); ' +
    'refreshed by Tencent every 40 s, so it can differ from the pages a little. Null when Tencent does not say.',
});
export const LiveBannedMemberConnection = Connection(LiveBannedMember, 'LiveBannedMember', { noun: 'banned users' });

/** A page holds 1 to 100 members, as every connection of this API. */
const pageSize = int(1, 100);
const at = (unixSeconds: number) => new Date(unixSeconds * 1000);

interface OffsetCursor {
  o: number;
}
const isOffsetCursor = (x: unknown): x is OffsetCursor =>
  typeof x === 'object' && x !== null && Number.isInteger((x as OffsetCursor).o) && (x as OffsetCursor).o >= 0;

@Resolver(() => LiveRoom)
export class LiveMemberResolver {
  @FieldResolver(() => LiveMemberConnection, {
    nullable: true,
    description:
      'The users online now, a page at a time, as get_member_list reports them (Tencent refreshes the list every 40 s and lists at ' +
      'most 1000). Null with BAD_USER_INPUT for a bad `first` or `after`; the rest of the room still answers.',
  })
  async members(
    @Root() room: LiveRoomValue,
    @Ctx() ctx: Context,
    @First('members') first: number,
    @After() after?: string | null,
  ): Promise<ConnectionValue<Omit<LiveMember, 'id'>>> {
    check(pageSize, 'first', first);
    // Tencent's count comes with every chunk: the first chunk read that carries one gives `totalCount`.
    let count: number | null = null;
    let whole: number | null = null;
    const page = await chunkedConnection(first, after, async (cursor) => {
      const chunk = await ctx.loaders.liveMemberChunks.load({ roomId: room.roomId, cursor });
      count ??= chunk.memberCount;
      // Without Tencent's count, a list that fits in its first chunk is its own count (as `onlineCount`).
      if (cursor === '' && chunk.next === '') whole = chunk.userIds.length;
      return { items: chunk.userIds.map((userId) => ({ userId, roomId: room.roomId })), next: chunk.next };
    });
    return { ...page, totalCount: count ?? whole };
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many users are online now (get_member_list; refreshed by Tencent every 40 s); null when Tencent does not say.' })
  async onlineCount(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    const first = await ctx.loaders.liveMemberChunks.load({ roomId: room.roomId, cursor: '' });
    // Without Tencent's count, a list that fits in one chunk is its own count.
    return first.memberCount ?? (first.next === '' ? first.userIds.length : null);
  }

  @Authorized('ROOM_STAFF')
  // Nullable so another user's FORBIDDEN nulls only this field, not the whole room.
  @FieldResolver(() => [MutedMember], { nullable: true, description: 'The users muted now (get_muted_member_list). Room staff only (its owner, its room admins, global admins): null with FORBIDDEN for others.' })
  async mutedMembers(@Root() room: LiveRoomValue, @Ctx() ctx: Context) {
    const muted = await ctx.loaders.liveMuted.load(room.roomId);
    return muted.map((m) => ({ userId: m.userId, roomId: room.roomId, mutedUntil: at(m.until) }));
  }

  @Authorized('ROOM_STAFF')
  @FieldResolver(() => LiveBannedMemberConnection, {
    nullable: true,
    description: 'The users banned now, in ban order, a page at a time (get_banned_member_list). Room staff only (its owner, its room admins, global admins): null with FORBIDDEN for others.',
  })
  async bannedMembers(
    @Root() room: LiveRoomValue,
    @Ctx() ctx: Context,
    @First('banned users') first: number,
    @After() after?: string | null,
  ): Promise<ConnectionValue<Omit<LiveBannedMember, 'id'>>> {
    check(live.getLiveBannedMemberList.limits.limit, 'first', first);
    const offset = after ? decodeCursor(after, 'after', isOffsetCursor).o : 0;
    const page = await ctx.loaders.liveBannedPages.load({ roomId: room.roomId, limit: first, offset });
    const edges = page.banned.map((b, i) => ({
      node: { userId: b.userId, roomId: room.roomId, bannedUntil: at(b.until) },
      cursor: encodeCursor({ o: offset + i + 1 }),
    }));
    return pageOf(edges, page.nextOffset !== 0, offset > 0);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => LiveRoom, {
    description: 'Stops users sending messages in the room for a while; answers the room afterwards (select `mutedMembers`). Room staff only: its owner, its room admins and global admins (mute_member).',
  })
  async muteLiveMembers(
    @Arg('input', () => MuteLiveMembersInput, { description: 'The room, who to mute and for how long.' }) input: MuteLiveMembersInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.muteMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const userIds = check(l.userIds, 'input.userIds', input.userIds);
    // MuteTime 0 unmutes (spec §7.8): a mute of 0 seconds would silently do the opposite.
    if (check(l.seconds, 'input.durationSeconds', input.durationSeconds) === 0) {
      throw badInput('input.durationSeconds', 'must be at least 1 (unmuteLiveMembers lifts a mute)');
    }
    await write(ctx, live.muteMember, roomId, userIds, input.durationSeconds);
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => LiveRoom, { description: 'Lets muted users send messages again; answers the room afterwards. Room staff only: its owner, its room admins and global admins (mute_member with a time of 0).' })
  async unmuteLiveMembers(
    @Arg('input', () => UnmuteLiveMembersInput, { description: 'The room and who to unmute.' }) input: UnmuteLiveMembersInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.muteMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.muteMember, roomId, check(l.userIds, 'input.userIds', input.userIds), 0);
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => LiveRoom, {
    description:
      'Removes users from the room and bars them from entering again until the ban ends; answers the room afterwards (select ' +
      '`bannedMembers`). Room staff only: its owner, its room admins and global admins (ban_member).',
  })
  async banLiveMembers(
    @Arg('input', () => BanLiveMembersInput, { description: 'The room, who to ban, why and for how long.' }) input: BanLiveMembersInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.banLiveMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    const userIds = check(l.userIds, 'input.userIds', input.userIds);
    const reason = check(l.reason, 'input.reason', input.reason) ?? '';
    const duration = check(l.durationSeconds, 'input.durationSeconds', input.durationSeconds);
    await write(ctx, live.banLiveMember, roomId, userIds, reason, duration);
    return liveRoomOrNotFound(ctx, roomId);
  }

  @Authorized('ROOM_STAFF')
  @Mutation(() => LiveRoom, { description: 'Lifts bans early, so the users may enter again; answers the room afterwards. Room staff only: its owner, its room admins and global admins (unban_member).' })
  async unbanLiveMembers(
    @Arg('input', () => UnbanLiveMembersInput, { description: 'The room and who to unban.' }) input: UnbanLiveMembersInput,
    @Ctx() ctx: Context,
  ) {
    const l = live.unbanLiveMember.limits;
    const roomId = check(l.roomId, 'input.roomId', input.roomId);
    await write(ctx, live.unbanLiveMember, roomId, check(l.userIds, 'input.userIds', input.userIds));
    return liveRoomOrNotFound(ctx, roomId);
  }
}

/** `LiveMember.id`, `MutedMember.id`, `LiveBannedMember.id`: the room and the user. */
type InRoom = { roomId: string; userId: string };
export const LiveMemberIdResolvers = [LiveMember, MutedMember, LiveBannedMember].map((Type) =>
  stableIdResolver<InRoom>(Type, (m) => [m.roomId, m.userId]),
);
