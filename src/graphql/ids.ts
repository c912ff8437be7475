/**
 * Stable ids for types Tencent gives no id of their own (a member is a user in a room, a seat is
 * an index in a room), so client caches (Apollo Client, urql) normalise them by `__typename` and
 * `id` with no custom key code. Each part is URI-encoded and the parts are joined by `:`, which
 * encoding never leaves in a part: room ids may hold any printable ASCII, `:` and `%` included,
 * and the id still reads back to exactly one (room, user) or (room, index).
 */
import { type ClassType, FieldResolver, ID, Resolver, Root } from 'type-graphql';

/** The id of these parts, in order. */
export function stableId(...parts: readonly (string | number)[]): string {
  return parts.map((p) => encodeURIComponent(String(p))).join(':');
}

/** The description of an `id` made by `stableId` of `what` (e.g. "the room id and the user id"). */
export function describeStableId(typeName: string, what: string): string {
  return (
    `A stable id for client caches: ${what}, each URI-encoded, joined by \`:\`. ` +
    `Unique among ${typeName}s and the same in every response, so Apollo Client and urql normalise ${typeName}s by it. Treat it as opaque.`
  );
}

/**
 * The resolver of `Type.id`, made of `parts` of a value. The type declares the field itself
 * (`@Field(() => ID, { description: describeStableId(…) }) id`), so the schema lists it first;
 * this supplies its value.
 */
export function stableIdResolver<T>(Type: ClassType, parts: (value: T) => readonly (string | number)[]) {
  const made = new WeakMap<object, string>();
  @Resolver(() => Type)
  class StableIdResolver {
    @FieldResolver(() => ID)
    id(@Root() value: T): string {
      // A frozen value (made once from a cached entry, e.g. seatsOf) has the same id in every request.
      if (!Object.isFrozen(value)) return stableId(...parts(value));
      let id = made.get(value as object);
      if (id === undefined) made.set(value as object, (id = stableId(...parts(value))));
      return id;
    }
  }
  return StableIdResolver;
}
