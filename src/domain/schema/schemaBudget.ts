// A model's parameter schema is a stranger's input, and some schemas freeze the tab long before a form appears:
// ajv compiling a 100,000-value enum takes minutes, 5,000 properties overflow its code generator, an allOf of
// eighteen two-way anyOfs makes the form library try 2^18 combinations, and a $ref back to an ancestor makes it
// nest forever. This pass runs first, in time proportional to the schema's size and bounded by the limits below:
// it either refuses the schema with a reason (the JSON editor then takes over) or hands on a schema the form can
// afford, with notes on what it simplified.

import { isRecord, setOwn } from '@/lib/json';
import { SUBSCHEMA_KEYWORDS, SUBSCHEMA_LIST_KEYWORDS } from './schemaKeywords';

export const SCHEMA_LIMITS = {
  /** Subschemas in all (every object under properties, items, anyOf, ...). */
  nodes: 4_000,
  /** Nesting of subschemas. */
  depth: 32,
  /** Top-level parameters: beyond this a form is not a way to edit them. */
  parameters: 300,
  /** Enums longer than this are offered as a searchable list instead of a select (and not compiled by ajv). */
  inlineEnum: 200,
  /** Longest enum accepted at all. */
  enumValues: 200_000,
  /** Combinations an allOf of anyOf/oneOf choices may ask the form to consider. */
  combinations: 64,
} as const;

/** The key under which a long enum's values travel instead of `enum` (read by the form's text widget). */
export const OPTIONS_KEY = 'x-yoke-options';

export interface BudgetedSchema {
  schema: Record<string, unknown>;
  /** Why the form cannot show this schema; undefined when it can. */
  problem?: string;
  /** What was simplified ("Parameter "voice" has 100,000 choices: shown as a searchable list"). */
  notes: string[];
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

class Refused extends Error {}

/** A property name that would find Object.prototype members in a plain object lookup. */
function shadowsPrototype(name: string): boolean {
  return name === '__proto__' || Object.hasOwn(Object.prototype, name);
}

function label(path: readonly string[]): string {
  const [param, ...rest] = path;
  if (param === undefined) return 'the schema';
  return rest.length === 0 ? `parameter "${param}"` : `parameter "${param}" (at ${rest.join('/')})`;
}

function branchCount(node: unknown): number {
  if (!isRecord(node)) return 1;
  const branches = Array.isArray(node.anyOf) ? node.anyOf.length : 0;
  const alternatives = Array.isArray(node.oneOf) ? node.oneOf.length : 0;
  return Math.max(1, branches) * Math.max(1, alternatives);
}

/** A $ref target that (transitively) refers back into itself — rjsf would expand it forever — or null. A ref
 * inside target A's subtree makes an edge from A to the ref's target; a ref to an ancestor is then a loop. */
function recursiveRef(refs: ReadonlyArray<readonly [string, string]>): string | null {
  const within = (location: string, target: string) =>
    target === '' || location === target || location.startsWith(`${target}/`);
  const targets = [...new Set(refs.map(([, target]) => target))];
  const edges = new Map<string, string[]>(targets.map((t) => [t, []]));
  for (const [location, to] of refs) {
    for (const t of targets) if (within(location, t)) edges.get(t)?.push(to);
  }
  // Iterative depth-first search with colours: grey = on the current path; meeting a grey node is a cycle.
  const colour = new Map<string, 'grey' | 'black'>();
  for (const start of targets) {
    if (colour.has(start)) continue;
    const stack: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    colour.set(start, 'grey');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number };
      const out = edges.get(frame.node) ?? [];
      if (frame.next >= out.length) {
        colour.set(frame.node, 'black');
        stack.pop();
        continue;
      }
      const to = out[frame.next++] as string;
      const seen = colour.get(to);
      if (seen === 'grey') return to;
      if (seen === undefined && edges.has(to)) {
        colour.set(to, 'grey');
        stack.push({ node: to, next: 0 });
      }
    }
  }
  return null;
}

/** The JSON pointer a local $ref names, percent-decoded (it sits in a URI fragment). */
function pointerOf(ref: string): string {
  try {
    return decodeURIComponent(ref.slice(1));
  } catch {
    return ref.slice(1);
  }
}

