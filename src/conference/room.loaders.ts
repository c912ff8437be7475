import DataLoader from 'dataloader';
import type { RoomInfo } from '../commands/model';
import type { ConferenceData } from './data';

/** Room info by id, batched per tick and cached for the request; `null` = no such room. */
export function createRoomLoader(data: ConferenceData) {
  return new DataLoader<string, RoomInfo | null>((ids) => data.rooms(ids));
}
