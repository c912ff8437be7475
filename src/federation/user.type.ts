/**
 * `User`: a Tencent user id as a federation entity. Tencent keeps no profiles for the room engine
 * (it reports user ids only), so this subgraph owns just the key; another subgraph of the
 * supergraph (the app's accounts service) adds `displayName`, `avatarUrl` and the like to it.
 */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A user, by Tencent user id. This gateway knows only the id; in a federated supergraph other subgraphs add the profile fields.',
})
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID, { description: 'The Tencent user id (Member_Account, UserId).' })
  id!: string;
}

/** What a `User` is at run time: its key, nothing read from anywhere. */
export const userOf = (id: string): User => ({ id });
