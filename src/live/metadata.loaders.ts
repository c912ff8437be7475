/** The metadata read behind `LiveRoom.metadata(keys)`, through the shared cache (`metadata`). */
import DataLoader from 'dataloader';
import * as live from '../commands/live';
import type { MetadataEntry } from '../commands/live-model';
import type { DataSources } from '../graphql/product';

declare module '../graphql/context' {
  interface Loaders {
    /** Every metadata key of a room, by room id. */
    liveMetadata: DataLoader<string, MetadataEntry[]>;
  }
}

/**
 * A room's whole metadata (get_room_metadata with no `Keys`), whatever keys a query asks for: a
 * room holds little, and one cached read per room then serves every selection of keys.
 */
export function createLiveMetadataLoader({ client, cache }: DataSources) {
  return new DataLoader<string, MetadataEntry[]>((ids) => cache.getMany('metadata', ids, (id) => client.call(live.getRoomMetadata, id, [])));
}
