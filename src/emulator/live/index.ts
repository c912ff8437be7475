/**
 * Live's handlers (spec §6–§9): `live_engine_http_srv` (rooms, metadata, statistics, messages,
 * members, robots, the gift catalogue) and `live_engine_http_pk` (battles). Every Live command
 * that names a room answers 100006 for a Conference room (live/state.ts `getLiveRoom`). Each
 * file's rates are the emulator's own numbers from spec §16, never the declarations'.
 */
import type { Handler } from '../handler';
import { battleHandlers } from './battle';
import { giftCategoryHandlers } from './gift-categories';
import { giftHandlers } from './gifts';
import { memberHandlers } from './members';
import { messageHandlers } from './messages';
import { metadataHandlers } from './metadata';
import { robotHandlers } from './robots';
import { liveRoomHandlers } from './rooms';
import { statsHandlers } from './stats';

export const liveHandlers: readonly Handler[] = [
  ...liveRoomHandlers,
  ...metadataHandlers,
  ...statsHandlers,
  ...messageHandlers,
  ...memberHandlers,
  ...robotHandlers,
  ...giftHandlers,
  ...giftCategoryHandlers,
  ...battleHandlers,
];