/** Checks `schema` against the limits and returns the affordable version of it. */
export function budgetSchema(schema: Record<string, unknown>): BudgetedSchema {
  const notes: string[] = [];
  let nodes = 0;
  // [where a $ref is, the pointer it refers to]
  const refs: Array<[string, string]> = [];

  const visit = (node: unknown, path: string[], pointer: string, depth: number): unknown => {
    if (!isRecord(node)) return node;
    nodes += 1;
    if (nodes > SCHEMA_LIMITS.nodes)
      throw new Refused(`the schema has more than ${SCHEMA_LIMITS.nodes.toLocaleString('en-US')} parts`);
    if (depth > SCHEMA_LIMITS.depth) throw new Refused(`${label(path)} is nested too deeply`);
    let out: Record<string, unknown> = node;
    const copy = () => {
      if (out === node) out = { ...node };
      return out;
    };
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#'))
      refs.push([pointer, pointerOf(node.$ref)]);
    if (Array.isArray(node.enum) && node.enum.length > SCHEMA_LIMITS.inlineEnum) {
      if (node.enum.length > SCHEMA_LIMITS.enumValues)
        throw new Refused(`${label(path)} has ${node.enum.length.toLocaleString('en-US')} choices`);
      const values = node.enum;
      const target = copy();
      delete target.enum;
      target[OPTIONS_KEY] = values;
      if (target.type === undefined && values.every((v) => typeof v === 'string')) target.type = 'string';
      notes.push(
        `${label(path)} has ${values.length.toLocaleString('en-US')} choices: shown as a searchable list.`,
      );
    }
    if (Array.isArray(node.allOf)) {
      const combinations = node.allOf.reduce<number>((product, member) => product * branchCount(member), 1);
      if (combinations > SCHEMA_LIMITS.combinations)
        throw new Refused(
          `${label(path)} combines ${combinations.toLocaleString('en-US')} alternatives, more than the form can weigh`,
        );
    }
    for (const key of SUBSCHEMA_KEYWORDS) {
      const child = node[key];
      if (!isRecord(child)) continue;
      const next = visit(child, [...path, key], `${pointer}/${key}`, depth + 1);
      if (next !== child) copy()[key] = next;
    }
    for (const key of SUBSCHEMA_LIST_KEYWORDS) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      const next = list.map((item, i) =>
        visit(item, [...path, `${key}/${i}`], `${pointer}/${key}/${i}`, depth + 1),
      );
      if (next.some((item, i) => item !== list[i])) copy()[key] = next;
    }
    for (const key of SUBSCHEMA_MAPS) {
      const map = node[key];
      if (!isRecord(map)) continue;
      const names = Object.keys(map);
      if (path.length === 0 && key === 'properties' && names.length > SCHEMA_LIMITS.parameters)
        throw new Refused(
          `the schema has ${names.length.toLocaleString('en-US')} parameters; the form shows at most ${SCHEMA_LIMITS.parameters}`,
        );
      let changed: Record<string, unknown> | null = null;
      for (const name of names) {
        if (key === 'properties' && shadowsPrototype(name))
          throw new Refused(`a parameter is named "${name}", which the form cannot hold`);
        const child = map[name];
        const next = visit(
          child,
          path.length === 0 && key === 'properties' ? [name] : [...path, `${key}/${name}`],
          `${pointer}/${key}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          depth + 1,
        );
        if (next !== child) {
          changed ??= { ...map };
          changed[name] = next;
        }
      }
      if (changed) copy()[key] = changed;
    }
    // OpenAPI keeps definitions in the root's components.schemas; $refs reach them like $defs, so they are
    // held to the same limits.
    const components = depth === 0 ? node.components : undefined;
    if (isRecord(components) && isRecord(components.schemas)) {
      const schemas = components.schemas;
      let changed: Record<string, unknown> | null = null;
      for (const [name, child] of Object.entries(schemas)) {
        const escaped = name.replace(/~/g, '~0').replace(/\//g, '~1');
        const next = visit(child, [`components/schemas/${name}`], `/components/schemas/${escaped}`, 1);
        if (next === child) continue;
        changed ??= { ...schemas };
        setOwn(changed, name, next);
      }
      if (changed) copy().components = { ...components, schemas: changed };
    }
    return out;
  };

  try {
    const budgeted = visit(schema, [], '', 0) as Record<string, unknown>;
    const cyclic = recursiveRef(refs);
    if (cyclic !== null)
      throw new Refused(
        `it refers to itself ("$ref": "#${cyclic}" inside its own definition), which the form would expand forever`,
      );
    return { schema: budgeted, notes };
  } catch (error) {
    if (error instanceof Refused) return { schema, problem: error.message, notes };
    throw error;
  }
}
