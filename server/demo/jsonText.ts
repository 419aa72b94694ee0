import type { Picker } from './prng.ts';
import { composeProse, topicOf } from './prose.ts';

// Structured output for response_format. The values are plausible rather than meaningful; what matters
// is that the text parses and, for json_schema, roughly follows the requested shape.
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'harbor', 'meadow', 'summit', 'river', 'lantern'];
const MAX_DEPTH = 5;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

function phrase(pk: Picker): string {
  return `${pk.word(WORDS)} ${pk.word(WORDS)}`;
}

export function composeJsonObject(pk: Picker, prompt: string): string {
  const prose = composeProse(pk, prompt, { effort: 'low' });
  const points = prose
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).replace(/\*\*/g, ''));
  const value = { topic: topicOf(prompt), summary: phrase(pk), points, confidence: pk.pick([0.8, 0.6, 0.9]) };
  return JSON.stringify(value, null, 2);
}

export function composeJsonForSchema(pk: Picker, prompt: string, schema: unknown): string {
  if (!isSchema(schema)) return composeJsonObject(pk, prompt);
  return JSON.stringify(valueFor(pk, schema, schema, 0), null, 2);
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  if (!m?.[1] || !m[2]) return undefined;
  const defs = root[m[1]];
  const target = isSchema(defs) ? defs[m[2]] : undefined;
  return isSchema(target) ? target : undefined;
}

function valueFor(pk: Picker, root: Schema, schema: Schema, depth: number): Json {
  if (depth > MAX_DEPTH) return null;
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref);
    return target ? valueFor(pk, root, target, depth + 1) : null;
  }
  if ('const' in schema) return schema.const as Json; // a schema's const is JSON by construction
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return pk.pick(schema.enum as Json[]);
  const branch = [schema.anyOf, schema.oneOf, schema.allOf].find(Array.isArray)?.[0];
  if (isSchema(branch)) return valueFor(pk, root, branch, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return objectFor(pk, root, schema, depth);
    case 'array': {
      const items = isSchema(schema.items) ? schema.items : { type: 'string' };
      return Array.from({ length: pk.pick([2, 3, 1]) }, () => valueFor(pk, root, items, depth + 1));
    }
    case 'integer':
      return pk.pick([3, 1, 2, 5]);
    case 'number':
      return pk.pick([0.5, 0.75, 0.25]);
    case 'boolean':
      return pk.pick([true, false]);
    case 'null':
      return null;
    case 'string':
      return phrase(pk);
    default:
      return isSchema(schema.properties) ? objectFor(pk, root, schema, depth) : phrase(pk);
  }
}

function objectFor(pk: Picker, root: Schema, schema: Schema, depth: number): Json {
  const props = isSchema(schema.properties) ? schema.properties : { summary: { type: 'string' } };
  const out: { [key: string]: Json } = {};
  for (const [key, sub] of Object.entries(props)) {
    out[key] = isSchema(sub) ? valueFor(pk, root, sub, depth + 1) : null;
  }
  return out;
}
