/**
 * A federated router for the composition tests: @apollo/gateway composing roomgraph and the users
 * subgraph with IntrospectAndCompose (each subgraph's `_service { sdl }`), served by Apollo Server
 * on 127.0.0.1. It forwards the client's Authorization header to the subgraphs; only its own
 * schema loading, which has no client, uses the router's service token.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { silentLogger } from './users-subgraph';

interface RouterContext {
  authorization?: string;
}

class ForwardingAuthorization extends RemoteGraphQLDataSource<RouterContext> {
  constructor(url: string, private readonly serviceToken: string) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<RouterContext>) {
    const headers = options.request.http!.headers;
    // A client's operation (kind INCOMING_OPERATION, whose enum the package root does not export).
    if ('incomingRequestContext' in options) {
      const { authorization } = options.context as RouterContext;
      if (authorization) headers.set('authorization', authorization);
    } else {
      headers.set('authorization', `Bearer ${this.serviceToken}`); // `_service { sdl }` needs a token too
    }
  }
}

export interface Router {
  url: string;
  post(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<{ status: number; data?: any; errors?: any[] }>;
  stop(): Promise<void>;
}

export async function startRouter(subgraphs: { name: string; url: string }[], serviceToken: string): Promise<Router> {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs }),
    buildService: ({ url }) => new ForwardingAuthorization(url!, serviceToken),
    logger: silentLogger,
  });
  const server = new ApolloServer<RouterContext>({ gateway, logger: silentLogger });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    url,
    async post(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json: any = await res.json();
      return { status: res.status, data: json.data, errors: json.errors };
    },
    stop: () => server.stop(),
  };
}
