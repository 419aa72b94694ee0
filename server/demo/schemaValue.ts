// Schema-driven values for structured output and tool arguments. The aim is a value that validates against
// the schema (types, required, enums, bounds, lengths, formats, patterns, $ref, allOf/anyOf/oneOf) and reads
// plausibly: strings follow the property's name ("city" gets a city), so a tool call looks like one.

import { patternSample } from './patternSample.ts';
import type { Picker } from './prng.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = Record<string, unknown>;

// Deeper than this, objects get only their required members and arrays their minimum length, which is what
// ends a recursive schema ($ref: '#').
const FULL_DEPTH = 6;
const HARD_DEPTH = 24;
// Bounds what one request can make the demo build, whatever the schema asks (minItems: 1e9, say): past
// these the value is cut short and no longer valid, which only a hostile schema sees.
const MAX_NODES = 5_000;
const MAX_ITEMS = 200;
const MAX_STRING = 10_000;
const WORDS = ['alpha', 'bravo', 'delta', 'echo', 'harbor', 'meadow', 'summit', 'river', 'lantern'];

interface Ctx {
  pk: Picker;
  root: Schema;
  topic: string;
  nodes: number;
}

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value valid against `schema` (best effort for keywords the demo does not know). */
export function valueForSchema(pk: Picker, schema: unknown, topic: string): Json {
  const root = isSchema(schema) ? schema : {};
  return valueFor({ pk, root, topic, nodes: 0 }, schema, 0, '');
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isSchema(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return isSchema(node) ? node : undefined;
}

/** Folds $ref, allOf and the chosen anyOf/oneOf branch into one flat schema. */
function flatten(ctx: Ctx, schema: Schema, guard = 0): Schema {
  if (guard > 8) return schema;
  let out: Schema = { ...schema };
  if (typeof out.$ref === 'string') {
    const target = resolveRef(ctx.root, out.$ref);
    const { $ref: _ref, ...rest } = out;
    out = target ? merge(flatten(ctx, target, guard + 1), rest) : rest;
  }
  if (Array.isArray(out.allOf)) {
    const { allOf, ...rest } = out;
    out = (allOf as unknown[])
      .filter(isSchema)
      .reduce<Schema>((acc, s) => merge(acc, flatten(ctx, s, guard + 1)), rest);
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = out[key];
    if (!Array.isArray(branches)) continue;
    const { [key]: _branches, ...rest } = out;
    const usable = branches.filter(isSchema);
    // Prefer a branch that says something over `null`, as a model filling in a field would.
    const branch = usable.find((b) => b.type !== 'null') ?? usable[0];
    out = branch ? merge(rest, flatten(ctx, branch, guard + 1)) : rest;
  }
  return out;
}

function merge(a: Schema, b: Schema): Schema {
  const out: Schema = { ...a, ...b };
  if (isSchema(a.properties) && isSchema(b.properties)) out.properties = { ...a.properties, ...b.properties };
  if (Array.isArray(a.required) && Array.isArray(b.required)) {
    out.required = [...new Set([...a.required, ...b.required])];
  }
  return out;
}

function typeOf(schema: Schema): string {
  const declared = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const named = declared.find((t) => t !== 'null') ?? declared[0];
  if (typeof named === 'string') return named;
  if (
    isSchema(schema.properties) ||
    Array.isArray(schema.required) ||
    isSchema(schema.additionalProperties)
  ) {
    return 'object';
  }
  if (schema.items !== undefined || Array.isArray(schema.prefixItems)) return 'array';
  if ('minimum' in schema || 'maximum' in schema || 'multipleOf' in schema) return 'number';
  return 'string';
}

function valueFor(ctx: Ctx, raw: unknown, depth: number, key: string): Json {
  if (raw === false || depth > HARD_DEPTH || ++ctx.nodes > MAX_NODES) return null;
  if (!isSchema(raw)) return stringFor(ctx, {}, key);
  const schema = flatten(ctx, raw);
  if ('const' in schema) return schema.const as Json; // a schema's const is JSON by construction
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return ctx.pk.pick(schema.enum as Json[]);
  switch (typeOf(schema)) {
    case 'object':
      return objectFor(ctx, schema, depth);
    case 'array':
      return arrayFor(ctx, schema, depth, key);
    case 'integer':
      return numberFor(ctx, schema, key, true);
    case 'number':
      return numberFor(ctx, schema, key, false);
    case 'boolean':
      return ctx.pk.pick([true, false]);
    case 'null':
      return null;
    default:
      return stringFor(ctx, schema, key);
  }
}

function objectFor(ctx: Ctx, schema: Schema, depth: number): Json {
  const props = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const minimal = depth >= FULL_DEPTH;
  const out: { [key: string]: Json } = {};
  for (const [name, sub] of Object.entries(props)) {
    if (minimal && !required.has(name)) continue;
    out[name] = valueFor(ctx, sub, depth + 1, name);
  }
  const extra = schema.additionalProperties;
  const extraSchema = isSchema(extra) ? extra : {};
  for (const name of required) {
    if (!(name in out)) out[name] = valueFor(ctx, extraSchema, depth + 1, name);
  }
  // A map-like object (no named members) gets a couple of entries, as a model would write.
  const isMap = Object.keys(props).length === 0 && isSchema(extra) && !minimal;
  const wanted = Math.max(Number(schema.minProperties ?? 0), isMap ? 2 : 0);
  for (let i = 0; Object.keys(out).length < wanted && extra !== false && i < 64; i++) {
    const name = WORDS[i % WORDS.length] + (i >= WORDS.length ? `_${i}` : '');
    if (!(name in out)) out[name] = valueFor(ctx, extraSchema, depth + 1, name);
  }
  const max = Number(schema.maxProperties ?? Number.POSITIVE_INFINITY);
  for (const name of Object.keys(out).reverse()) {
    if (Object.keys(out).length <= max) break;
    if (!required.has(name)) delete out[name];
  }
  return out;
}

function arrayFor(ctx: Ctx, schema: Schema, depth: number, key: string): Json[] {
  const min = Math.min(MAX_ITEMS, Number(schema.minItems ?? 0));
  const max = Math.min(MAX_ITEMS, Number(schema.maxItems ?? MAX_ITEMS));
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const usual = depth >= FULL_DEPTH ? 0 : ctx.pk.pick([2, 3, 1]);
  // items: false closes a tuple at its prefixItems.
  const cap = schema.items === false ? Math.min(max, prefix.length) : max;
  const count = Math.min(cap, Math.max(min, usual, depth >= FULL_DEPTH ? 0 : prefix.length));
  const items = schema.items === undefined ? { type: 'string' } : schema.items;
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  const out: Json[] = [];
  const seen = new Set<string>();
  // Distinct items when uniqueItems asks (a few extra tries, since enums and booleans repeat quickly).
  for (let attempt = 0; out.length < count && attempt < count * 6 + 6; attempt++) {
    const sub = out.length < prefix.length ? prefix[out.length] : items;
    const value = valueFor(ctx, sub, depth + 1, singular);
    const id = JSON.stringify(value);
    if (schema.uniqueItems === true && seen.has(id)) continue;
    seen.add(id);
    out.push(value);
  }
  return out;
}

function decimals(n: number): number {
  const text = String(n);
  return text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
}

function numberFor(ctx: Ctx, schema: Schema, key: string, integer: boolean): number {
  const k = key.toLowerCase();
  const guess = /temp/.test(k)
    ? ctx.pk.pick([21.5, 18, 24])
    : /lat/.test(k)
      ? 48.85
      : /lon|lng/.test(k)
        ? 2.35
        : /age/.test(k)
          ? ctx.pk.pick([34, 27, 41])
          : /limit|count|max|num|size|days|top/.test(k)
            ? ctx.pk.pick([5, 3, 10])
            : integer
              ? ctx.pk.pick([3, 1, 2, 5])
              : ctx.pk.pick([0.5, 0.75, 0.25]);
  const exMin = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
  const exMax = typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined;
  const minimum = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const maximum = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const step = integer ? 1 : 0.01;
  let lo = Math.max(minimum ?? -Infinity, exMin === undefined ? -Infinity : exMin + step);
  let hi = Math.min(maximum ?? Infinity, exMax === undefined ? Infinity : exMax - step);
  if (integer) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  let value = Math.min(hi, Math.max(lo, integer ? Math.round(guess) : guess));
  const multipleOf = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : 0;
  if (multipleOf) {
    const places = decimals(multipleOf);
    let k = Math.round(value / multipleOf);
    if (k * multipleOf < lo) k = Math.ceil(lo / multipleOf);
    if (k * multipleOf > hi) k = Math.floor(hi / multipleOf);
    value = Number((k * multipleOf).toFixed(places));
  }
  return Number.isFinite(value) ? value : 0;
}

const CITIES = ['Paris', 'Zürich', 'Lisbon', 'Kyoto', 'São Paulo', 'Oslo'];
const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
const FORMATS: Record<string, (pk: Picker) => string> = {
  date: (pk) => pk.pick(['2025-06-14', '2025-03-02', '2024-11-28']),
  'date-time': (pk) => pk.pick(['2025-06-14T09:30:00Z', '2025-03-02T17:05:00Z']),
  time: (pk) => pk.pick(['09:30:00Z', '17:05:00Z']),
  email: (pk) => pk.pick(['ada@example.com', 'grace@example.org']),
  'idn-email': () => 'ada@example.com',
  uri: (pk) => `https://example.com/${pk.pick(WORDS)}`,
  url: (pk) => `https://example.com/${pk.pick(WORDS)}`,
  'uri-reference': (pk) => `/docs/${pk.pick(WORDS)}`,
  iri: () => 'https://example.com/',
  uuid: (pk) => {
    const hex = Array.from({ length: 32 }, () => pk.pick('0123456789abcdef'.split(''))).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  },
  ipv4: () => '192.0.2.10',
  ipv6: () => '2001:db8::1',
  hostname: (pk) => `${pk.pick(WORDS)}.example.com`,
  duration: () => 'PT15M',
  'json-pointer': () => '/items/0',
  regex: () => '^[a-z]+$',
};

function keyedString(ctx: Ctx, key: string): string {
  const { pk } = ctx;
  const k = key.toLowerCase();
  if (/city|location|place|town|destination|origin/.test(k)) return pk.pick(CITIES);
  if (/country/.test(k)) return pk.pick(['France', 'Japan', 'Portugal']);
  if (/^(name|full_?name|author|user(name)?|person)$/.test(k)) return pk.pick(NAMES);
  if (/query|search|topic|keyword|question|^q$/.test(k)) return ctx.topic;
  if (/unit/.test(k)) return pk.pick(['celsius', 'metric']);
  if (/zone|^tz$/.test(k)) return pk.pick(['Europe/Paris', 'Asia/Tokyo']);
  if (/date|day/.test(k)) return FORMATS.date?.(pk) ?? '2025-06-14';
  if (/email/.test(k)) return 'ada@example.com';
  if (/url|link|href/.test(k)) return `https://example.com/${pk.pick(WORDS)}`;
  if (/lang/.test(k)) return pk.pick(['en', 'fr']);
  if (/^id$|_id$|Id$/.test(key)) return `${pk.pick(WORDS)}-${pk.pick([42, 7, 19])}`;
  if (/title|heading/.test(k)) return `Notes on ${ctx.topic}`;
  // Free text gets quotes, so arguments and outputs carry JSON escapes for clients to handle.
  if (/note|comment|description|text|message|content|summary|body|reason/.test(k)) {
    return `About ${ctx.topic}: the "${pk.word(WORDS)}" case, in short.`;
  }
  return `${pk.word(WORDS)} ${pk.word(WORDS)}`;
}

function fitLength(text: string, min: number, max: number): string {
  let chars = Array.from(text);
  while (chars.length < min) chars = chars.concat(Array.from(chars.length === 0 ? 'alpha' : ' alpha'));
  return chars.slice(0, Math.max(min, Math.min(max, chars.length))).join('');
}

function stringFor(ctx: Ctx, schema: Schema, key: string): string {
  const min = Math.min(MAX_STRING, Number(schema.minLength ?? 0));
  const max = Number(schema.maxLength ?? Number.POSITIVE_INFINITY);
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  if (typeof schema.pattern === 'string') {
    const candidates = [format?.(ctx.pk), keyedString(ctx, key), ctx.topic].filter(
      (s): s is string => s !== undefined,
    );
    return patternSample(schema.pattern, candidates, min, max);
  }
  if (format) return format(ctx.pk);
  return fitLength(keyedString(ctx, key), min, max);
}
