/** roomgraph's public API: create a gateway from a configuration. */
export { createGateway } from './gateway';
export type { Gateway, GatewayOptions } from './gateway';
export { loadConfig, ConfigError } from './config';
export type { GatewayConfig } from './config';
