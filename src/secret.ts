import { inspect } from 'node:util';

/**
 * A secret value (the admin secret key, a callback token) that cannot leak by accident: it prints,
 * serialises and inspects as `[redacted]`; only `reveal()` gives the value, and only code that signs
 * something calls it.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[redacted]';
  }
  toJSON(): string {
    return '[redacted]';
  }
  [inspect.custom](): string {
    return '[redacted]';
  }
}

export function secret(v: string | Secret): Secret {
  return v instanceof Secret ? v : new Secret(v);
}
