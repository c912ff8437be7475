/**
 * A second subgraph for the composition tests: the app's own accounts service, as a team would
 * write it. It adds profile fields to roomgraph's `User` entity (by the Tencent user id) and
 * points users at roomgraph's `Room`s, which the router then fetches through roomgraph's
 * `_entities`. It counts the representations it is asked for, to show the router batched them.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

export interface Profile {
  displayName: string;
  avatarUrl: string;
  favoriteRoomIds: string[];
}

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    "A user by Tencent user id; null when this service has no profile for them."
    profile(id: ID!): User
  }

  type User @key(fields: "id") {
    id: ID!
    displayName: String!
    avatarUrl: String!
    favoriteRooms: [Room!]!
  }

  "roomgraph's room: this subgraph only refers to it by key."
  type Room @key(fields: "id", resolvable: false) {
    id: ID!
  }
`);

export interface UsersSubgraph {
  url: string;
  /** How many `User` representations `_entities` has resolved. */
  resolvedUsers(): number;
  stop(): Promise<void>;
}

export async function startUsersSubgraph(profiles: Record<string, Profile>): Promise<UsersSubgraph> {
  let resolved = 0;
  const user = (id: string) => (profiles[id] ? { id, ...profiles[id] } : null);
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: { profile: (_: unknown, { id }: { id: string }) => user(id) },
      User: {
        __resolveReference: (ref: { id: string }) => {
          resolved++;
          return user(ref.id) ?? { id: ref.id, displayName: ref.id, avatarUrl: '', favoriteRoomIds: [] };
        },
        favoriteRooms: (u: Profile) => u.favoriteRoomIds.map((id) => ({ __typename: 'Room', id })),
      },
    } as any,
  });
  const server = new ApolloServer({ schema, logger: silentLogger });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, resolvedUsers: () => resolved, stop: () => server.stop() };
}

/** Apollo's default logger says "Enabling inline tracing for this subgraph" at start; tests need not hear it. */
export const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };
