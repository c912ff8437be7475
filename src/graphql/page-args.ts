/**
 * The paging arguments every connection takes, declared once. `first` has a default and is
 * nullable: an explicit `null` (literal or variable) means "the default", where a non-null
 * `Int! = 20` would turn `{"first": null}` into an execution error that nulls the field. The
 * range is the command's, checked by the resolver (graphql/validate.ts), so it names `first`.
 */
import { Arg, Int, createParameterDecorator } from 'type-graphql';

/** The page size when `first` is omitted or null. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page any connection serves. */
export const MAX_PAGE_SIZE = 100;

/**
 * An argument with a default that is also nullable, whose value in the resolver is the default
 * when the client omits it or sends null. Its description says so.
 */
export function ArgOrDefault<T>(name: string, typeFunc: () => unknown, defaultValue: T, description: string) {
  return createParameterDecorator<object>(
    ({ args }) => (args[name] ?? defaultValue) as T,
    {
      arg: {
        name,
        typeFunc: typeFunc as never,
        options: { nullable: true, defaultValue, description: `${description} Omitted or null: ${JSON.stringify(defaultValue)}.` },
      },
    },
  );
}

/** `first: Int = 20`: how many `noun` a page holds, 1 to `max`. */
export function First(noun: string, max = MAX_PAGE_SIZE) {
  return ArgOrDefault('first', () => Int, DEFAULT_PAGE_SIZE, `How many ${noun} the page holds: 1 to ${max}.`);
}

/** `after: String`: where the page starts. */
export function After() {
  return Arg('after', () => String, {
    nullable: true,
    description: 'An `endCursor` (or an edge\'s `cursor`) from an earlier page: the page starts right after it. Omitted or null: the start of the list. BAD_USER_INPUT for a cursor this API did not issue.',
  });
}
