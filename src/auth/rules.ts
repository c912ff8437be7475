/**
 * What a viewer may do. Every operation needs an authenticated viewer (checked before execution);
 * fields and mutations marked `@Authorized('ADMIN')` need an admin. The README's authorization
 * table is this file.
 */
import { GraphQLError } from 'graphql';
import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Viewer } from './viewer';

export type Role = 'ADMIN';

/** Any context with a viewer (the GraphQL request context is one). */
type WithViewer = { viewer: Viewer };

export class AuthRules implements AuthCheckerInterface<WithViewer, Role> {
  check({ context }: ResolverData<WithViewer>, roles: Role[]): boolean {
    if (roles.includes('ADMIN') && !context.viewer.isAdmin) {
      throw new GraphQLError(`Forbidden: this needs an administrator; ${context.viewer.userId} is not one`, {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    return true;
  }
}
