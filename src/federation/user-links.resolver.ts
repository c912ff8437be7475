/**
 * `Member.user` and `LiveMember.user`: where a room's people meet the `User` entity, so a
 * supergraph can join them to another subgraph's profiles. Added here (field resolvers on the
 * products' types) so the products need not know about federation. No upstream call: the user id
 * is already in the member.
 */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Member } from '../conference/member.type';
import { LiveMember } from '../live/live-member.type';
import { User, userOf } from './user.type';

const DESCRIPTION = 'The user behind this member: the `User` entity other subgraphs add profile fields to.';

@Resolver(() => Member)
export class MemberUserResolver {
  @FieldResolver(() => User, { description: DESCRIPTION })
  user(@Root() member: Pick<Member, 'userId'>): User {
    return userOf(member.userId);
  }
}

@Resolver(() => LiveMember)
export class LiveMemberUserResolver {
  @FieldResolver(() => User, { description: DESCRIPTION })
  user(@Root() member: Pick<LiveMember, 'userId'>): User {
    return userOf(member.userId);
  }
}
