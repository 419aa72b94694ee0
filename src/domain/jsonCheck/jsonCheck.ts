// Checks JSON against a JSON Schema the user typed: a tool's parameters (the model's arguments are checked
// against it) and a structured-output schema (the answer is). Both schemas are text being edited, and may be
// pasted from anywhere, so a schema goes through the same guards as a model's parameter schema before ajv sees
// it — the budget (size, depth, self-reference), long enums checked by set lookup instead of compiled code
// (ajv takes a minute over 50,000 values) and patterns that backtrack exponentially left unchecked — so no
// schema can freeze the page. Validators are compiled on first use and kept per schema text.

import type { default as Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { budgetSchema, OPTIONS_KEY, patternRisk, resolveRef, schemaEngine } from '@/domain/schema';
import { isRecord, jsonEqual } from '@/lib/json';
import { readJsonText } from './jsonText';

/** One thing wrong, at a JSON pointer into the checked document ("/" is the whole of it). */
export interface JsonProblem {
  path: string;
  message: string;
}

export function problemText(problem: JsonProblem): string {
  return `${problem.path}: ${problem.message}`;
}

export type SchemaCheck =
  | { ok: true; schema: Record<string, unknown> | boolean; notes: string[] }
  | { ok: false; stage: 'json' | 'schema'; problems: JsonProblem[] };

export type ValueCheck =
  | { kind: 'valid'; value: unknown; notes: string[] }
  | { kind: 'invalid'; value: unknown; errors: JsonProblem[]; more: number }
  | { kind: 'not-json'; raw: string; message: string }
  /** The schema itself cannot be used: the value was read, but not checked. */
  | { kind: 'schema-problem'; value: unknown; problems: JsonProblem[] };

/** Errors listed at most; the rest are counted. */
export const MAX_LISTED_ERRORS = 50;

// Unoptimised code: compiling is what the user waits for (the first check after an edit of the schema), and the
// validator still checks a 200 KB answer within a frame (see the benchmark).
// Created on first use: ajv arrives with the schema engine, after the first paint (see loadSchemaEngine).
let shared: Ajv | null = null;
function createAjv(): Ajv {
  const ajv = new (schemaEngine().AjvClass)({
    strict: false,
    allErrors: true,
    validateFormats: false,
    logger: false,
    code: { optimize: false },
  });
  // A long enum travels under OPTIONS_KEY (see budgetSchema) and is checked by lookup, with enum's own message.
  ajv.addKeyword({
    keyword: OPTIONS_KEY,
    schemaType: 'array',
    compile(values: unknown[]) {
      const simple = new Set(values.filter((v) => v === null || typeof v !== 'object'));
      const complex = values.filter((v) => v !== null && typeof v === 'object');
      const check = (data: unknown) =>
        simple.has(data) || (typeof data === 'object' && complex.some((v) => jsonEqual(v, data)));
      const fn = (data: unknown) => {
        const ok = check(data);
        fn.errors = ok
          ? undefined
          : [{ keyword: 'enum', message: 'must be equal to one of the allowed values', params: {} }];
        return ok;
      };
      fn.errors = undefined as undefined | Array<Partial<ErrorObject>>;
      return fn;
    },
  });
  return ajv;
}
const ajvNow = (): Ajv => {
  shared ??= createAjv();
  return shared;
};

const pointer = (path: readonly string[]) =>
  `/${path.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

// Keys whose values are data, not subschemas: a "pattern" or "$ref" inside them is just a string.
const DATA_KEYS = new Set(['enum', 'const', 'default', 'examples', OPTIONS_KEY]);

/** Leaves out patterns that could take exponential time (noted), and lists $refs that point nowhere. */
function inspect(root: unknown): { schema: unknown; notes: string[]; problems: JsonProblem[] } {
  const notes: string[] = [];
  const problems: JsonProblem[] = [];
  const walk = (node: unknown, path: string[], depth: number): unknown => {
    if (Array.isArray(node)) {
      const next = node.map((item, i) => walk(item, [...path, String(i)], depth + 1));
      return next.some((item, i) => item !== node[i]) ? next : node;
    }
    if (!isRecord(node) || depth > 64) return node;
    let out = node;
    const copy = () => {
      if (out === node) out = { ...node };
      return out;
    };
    for (const [key, value] of Object.entries(node)) {
      if (DATA_KEYS.has(key)) continue;
      const here = [...path, key];
      if (key === 'pattern' && typeof value === 'string') {
        const risk = patternRisk(value);
        if (risk) {
          delete copy().pattern;
          notes.push(`${pointer(here)} is not checked here: ${risk}, which can take exponential time.`);
        }
      } else if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#'))
          problems.push({
            path: pointer(here),
            message: `refers outside this schema (${value}), which is not followed`,
          });
        else if (resolveRef(root, value) === undefined)
          problems.push({ path: pointer(here), message: `points nowhere (${value})` });
      } else if (key === 'patternProperties' && isRecord(value)) {
        const kept: Record<string, unknown> = {};
        for (const [pattern, sub] of Object.entries(value)) {
          const risk = patternRisk(pattern);
          if (risk) notes.push(`A property pattern at ${pointer(here)} is not used here: ${risk}.`);
          else kept[pattern] = walk(sub, [...here, pattern], depth + 1);
        }
        copy().patternProperties = kept;
      } else if (typeof value === 'object' && value !== null) {
        const next = walk(value, here, depth + 1);
        if (next !== value) copy()[key] = next;
      }
    }
    return out;
  };
  return { schema: walk(root, [], 0), notes, problems };
}

/** The errors worth reading: an anyOf/oneOf's summary is dropped where a branch already says what is wrong at
 * the same place, repeats are dropped, and the list is bounded. */
function readable(
  errors: readonly ErrorObject[],
  firstPerPath = false,
): { problems: JsonProblem[]; more: number } {
  const paths = new Set(
    errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const problems: JsonProblem[] = [];
  for (const e of errors) {
    if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && paths.has(e.instancePath)) continue;
    // The meta-schema's alternatives ("a type name, or a list of them") each say no: the first says why.
    if (firstPerPath && problems.some((p) => p.path === (e.instancePath || '/'))) continue;
    const extra =
      e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string'
        ? ` ("${e.params.additionalProperty}")`
        : '';
    const problem = { path: e.instancePath || '/', message: `${e.message ?? 'is not valid'}${extra}` };
    const key = problemText(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return {
    problems: problems.slice(0, MAX_LISTED_ERRORS),
    more: Math.max(0, problems.length - MAX_LISTED_ERRORS),
  };
}

interface Entry {
  check: SchemaCheck;
  /** The schema ajv compiles (budgeted, risky patterns out), when the check passed. */
  usable?: Record<string, unknown> | boolean;
  validate?: ValidateFunction;
  compileProblems?: JsonProblem[];
}

// Schema texts seen lately, newest last. Bounded: every edit of a schema is a new text.
const MAX_CACHED = 32;
const entries = new Map<string, Entry>();

function remember(text: string, entry: Entry): Entry {
  entries.set(text, entry);
  if (entries.size > MAX_CACHED) {
    const [oldest, old] = entries.entries().next().value as [string, Entry];
    entries.delete(oldest);
    if (old.validate && typeof old.usable === 'object') ajvNow().removeSchema(old.usable);
  }
  return entry;
}

function entryOf(text: string): Entry {
  const cached = entries.get(text);
  if (cached) return cached;
  const read = readJsonText(text);
  if (!read.ok)
    return remember(text, {
      check: { ok: false, stage: 'json', problems: [{ path: '/', message: `not JSON: ${read.message}` }] },
    });
  const parsed = read.value;
  if (typeof parsed === 'boolean')
    return remember(text, { check: { ok: true, schema: parsed, notes: [] }, usable: parsed });
  if (!isRecord(parsed))
    return remember(text, {
      check: {
        ok: false,
        stage: 'schema',
        problems: [{ path: '/', message: 'a JSON Schema is an object (or true/false)' }],
      },
    });
  // Checked as draft-07 whatever it names: ajv would refuse a $schema it has not loaded, and the keywords tools
  // use are the same in every draft. A root $id is dropped so that two schemas naming one $id can be cached.
  const { $schema: _named, $id: _id, ...schema } = parsed;
  const budget = budgetSchema(schema);
  if (budget.problem)
    return remember(text, {
      check: {
        ok: false,
        stage: 'schema',
        problems: [{ path: '/', message: `too costly to check: ${budget.problem}` }],
      },
    });
  // The meta-schema check runs on the budgeted schema: with a long enum inside, ajv's meta-check is quadratic.
  if (!ajvNow().validateSchema(budget.schema)) {
    const { problems } = readable(ajvNow().errors ?? [], true);
    return remember(text, { check: { ok: false, stage: 'schema', problems } });
  }
  const inspected = inspect(budget.schema);
  if (inspected.problems.length > 0)
    return remember(text, { check: { ok: false, stage: 'schema', problems: inspected.problems } });
  const notes = [
    ...budget.notes.map((n) => n.replace(/: shown as a searchable list\.$/, ': checked by lookup.')),
    ...inspected.notes,
  ];
  return remember(text, {
    check: { ok: true, schema: parsed, notes },
    usable: inspected.schema as Record<string, unknown>,
  });
}

/** Whether `text` is a JSON Schema: the schema, or what is wrong with it, each problem at its path. */
export function checkSchemaText(text: string): SchemaCheck {
  return entryOf(text).check;
}

function validatorOf(entry: Entry): ValidateFunction | JsonProblem[] {
  if (entry.validate) return entry.validate;
  if (entry.compileProblems) return entry.compileProblems;
  try {
    entry.validate = ajvNow().compile(entry.usable ?? true);
    return entry.validate;
  } catch (error) {
    entry.compileProblems = [{ path: '/', message: error instanceof Error ? error.message : String(error) }];
    return entry.compileProblems;
  }
}

/** Checks an already parsed value against the schema text. */
export function checkValue(schemaText: string, value: unknown): Exclude<ValueCheck, { kind: 'not-json' }> {
  const entry = entryOf(schemaText);
  if (!entry.check.ok) return { kind: 'schema-problem', value, problems: entry.check.problems };
  const validate = validatorOf(entry);
  if (Array.isArray(validate)) return { kind: 'schema-problem', value, problems: validate };
  if (validate(value)) return { kind: 'valid', value, notes: entry.check.notes };
  const { problems, more } = readable(validate.errors ?? []);
  return { kind: 'invalid', value, errors: problems, more };
}

/** Checks JSON text (a model's tool arguments or structured answer) against the schema text: valid, the errors
 * with their paths, or not JSON at all (the raw text kept to show). */
export function checkValueText(schemaText: string, text: string): ValueCheck {
  const read = readJsonText(text);
  if (!read.ok) return { kind: 'not-json', raw: text, message: read.message };
  return checkValue(schemaText, read.value);
}

/** Forgets every cached validator (tests, and the benchmark's "compile included" figure). */
export function clearJsonCheckCache(): void {
  for (const entry of entries.values())
    if (entry.validate && typeof entry.usable === 'object') ajvNow().removeSchema(entry.usable);
  entries.clear();
}
