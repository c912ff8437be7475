import type { ConferenceData } from '../conference/data';
import type { ConferenceLoaders } from '../conference/loaders';
import type { Viewer } from '../auth/viewer';

/** What every resolver gets: who is calling, this request's loaders, and the data layer. */
export interface Context {
  viewer: Viewer;
  loaders: ConferenceLoaders;
  conference: ConferenceData;
  requestId: string;
}
