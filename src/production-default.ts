/**
 * `roomgraph serve` runs as a production server unless told otherwise: NODE_ENV defaults to
 * `production` when unset or empty (as `next start` does). graphql-js reads it once, when it is
 * first loaded, and outside production checks every type test of every resolved field against
 * types from another copy of graphql (its multi-realm guard), which made a warm 20-room page about
 * 9% dearer (BENCHMARKS.md). Apollo Server reads it for defaults this gateway sets explicitly
 * (introspection, stack traces, landing page). Imported first by the CLI, before any of those load;
 * a NODE_ENV that is set (jest's `test`, a deployment's own) is kept.
 */
if (!process.env.NODE_ENV) process.env.NODE_ENV = 'production';

export {};
