import DataLoader from 'dataloader';
import type { Seat } from '../commands/model';
import type { ConferenceData } from './data';

/** A room's seat list by room id, batched per tick and cached for the request. */
export function createSeatLoader(data: ConferenceData) {
  return new DataLoader<string, Seat[]>((ids) => data.seats(ids));
}
