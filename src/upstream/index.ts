/**
 * upstream/ public pieces: the client, its error family, UserSig helpers, the envelope and the
 * command table. Commands are exported per servicename and, for resolvers, merged as `conference`:
 *
 *   import { conference, createTencentClient } from '../upstream';
 *   await client.call(conference.getRoomInfo, 'room-7');
 */
import * as roomConfig from './commands/room-config';
import * as roomEngineHttpMic from './commands/room-engine-http-mic';
import * as roomEngineHttpSrv from './commands/room-engine-http-srv';

export { createTencentClient } from './client';
export type { TencentClient, TencentClientOptions } from './client';
export type { CallEvent } from './observe';
export type { BreakerOptions } from './breaker';
export {
  UpstreamError,
  TencentApiError,
  UpstreamTimeoutError,
  UpstreamNetworkError,
  UpstreamHttpStatusError,
  UpstreamProtocolError,
  UpstreamCircuitOpenError,
  UpstreamRateLimitedError,
  errorClassFor,
  isRetryable,
  isOutage,
} from './errors';
export type { ErrorClass } from './errors';
export { createAdminSig } from './admin-sig';
export type { AdminSig, AdminSigOptions } from './admin-sig';
export { genUserSig, verifyUserSig, decodeUserSig } from './usersig';
export type { GenUserSigOptions, UserSigCheck, UserSigFailure, UserSigFields, VerifyUserSigOptions } from './usersig';
export { ErrorCodes } from './envelope';
export type { Envelope } from './envelope';
export { command } from './command';
export type { AnyCommand, Command, Service } from './command';
export type * from './model';

/** Per servicename, mirroring the wire: `room_engine_http_srv`, `room_engine_http_mic`, `room_config`. */
export { roomEngineHttpSrv, roomEngineHttpMic, roomConfig };

/** Every Conference command in one namespace (rooms, members, seats, callback configuration). */
export const conference = Object.freeze({ ...roomEngineHttpSrv, ...roomEngineHttpMic, ...roomConfig });
