/**
 * The shared cache in the terms the command declarations use: a resource (wire/resources.ts) of a
 * room. The one place that names cache keys (`<sdkAppId>:<resource>:<roomId>`); product data
 * modules read through it, and writes and callbacks invalidate through it.
 */
import { APP_WIDE, type Resource } from '../wire/resources';
import type { ReadRecord } from './read-record';
import type { ReadThrough } from './read-through';

/** The resource a key of `ResourceCache.key` names (`room`, `seats`, …), e.g. for metrics labels. */
export function resourceOfKey(key: string): string {
  const start = key.indexOf(':') + 1;
  const end = key.indexOf(':', start);
  return start > 0 && end > start ? key.slice(start, end) : 'unknown';
}

export class ResourceCache {
  /**
   * @param record the one request whose reads this view records (answer reuse); the gateway's own
   *   instance has none, and `recording` makes a request's view of it.
   */
  constructor(
    private readonly readThrough: ReadThrough,
    private readonly sdkAppId: number,
    private readonly record?: ReadRecord,
  ) {}

  /** The same cache, recording what one request reads in `record`. */
  recording(record: ReadRecord): ResourceCache {
    return new ResourceCache(this.readThrough, this.sdkAppId, record);
  }

  /** App-wide resources (the live room list, the gift catalogue) have one key whatever the room. */
  key(resource: Resource, roomId: string): string {
    return `${this.sdkAppId}:${resource}:${APP_WIDE.has(resource) ? '' : roomId}`;
  }

  /** One resource of many rooms, fetching each miss with `fetch(roomId)` (one call per missing room). */
  getMany<T>(resource: Resource, roomIds: readonly string[], fetch: (roomId: string) => Promise<T>): Promise<(T | Error)[]> {
    return this.readThrough.getMany<T>(
      roomIds.map((id) => this.key(resource, id)),
      (i) => fetch(roomIds[i]),
      this.record,
    );
  }

  /** One part (a page, a chunk) of a room's resource. */
  getPart<T>(resource: Resource, roomId: string, part: string, fetch: () => Promise<T>): Promise<T> {
    return this.readThrough.getEntry(this.key(resource, roomId), part, fetch, this.record);
  }

  invalidate(roomId: string, resources: readonly Resource[]): Promise<void> {
    return this.readThrough.invalidate(resources.map((r) => this.key(r, roomId)));
  }
}
