/**
 * A business failure inside the emulator: a Tencent `ErrorCode` and a clear English `ErrorInfo`.
 * Handlers throw it; the server turns it into a FAIL envelope. ErrorInfo never carries a UserSig,
 * a secret key or a callback token: handlers only ever see the JSON body and the identifier.
 */
import { ErrorCodes } from '../wire/envelope';

export class EmuError extends Error {
  constructor(
    readonly code: number,
    readonly info: string,
  ) {
    super(info);
  }
}

/** 100002 invalid parameter; the message names the field. */
export const invalid = (info: string): EmuError => new EmuError(ErrorCodes.INVALID_PARAMETER, info);

export const roomNotFound = (roomId: string): EmuError =>
  new EmuError(ErrorCodes.ROOM_NOT_FOUND, `room '${roomId}' does not exist or has been destroyed`);

export const notAMember = (userId: string, roomId: string): EmuError =>
  new EmuError(ErrorCodes.NOT_A_MEMBER, `'${userId}' is not a member of room '${roomId}'`);

export const noSeats = (roomId: string): EmuError =>
  new EmuError(ErrorCodes.SEATS_NOT_SUPPORTED, `room '${roomId}' does not support seats (IsSeatEnabled is false)`);

/**
 * 100004 for something other than a room that does not exist (a gift, a category, a language
 * entry): the Live gift pages document no "not found" code, so the emulator reuses the room's
 * (inferred).
 */
export const notFound = (info: string): EmuError => new EmuError(ErrorCodes.ROOM_NOT_FOUND, info);
