/**
 * One log line per GraphQL request: operation, viewer, duration, error codes (a request refused for
 * its token too, without operation, viewer or duration). No headers, no
 * variables. The codes are the ones clients get (RATE_LIMITED, UPSTREAM_*, …), read from the
 * original errors the way the error formatter reads them.
 */
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context';
import { clientCodeOf } from './errors';
import type { Logger } from './logger';

export function requestLogging(log: Logger): ApolloServerPlugin<Context> {
  return {
    // A bad or missing token fails the context, and Apollo then runs no request hooks: this is the
    // request's one line (an attack with forged tokens must show in the log as UNAUTHENTICATED).
    async contextCreationDidFail({ error }) {
      log.info('graphql', { requestId: randomUUID(), operation: null, viewer: null, durationMs: null, errors: [clientCodeOf(error)] });
    },
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          log.info('graphql', {
            requestId: ctx.requestId ?? contextValue.requestId,
            operation: operationName ?? null,
            viewer: ctx.viewer?.userId ?? null,
            durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
            errors: errors?.map(clientCodeOf),
          });
        },
      };
    },
  };
}
