import { roomConfig } from '../commands/callback-config';
import { callbackConfigModule } from './callback-config.resolver';

export { callbackConfigModule } from './callback-config.resolver';

/** Conference's callback configuration (room_config): `callbackConfig` and its three mutations. */
export const conferenceCallbackConfig = callbackConfigModule('conference', roomConfig, {
  eventEnum: 'ConferenceEvent', type: 'CallbackConfig', title: 'Conference',
  query: 'callbackConfig', create: 'createCallbackConfig', update: 'updateCallbackConfig', delete: 'deleteCallbackConfig',
});
