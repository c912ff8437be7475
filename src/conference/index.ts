import { BannedMemberResolver, RoomResolver } from './room.resolver';
import { MemberResolver } from './member.resolver';
import { SeatResolver } from './seat.resolver';
import { CallbackConfigResolver } from './callback-config.resolver';

export const conferenceResolvers = [RoomResolver, BannedMemberResolver, MemberResolver, SeatResolver, CallbackConfigResolver] as const;
