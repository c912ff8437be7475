/**
 * `viewer`: who the bearer token says is calling, and whether they may run mutations, so a
 * frontend can show or hide admin tools without trying a mutation first. It is the request's
 * own viewer (auth/), read from the verified UserSig: no upstream call.
 */
import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import type { ProductModule } from './product';

@ObjectType('Viewer', { description: 'Who is calling: the user the bearer token (UserSig) was issued to.' })
export class ViewerType {
  @Field(() => ID, { description: 'The caller\'s Tencent user id, as the token names it.' })
  userId!: string;

  @Field(() => Boolean, {
    description:
      'Whether the caller is a gateway admin (the Tencent admin account or listed in ROOMGRAPH_ADMINS): admins may run every ' +
      'mutation and read the admin-only fields (banned and muted members, callback configuration); others get FORBIDDEN there.',
  })
  isAdmin!: boolean;
}

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { description: 'Who is calling and whether they are an admin, from the bearer token alone (no call to Tencent).' })
  viewer(@Ctx() ctx: Context): ViewerType {
    return { userId: ctx.viewer.userId, isAdmin: ctx.viewer.isAdmin };
  }
}

/** The `viewer` query: no loaders, no callbacks. */
export const viewerModule: ProductModule = { name: 'viewer', resolvers: [ViewerResolver], costs: { Query: { viewer: {} } } };
