/**
 * Reading a request body: one reader per wire type, each accepting the D1 variants (booleans as
 * "true"/"false", account ids as JSON numbers, integers as digit strings) and failing with 100002
 * and a message that names the field by its full path (`RoomInfo.RoomId`). `null` counts as absent.
 * Byte limits are UTF-8 bytes (spec §3.1 emulator notes).
 */
import { invalid } from './errors';

export type Rec = Record<string, unknown>;

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface StrOpts {
  required?: boolean;
  maxBytes?: number;
}

interface IntOpts {
  required?: boolean;
  min?: number;
  max?: number;
}

/** One JSON object of the body, with the path used in error messages. */
export class Fields {
  constructor(
    private readonly o: Rec,
    private readonly prefix = '',
  ) {}

  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  has(key: string): boolean {
    return this.o[key] !== undefined && this.o[key] !== null;
  }

  private missing(key: string): never {
    throw invalid(`${this.path(key)} is required`);
  }

  /** A nested object (e.g. `RoomInfo`). */
  obj(key: string): Fields {
    const v = this.o[key];
    if (v === undefined || v === null) this.missing(key);
    if (!isRecord(v)) throw invalid(`${this.path(key)} must be a JSON object`);
    return new Fields(v, this.path(key));
  }

  str(key: string, opts: StrOpts & { required: true }): string;
  str(key: string, opts?: StrOpts): string | undefined;
  str(key: string, opts: StrOpts = {}): string | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return opts.required ? this.missing(key) : undefined;
    if (typeof v !== 'string') throw invalid(`${this.path(key)} must be a string`);
    if (opts.maxBytes !== undefined && utf8Bytes(v) > opts.maxBytes) {
      throw invalid(`${this.path(key)} must be at most ${opts.maxBytes} bytes (UTF-8), got ${utf8Bytes(v)}`);
    }
    return v;
  }

  /** A RoomId: required, non-empty, ≤48 bytes, printable ASCII 0x20–0x7e (spec §3.1). */
  roomId(key = 'RoomId'): string {
    const v = this.str(key, { required: true });
    if (v === '') throw invalid(`${this.path(key)} must not be empty`);
    if (utf8Bytes(v) > 48) throw invalid(`${this.path(key)} must be at most 48 bytes, got ${utf8Bytes(v)}`);
    if (!/^[\x20-\x7e]+$/.test(v)) throw invalid(`${this.path(key)} must contain printable ASCII characters only`);
    return v;
  }

  /** An account id: a non-empty string, or a JSON integer (D1) read as its decimal string. */
  account(key: string, opts: { required: true }): string;
  account(key: string, opts?: { required?: boolean }): string | undefined;
  account(key: string, opts: { required?: boolean } = {}): string | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return opts.required ? this.missing(key) : undefined;
    return toAccount(v, this.path(key));
  }

  /** A non-empty list of account ids, at most `max`, duplicates dropped. */
  accounts(key: string, opts: { required?: boolean; max?: number } = {}): string[] | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return opts.required ? this.missing(key) : undefined;
    if (!Array.isArray(v)) throw invalid(`${this.path(key)} must be an array of account ids`);
    if (opts.required && v.length === 0) throw invalid(`${this.path(key)} must not be empty`);
    if (opts.max !== undefined && v.length > opts.max) {
      throw invalid(`${this.path(key)} may hold at most ${opts.max} accounts, got ${v.length}`);
    }
    return [...new Set(v.map((a, i) => toAccount(a, `${this.path(key)}[${i}]`)))];
  }

  bool(key: string): boolean | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    if (v === true || v === 'true' || v === 1) return true;
    if (v === false || v === 'false' || v === 0) return false;
    throw invalid(`${this.path(key)} must be a boolean (true or false)`);
  }

  int(key: string, opts: IntOpts & { required: true }): number;
  int(key: string, opts?: IntOpts): number | undefined;
  int(key: string, opts: IntOpts = {}): number | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return opts.required ? this.missing(key) : undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,15}$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) throw invalid(`${this.path(key)} must be an integer`);
    if (opts.min !== undefined && n < opts.min) throw invalid(`${this.path(key)} must be at least ${opts.min}, got ${n}`);
    if (opts.max !== undefined && n > opts.max) throw invalid(`${this.path(key)} must be at most ${opts.max}, got ${n}`);
    return n;
  }

  /** `FreeToTake` / `ApplyToTake`, or 1 / 2 (D1). `None` is output-only (spec §3.1). */
  takeSeatMode(key = 'TakeSeatMode'): 'FreeToTake' | 'ApplyToTake' | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    if (v === 'FreeToTake' || v === 1 || v === '1') return 'FreeToTake';
    if (v === 'ApplyToTake' || v === 2 || v === '2') return 'ApplyToTake';
    throw invalid(`${this.path(key)} must be "FreeToTake" or "ApplyToTake" (or 1 / 2)`);
  }

  /** The raw array at `key` (items are read by the caller with `itemsOf`). */
  array(key: string, opts: { required?: boolean; max?: number } = {}): unknown[] | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return opts.required ? this.missing(key) : undefined;
    if (!Array.isArray(v)) throw invalid(`${this.path(key)} must be an array`);
    if (opts.required && v.length === 0) throw invalid(`${this.path(key)} must not be empty`);
    if (opts.max !== undefined && v.length > opts.max) {
      throw invalid(`${this.path(key)} may hold at most ${opts.max} items, got ${v.length}`);
    }
    return v;
  }

  /** Array items that must be objects, as Fields named `Key[i]`. */
  itemsOf(key: string, items: unknown[]): Fields[] {
    return items.map((it, i) => {
      if (!isRecord(it)) throw invalid(`${this.path(key)}[${i}] must be a JSON object`);
      return new Fields(it, `${this.path(key)}[${i}]`);
    });
  }
}

function toAccount(v: unknown, path: string): string {
  if (typeof v === 'string') {
    if (v === '') throw invalid(`${path} must not be empty`);
    return v;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return String(v);
  throw invalid(`${path} must be an account id (a string)`);
}
