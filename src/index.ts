/** roomgraph's public API: create a gateway from a configuration. */
export { createGateway } from './server/gateway';
export type { Gateway, GatewayOptions } from './server/gateway';
export { loadConfig, ConfigError } from './config';
export type { GatewayConfig } from './config';
