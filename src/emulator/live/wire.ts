/**
 * The wire forms of a live room (D1: the documented example forms — `TakeSeatMode` as a string,
 * booleans as JSON booleans, `Category` as an array of integers).
 */
import { statsWire, type LiveRoom } from './state';

/**
 * `get_room_info` RoomInfo: the §7.4 example's fields, plus `Notice` (in its field table),
 * `SeatTemplate` (omitted for a room created without one, the old doc's way), `CustomInfo` and
 * `OnlineCount` (members present now), which the console's `LiveDetailInfo` type reads.
 */
export function liveRoomWire(room: LiveRoom): Record<string, unknown> {
  const l = room.live;
  return {
    RoomId: room.roomId,
    RoomName: room.roomName,
    RoomType: 'Live',
    Owner_Account: room.ownerId,
    CreateTime: room.createTime,
    IsSeatEnabled: room.isSeatEnabled,
    TakeSeatMode: room.takeSeatMode,
    MaxSeatCount: room.maxSeatCount,
    MaxMemberCount: room.maxMemberCount,
    IsMessageDisabled: room.isMessageDisabled,
    CoverURL: l.coverUrl,
    Category: [...l.category],
    ActivityStatus: l.activityStatus,
    ViewCount: l.viewCount,
    IsPublicVisible: l.isPublicVisible,
    Notice: l.notice,
    ...(l.seatTemplate !== undefined ? { SeatTemplate: l.seatTemplate } : {}),
    CustomInfo: room.customInfo,
    OnlineCount: room.members.size,
  };
}

/** A `get_room_list` item (spec §7.5). */
export function liveRoomListItem(room: LiveRoom): Record<string, unknown> {
  const l = room.live;
  return {
    RoomName: room.roomName,
    RoomId: room.roomId,
    Owner_Account: room.ownerId,
    CoverURL: l.coverUrl,
    Category: [...l.category],
    CreateTime: room.createTime,
    ActivityStatus: l.activityStatus,
    ViewCount: l.viewCount,
  };
}

/** `Live.CallbackAfterCreateRoom` RoomInfo (spec §9, 647/64422). */
export function createdRoomInfo(room: LiveRoom): Record<string, unknown> {
  const l = room.live;
  return {
    RoomId: room.roomId,
    RoomName: room.roomName,
    RoomType: 'Live',
    Owner_Account: room.ownerId,
    MaxMemberCount: room.maxMemberCount,
    IsMessageDisabled: room.isMessageDisabled,
    CustomInfo: room.customInfo,
    IsSeatEnabled: room.isSeatEnabled,
    TakeSeatMode: room.takeSeatMode,
    MaxSeatCount: room.maxSeatCount,
    CreateTime: room.createTime,
    IsPublicVisible: l.isPublicVisible,
    CoverURL: l.coverUrl,
    Category: [...l.category],
  };
}

/** `Live.CallbackAfterUpdateRoomInfo` RoomInfo (spec §9, 647/67938). */
export function updatedRoomInfo(room: LiveRoom): Record<string, unknown> {
  const l = room.live;
  return {
    RoomId: room.roomId,
    RoomName: room.roomName,
    MaxMemberCount: room.maxMemberCount,
    IsMessageDisabled: room.isMessageDisabled,
    CoverURL: l.coverUrl,
    Category: [...l.category],
    ActivityStatus: l.activityStatus,
    IsPublicVisible: l.isPublicVisible,
    TakeSeatMode: room.takeSeatMode,
    CustomInfo: room.customInfo,
  };
}

/** `Live.CallbackAfterDestroyRoom` body fields after `Operator_Account` (spec §9, 647/64423, 1071/78184). */
export function destroyedRoomBody(room: LiveRoom): Record<string, unknown> {
  const l = room.live;
  const { TotalMsgCount: _messages, ...statistic } = statsWire(room);
  return {
    RoomId: room.roomId,
    EventType: 'DestroyByUser',
    RoomInfo: {
      RoomName: room.roomName,
      RoomType: 'Live',
      Owner_Account: room.ownerId,
      IsSeatEnabled: room.isSeatEnabled,
      TakeSeatMode: room.takeSeatMode,
      MaxMemberCount: room.maxMemberCount,
      MaxSeatCount: room.maxSeatCount,
      Category: [...l.category],
      CustomInfo: room.customInfo,
      IsMessageDisabled: room.isMessageDisabled,
      CoverURL: l.coverUrl,
      ActivityStatus: l.activityStatus,
      IsPublicVisible: l.isPublicVisible,
      ViewCount: l.viewCount,
      BackgroundURL: l.backgroundUrl,
      IsUnlimitedRoomEnabled: l.isUnlimitedRoomEnabled,
    },
    Statistic: statistic,
  };
}
