/**
 * The client pipeline's vocabulary: one call as it travels, `Send` (one attempt of it), and a
 * `Layer` — one cross-cutting concern wrapped around the next `Send`. client.ts lists the layers.
 */
import type { AnyCommand } from '../commands/command';
import type { Envelope } from '../wire/envelope';

/** One call as it travels through the layers; each layer may pass on a modified copy. */
export interface UpstreamCall {
  cmd: AnyCommand;
  /** `'<servicename>/<command>'`, for errors and events. */
  command: string;
  body: Record<string, unknown>;
  /** Clock readings (ms) from the client's `now`: when `call()` began and when it must be over. */
  startedAt: number;
  deadline: number;
  /** 1 for the first attempt; set by the retry layer. */
  attempt: number;
  /** Aborts the HTTP exchange; set by the deadline layer. */
  signal?: AbortSignal;
}

export type Send = (call: UpstreamCall) => Promise<Envelope>;

export type Layer = (next: Send) => Send;

/** `compose([a, b, c], send)` is `a(b(c(send)))`: the first layer is the outermost. */
export function compose(layers: readonly Layer[], send: Send): Send {
  return layers.reduceRight((next, layer) => layer(next), send);
}
