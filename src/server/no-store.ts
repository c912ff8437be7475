/**
 * `Cache-Control: no-store` on every GraphQL answer, as Apollo's cache-control plugin set it for us
 * (no type or field of this schema declares a cache hint, so every answer was uncacheable). That
 * plugin is off (server/assemble.ts) because it hooked every resolved field of every request to
 * compute a policy that always came out "no-store"; answers are per caller (a bearer token) and
 * must not be kept by shared caches anyway.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export function noStore<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
