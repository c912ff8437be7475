/**
 * Conference reads through the shared cache, and the one place that names its keys. Loaders (per
 * request) sit on top; mutations and callbacks call `invalidate` with the resources they changed
 * (test/conference/invalidation.test.ts measures each mutation's set).
 */
import type { ReadThrough } from '../cache/read-through';
import type { TencentClient } from '../upstream/client';
import { TencentApiError } from '../upstream/errors';
import { ErrorCodes } from '../wire/envelope';
import * as srv from '../commands/conference';
import * as mic from '../commands/seats';
import type { BannedPage, MemberPage, RoomInfo, Seat } from '../commands/model';

/** Members are fetched from Tencent in chunks of the largest page it serves (D7: 100). */
export const MEMBER_CHUNK = 100;

export type Resource = 'room' | 'members' | 'seats' | 'banned';

export class ConferenceData {
  constructor(
    readonly client: TencentClient,
    private readonly cache: ReadThrough,
    private readonly sdkAppId: number,
  ) {}

  key(resource: Resource, roomId: string): string {
    return `${this.sdkAppId}:${resource}:${roomId}`;
  }

  /** Rooms by id; `null` for a room that does not exist (100004), an Error for other failures. */
  rooms(roomIds: readonly string[]): Promise<(RoomInfo | null | Error)[]> {
    return this.cache
      .getMany<RoomInfo | null>(
        roomIds.map((id) => this.key('room', id)),
        async (i) => {
          try {
            return await this.client.call(srv.getRoomInfo, roomIds[i]);
          } catch (e) {
            // A missing room is an answer (`room(id:)` is null), cached like any other for the TTL;
            // createRoom invalidates it.
            if (e instanceof TencentApiError && e.errorCode === ErrorCodes.ROOM_NOT_FOUND) return null;
            throw e;
          }
        },
      )
      .then((vals) => vals.map((v) => (v === undefined ? null : v)));
  }

  seats(roomIds: readonly string[]): Promise<(Seat[] | Error)[]> {
    return this.cache.getMany<Seat[]>(
      roomIds.map((id) => this.key('seats', id)),
      (i) => this.client.call(mic.getSeatList, roomIds[i]),
    );
  }

  memberChunk(roomId: string, cursor: string): Promise<MemberPage> {
    return this.cache.getEntry(this.key('members', roomId), cursor || '-', () =>
      this.client.call(srv.getRoomMemberList, roomId, MEMBER_CHUNK, cursor),
    );
  }

  bannedPage(roomId: string, limit: number, offset: number): Promise<BannedPage> {
    return this.cache.getEntry(this.key('banned', roomId), `${limit}:${offset}`, () =>
      this.client.call(srv.getBannedMemberList, roomId, limit, offset),
    );
  }

  invalidate(roomId: string, resources: readonly Resource[]): Promise<void> {
    return this.cache.invalidate(resources.map((r) => this.key(r, roomId)));
  }
}
