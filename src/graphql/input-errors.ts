/**
 * GraphQL's own input errors, told apart from bugs so that every argument a client gets wrong
 * answers BAD_USER_INPUT with `extensions.field` naming it, as the gateway's own checks do
 * (validate.ts). graphql-js reports a bad argument in three places, none with a code of its own:
 *
 * - validation, for a literal in the document (`room(id: null)`, `first: "ten"`):
 *   ValuesOfCorrectTypeRule's error points at the value; the argument is found around it;
 * - variable coercion (`{"first": "ten"}`): Apollo already codes these BAD_USER_INPUT; the field is
 *   the argument the variable is used for, when it is used for exactly one;
 * - execution, for a null variable in a non-null argument that has a default in the document
 *   (`Argument "id" of non-null type "ID!" must not be null.`): a plain GraphQLError, which error
 *   masking would otherwise hide as INTERNAL_SERVER_ERROR.
 */
import {
  GraphQLError, Kind, parse, visit, BREAK,
  type ASTNode, type DocumentNode, type ObjectValueNode, type OperationDefinitionNode, type ValueNode,
} from 'graphql';

export interface InputProblem {
  /** The argument, as validate.ts names fields: `first`, `input.roomId`, `ids[2]`; `$name` when only the variable is known. */
  field: string;
  message: string;
}

const VALUE_KINDS: ReadonlySet<string> = new Set([
  Kind.NULL, Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD,
]);

/** The path inside `value` (an argument's or a variable default's) that holds offset `at`, or undefined. */
function within(value: ValueNode, path: string, at: number): string | undefined {
  if (!value.loc || at < value.loc.start || at >= value.loc.end) return undefined;
  if (value.kind === Kind.OBJECT) {
    for (const f of value.fields) {
      if (f.loc && at >= f.loc.start && at < f.loc.end) return within(f.value, `${path}.${f.name.value}`, at) ?? `${path}.${f.name.value}`;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [i, v] of value.values.entries()) {
      const p = within(v, `${path}[${i}]`, at);
      if (p) return p;
    }
  }
  return path;
}

/** The argument (or variable default) whose value holds offset `at` in the document. */
function argumentAt(doc: DocumentNode, at: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Argument(node) {
      found = within(node.value, node.name.value, at);
      return found ? BREAK : undefined;
    },
    VariableDefinition(node) {
      found = node.defaultValue && within(node.defaultValue, `$${node.variable.name.value}`, at);
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/** Where variable `name` is used in `operation`: the argument path of each use. */
function usesOf(operation: ASTNode, name: string): string[] {
  const uses: string[] = [];
  const walk = (value: ValueNode, path: string) => {
    if (value.kind === Kind.VARIABLE && value.name.value === name) uses.push(path);
    if (value.kind === Kind.OBJECT) (value as ObjectValueNode).fields.forEach((f) => walk(f.value, `${path}.${f.name.value}`));
    if (value.kind === Kind.LIST) value.values.forEach((v, i) => walk(v, `${path}[${i}]`));
  };
  visit(operation, { Argument: (node) => walk(node.value, node.name.value) });
  return uses;
}

function documentOf(node: ASTNode | undefined): DocumentNode | undefined {
  const source = node?.loc?.source;
  if (!source) return undefined;
  try {
    return parse(source);
  } catch {
    return undefined;
  }
}

/** A literal argument value that does not fit its type (a validation error). */
function literalProblem(error: GraphQLError): InputProblem | undefined {
  const node = error.nodes?.[0];
  if (error.nodes?.length !== 1 || !node || !VALUE_KINDS.has(node.kind) || !node.loc) return undefined;
  const doc = documentOf(node);
  let field = doc && argumentAt(doc, node.loc.start);
  if (!field) return undefined;
  // "Field "CreateRoomInput.id" of required type "ID!" was not provided." points at the object.
  const missing = /^Field "[^".]+\.([^"]+)" of required type /.exec(error.message);
  if (missing) field = `${field}.${missing[1]}`;
  return { field, message: `${field} has an invalid value: ${error.message}` };
}

/** A variable whose value does not fit its type (Apollo's BAD_USER_INPUT); the field is the argument it feeds. */
function variableProblem(error: GraphQLError): InputProblem | undefined {
  const def = error.nodes?.[0];
  if (error.nodes?.length !== 1 || def?.kind !== Kind.VARIABLE_DEFINITION || !def.loc) return undefined;
  const name = def.variable.name.value;
  // `… at "input.index"; …`: where inside the variable's value the problem is.
  const inner = new RegExp(` at "${name}((?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*)"; `).exec(error.message)?.[1] ?? '';
  const doc = documentOf(def);
  const operation = doc?.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && !!d.loc && d.loc.start <= def.loc!.start && def.loc!.start < d.loc.end,
  );
  const uses = operation ? [...new Set(usesOf(operation, name))] : [];
  const field = uses.length === 1 ? `${uses[0]}${inner}` : `$${name}${inner}`;
  // "Variable "$i" got invalid value <the whole value> at …; <why>": graphql-js keeps <why> as the
  // original error (Apollo passes it on), so the message need not echo the whole value back.
  const why = error.message.startsWith(`Variable "$${name}" got invalid value `) && error.originalError?.message;
  return { field, message: why ? `${field} has an invalid value (variable $${name}): ${why}` : `${field} has no valid value: ${error.message}` };
}

/** An argument graphql-js could not coerce while executing (no code of its own). */
function executionProblem(error: GraphQLError): InputProblem | undefined {
  const m = /^Argument "([^"]+)" (?:of non-null type|of required type|has invalid value)/.exec(error.message);
  return m ? { field: m[1], message: error.message } : undefined;
}

/**
 * The input problem `error` reports, if it is one of GraphQL's own: `error` as Apollo hands it to
 * error formatting, unwrapped from its path (so an execution error is graphql-js's own).
 */
export function inputProblemOf(error: unknown): InputProblem | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED') return literalProblem(error);
  if (code === 'BAD_USER_INPUT' && error.extensions?.field === undefined) return variableProblem(error);
  if (code === undefined && !error.originalError && !error.path) return executionProblem(error);
  return undefined;
}
