import { liveConfig, roomConfig } from '../commands/callback-config';
import { callbackConfigModule } from './callback-config.resolver';

export { callbackConfigModule } from './callback-config.resolver';

/** Conference's callback configuration (room_config): `callbackConfig` and its three mutations. */
export const conferenceCallbackConfig = callbackConfigModule('conference', roomConfig, {
  eventEnum: 'ConferenceEvent', type: 'CallbackConfig', title: 'Conference',
  query: 'callbackConfig', create: 'createCallbackConfig', update: 'updateCallbackConfig', delete: 'deleteCallbackConfig',
});

/** Live's callback configuration (live_config): `liveCallbackConfig` and its three mutations. */
export const liveCallbackConfig = callbackConfigModule('live', liveConfig, {
  eventEnum: 'LiveEvent', type: 'LiveCallbackConfig', title: 'Live',
  query: 'liveCallbackConfig', create: 'createLiveCallbackConfig', update: 'updateLiveCallbackConfig', delete: 'deleteLiveCallbackConfig',
});
