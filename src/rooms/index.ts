/**
 * What every room has, whichever product it belongs to: the `AnyRoom` interface both `Room`
 * (Conference) and `LiveRoom` implement, and the enums its fields use.
 */
export { AnyRoom, LIVE_ROOM, brandLive, isLiveRoom, type LiveBrand } from './any-room.type';
export { RoomType, SeatModeInput, TakeSeatMode } from './room.enums';
