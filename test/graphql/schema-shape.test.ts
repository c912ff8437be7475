/**
 * Rules of the schema's shape that keep frontends' lives simple, checked over the whole built
 * schema so a new field cannot quietly break them:
 * - an argument or input field with a default is nullable, so null means "the default" (a
 *   non-null one with a default makes `{"first": null}` an error);
 * - a field that takes arguments, below the root, is nullable, so a bad argument nulls that field
 *   alone (with its error) rather than the object it hangs on;
 * - every connection has Relay's full PageInfo; the people and seats of a room have stable ids.
 */
import {
  isInputObjectType, isInterfaceType, isNonNullType, isObjectType,
  type GraphQLField, type GraphQLNamedType, type GraphQLObjectType,
} from 'graphql';
import { gatewaySchema } from '../../src/server/schema';
import { stableId } from '../../src/graphql/ids';

const schema = gatewaySchema();
const ours = (t: GraphQLNamedType) => !t.name.startsWith('_') && !t.name.startsWith('link__') && !t.name.startsWith('federation__');
const types = Object.values(schema.getTypeMap()).filter(ours);
const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name));
const fieldsOf = (t: GraphQLNamedType): [string, GraphQLField<unknown, unknown>][] =>
  isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()).map((f) => [`${t.name}.${f.name}`, f]) : [];

it('makes every argument and input field that has a default nullable, so null means the default', () => {
  const defaulted = [
    ...types.flatMap(fieldsOf).flatMap(([at, f]) => f.args.map((a) => [`${at}(${a.name}:)`, a] as const)),
    ...types.filter(isInputObjectType).flatMap((t) => Object.values(t.getFields()).map((f) => [`${t.name}.${f.name}`, f] as const)),
  ].filter(([, a]) => a.defaultValue !== undefined);
  expect(defaulted.map(([at]) => at)).toEqual(expect.arrayContaining(['Room.members(first:)', 'KickMemberOffSeatInput.data', 'MoveMemberToSeatInput.policy']));
  expect(defaulted.filter(([, a]) => isNonNullType(a.type)).map(([at]) => at)).toEqual([]);
});

it('makes every field below the root that takes arguments nullable, so a bad argument nulls only that field', () => {
  const withArgs = types.filter((t) => !roots.has(t.name)).flatMap(fieldsOf).filter(([, f]) => f.args.length > 0);
  expect(withArgs.map(([at]) => at)).toEqual(expect.arrayContaining(['Room.members', 'LiveRoom.members', 'LiveRoom.metadata', 'LiveRoom.giftCount']));
  expect(withArgs.filter(([, f]) => isNonNullType(f.type)).map(([at]) => at)).toEqual([]);
});

it('gives every connection Relay\'s full PageInfo', () => {
  const connections = types.filter((t): t is GraphQLObjectType => isObjectType(t) && t.name.endsWith('Connection'));
  expect(connections.length).toBeGreaterThanOrEqual(5);
  for (const c of connections) expect(String(c.getFields().pageInfo.type)).toBe('PageInfo!');
  const pageInfo = schema.getType('PageInfo') as GraphQLObjectType;
  expect(Object.fromEntries(Object.values(pageInfo.getFields()).map((f) => [f.name, String(f.type)]))).toEqual({
    hasNextPage: 'Boolean!', hasPreviousPage: 'Boolean!', startCursor: 'String', endCursor: 'String',
  });
  for (const counted of ['MemberConnection', 'LiveMemberConnection']) {
    expect(String((schema.getType(counted) as GraphQLObjectType).getFields().totalCount.type)).toBe('Int');
  }
});

it.each(['Member', 'BannedMember', 'Seat', 'LiveMember', 'MutedMember', 'LiveBannedMember'])('gives %s a stable id: ID!', (name) => {
  expect(String((schema.getType(name) as GraphQLObjectType).getFields().id.type)).toBe('ID!');
});

describe('stableId', () => {
  it('tells apart parts whose plain joins would collide, for room ids of any printable ASCII', () => {
    expect(stableId('a:b', 'c')).not.toBe(stableId('a', 'b:c'));
    expect(stableId('a%3Ab', 'c')).not.toBe(stableId('a:b', 'c'));
    expect(stableId('room 1', 3)).toBe('room%201:3');
    expect(stableId('room', 'user')).toBe('room:user');
  });

  it('reads back to exactly its parts', () => {
    const parts = ['~!@#$%^&*()_+`-={}|[]\\:";\'<>?,./ x', 'user:1%'];
    expect(stableId(...parts).split(':').map(decodeURIComponent)).toEqual(parts);
  });
});
