/**
 * Callback configuration, made for a service name: Conference's `room_config` (spec §3.14, D2)
 * and Live's `live_config` (§7.12) take the same four commands with the same bodies. Only the
 * documented per-second limits differ, so each product passes its own.
 */
import { command, envelopeOnly, noRoom, type Service } from './command';
import { bytes, items } from './limits';
import type { CallbackConfig } from './model';
import { dataOf, toArray, toStr } from './translate';

export interface CallbackConfigRates {
  get?: number;
  set?: number;
  update?: number;
  delete?: number;
}

const configLimits = { url: bytes(1000), commands: items(1, 100, 'events') };

export function callbackConfigCommands(service: Extract<Service, 'room_config' | 'live_config'>, rate: CallbackConfigRates) {
  const body = (c: CallbackConfig) => ({ Url: c.url, CallbackCommandList: c.commands });
  return Object.freeze({
    /** get_callback — read; 100301 when none is configured. */
    getCallback: command({
      service, name: 'get_callback', kind: 'read', perSecond: rate.get,
      body: () => ({}),
      parse: (r): CallbackConfig => {
        const d = dataOf(r);
        return { url: toStr(d.Url), commands: toArray(d.CallbackCommandList).map(toStr) };
      },
    }),
    /** set_callback — write; 100300 when a configuration exists. */
    setCallback: command({
      service, name: 'set_callback', kind: 'write', perSecond: rate.set, limits: configLimits,
      changes: [], room: noRoom, body, parse: envelopeOnly,
    }),
    /** update_callback — write; 100301 when no configuration exists yet. */
    updateCallback: command({
      service, name: 'update_callback', kind: 'write', perSecond: rate.update, limits: configLimits,
      changes: [], room: noRoom, body, parse: envelopeOnly,
    }),
    /** delete_callback — write. */
    deleteCallback: command({
      service, name: 'delete_callback', kind: 'write', perSecond: rate.delete,
      changes: [], room: noRoom, body: () => ({}), parse: envelopeOnly,
    }),
  });
}

export type CallbackConfigCommands = ReturnType<typeof callbackConfigCommands>;

/**
 * `room_config` — Conference: get_callback (60730) and update_callback (60728) document 200/s;
 * set_callback and delete_callback (names per D2) document none.
 */
export const roomConfig = callbackConfigCommands('room_config', { get: 200, update: 200 });

/**
 * `live_config` — Live: set_callback (64420) and update_callback (64419) document 200/s;
 * get_callback and delete_callback (names per D2) document none.
 */
export const liveConfig = callbackConfigCommands('live_config', { set: 200, update: 200 });
