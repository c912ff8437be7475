/**
 * Every part of the schema a frontend developer reads in GraphiQL or their IDE carries a
 * description in their words: what it is, units, limits, who may use it, errors worth handling.
 * A Tencent command name alone ("create_room.") says nothing to them, so a description that only
 * starts with one fails too (the command may follow, in parentheses).
 *
 * Skipped: introspection and federation-spec types and fields (`__…`, `_…`, `link__…`,
 * `federation__…`), the built-in scalars, and the root operation types themselves (their fields
 * are checked), which type-graphql gives no description.
 */
import {
  isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType,
  type GraphQLArgument, type GraphQLNamedType,
} from 'graphql';
import { gatewaySchema } from '../../src/server/schema';

/** "create_room." / "get_seat_list; …" / "update_room_info: …": a command name where words belong. */
const COMMAND_ONLY = /^[a-z_]+(\.|;|:|$)/;

const skippedType = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

function problem(description: string | null | undefined): string | null {
  const d = description?.trim() ?? '';
  if (!d) return 'has no description';
  if (COMMAND_ONLY.test(d)) return `is described only by a Tencent command name (${JSON.stringify(d.slice(0, 40))})`;
  return null;
}

/** Every described thing of the schema, by a readable coordinate, with its description. */
function describedParts(): [string, string | null | undefined][] {
  const schema = gatewaySchema();
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
  const out: [string, string | null | undefined][] = [];
  const args = (at: string, list: readonly GraphQLArgument[]) => list.forEach((a) => out.push([`${at}(${a.name}:)`, a.description]));
  for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (skippedType(type.name)) continue;
    if (isScalarType(type) && isSpecifiedScalarType(type)) continue;
    if (!roots.has(type.name)) out.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        if (f.name.startsWith('_')) continue;
        out.push([`${type.name}.${f.name}`, f.description]);
        args(`${type.name}.${f.name}`, f.args);
      }
    } else if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) out.push([`${type.name}.${f.name}`, f.description]);
    } else if (isEnumType(type)) {
      for (const v of type.getValues()) out.push([`${type.name}.${v.name}`, v.description]);
    }
  }
  return out;
}

it('describes every type, field, argument, input field and enum value in words, not as a Tencent command', () => {
  const parts = describedParts();
  expect(parts.length).toBeGreaterThan(300);
  const failures = parts.flatMap(([at, d]) => {
    const p = problem(d);
    return p ? [`${at} ${p}`] : [];
  });
  expect(failures).toEqual([]);
});

it('flags a missing description and one that is only a command name', () => {
  expect(problem(undefined)).toBe('has no description');
  expect(problem('  ')).toBe('has no description');
  expect(problem('create_room.')).toMatch(/Tencent command/);
  expect(problem('update_room_info: only the fields given change.')).toMatch(/Tencent command/);
  expect(problem('Creates a meeting room. Admins only (create_room).')).toBeNull();
});
