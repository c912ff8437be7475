/**
 * Fault injection: the next `times` REST calls matching `command` ("service/command" or "*") fail
 * in the given way instead of running. Set through the control API (POST /emulator/v1/faults).
 *
 * Effects, strongest first when combined: `delayMs` always waits first; then `dropConnection`
 * destroys the socket without an answer; else `httpStatus` / `rawBody` answer that status and body
 * as they are; else `errorCode` answers the normal FAIL envelope; a fault with only `delayMs`
 * proceeds normally after the wait.
 */
import { ErrorCodes } from '../wire/envelope';
import { invalid } from './errors';
import { Fields, type Rec } from './input';

export interface Fault {
  command: string;
  times: number;
  errorCode?: number;
  errorInfo?: string;
  httpStatus?: number;
  rawBody?: string;
  delayMs?: number;
  dropConnection?: boolean;
}

/** Reads a fault from a control-API body; 100002 naming the field when it is not usable. */
export function parseFault(body: Rec): Fault {
  const f = new Fields(body);
  const command = f.str('command', { required: true });
  if (command !== '*' && !/^[a-z_]+\/[a-z_]+$/.test(command)) {
    throw invalid('command must be "service/command" (e.g. "room_engine_http_srv/get_room_info") or "*"');
  }
  const fault: Fault = {
    command,
    times: f.int('times', { min: 1, max: 1_000_000 }) ?? 1,
    errorCode: f.int('errorCode', { min: 1 }),
    errorInfo: f.str('errorInfo', { maxBytes: 1000 }),
    httpStatus: f.int('httpStatus', { min: 100, max: 599 }),
    rawBody: f.str('rawBody', { maxBytes: 65536 }),
    delayMs: f.int('delayMs', { min: 0, max: 60_000 }),
    dropConnection: f.bool('dropConnection'),
  };
  const effects = [fault.errorCode, fault.httpStatus, fault.rawBody, fault.delayMs, fault.dropConnection || undefined];
  if (effects.every((e) => e === undefined)) {
    throw invalid('a fault needs at least one of errorCode, httpStatus, rawBody, delayMs, dropConnection');
  }
  if (fault.errorInfo !== undefined && fault.errorCode === undefined) {
    throw invalid('errorInfo needs errorCode');
  }
  return fault;
}

/** Default ErrorInfo for an injected errorCode. */
export function faultInfo(f: Fault): string {
  if (f.errorInfo !== undefined) return f.errorInfo;
  return f.errorCode === ErrorCodes.INTERNAL ? 'internal server error, please retry' : `injected fault ${f.errorCode}`;
}

export class Faults {
  private list: Fault[] = [];

  add(f: Fault): void {
    this.list.push({ ...f });
  }

  clear(): void {
    this.list = [];
  }

  /** The first pending fault matching `key`, with one use consumed; undefined when none. */
  take(key: string): Fault | undefined {
    const i = this.list.findIndex((f) => f.command === '*' || f.command === key);
    if (i < 0) return undefined;
    const f = this.list[i];
    f.times--;
    if (f.times <= 0) this.list.splice(i, 1);
    return f;
  }

  pending(): Fault[] {
    return this.list.map((f) => ({ ...f }));
  }
}
