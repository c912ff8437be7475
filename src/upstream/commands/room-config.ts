/**
 * `room_config` — Conference callback configuration (spec §3.14, D2). 200 calls/s where documented.
 */
import { command, envelopeOnly } from '../command';
import type { CallbackConfig } from '../model';
import { dataOf, toArray, toStr } from '../wire';

const service = 'room_config' as const;

/** get_callback (60730) — read. */
export const getCallback = command({
  service, name: 'get_callback', kind: 'read', perSecond: 200,
  body: () => ({}),
  parse: (r): CallbackConfig => {
    const d = dataOf(r);
    return { url: toStr(d.Url), commands: toArray(d.CallbackCommandList).map(toStr) };
  },
});

/** set_callback (name per D2; page 60729) — write; 100300 when a configuration exists. Limit undocumented. */
export const setCallback = command({
  service, name: 'set_callback', kind: 'write',
  body: (c: CallbackConfig) => ({ Url: c.url, CallbackCommandList: c.commands }),
  parse: envelopeOnly,
});

/** update_callback (60728) — write; 100301 when no configuration exists yet. */
export const updateCallback = command({
  service, name: 'update_callback', kind: 'write', perSecond: 200,
  body: (c: CallbackConfig) => ({ Url: c.url, CallbackCommandList: c.commands }),
  parse: envelopeOnly,
});

/** delete_callback (name per D2) — write. Limit undocumented. */
export const deleteCallback = command({
  service, name: 'delete_callback', kind: 'write',
  body: () => ({}),
  parse: envelopeOnly,
});
