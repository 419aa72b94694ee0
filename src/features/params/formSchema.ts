// The schema the form and its live validator get: the normalised schema minus the patterns that could take
// exponential time (regexRisk), with a note for each. Worked out once per normalised schema.

import { type NormalizedSchema, type ObjectSchema, patternRisk } from '@/domain/schema';
import { isRecord } from '@/lib/json';

export interface FormSchema {
  schema: ObjectSchema;
  /** Everything simplified for the form: the budget's notes and the patterns left unchecked. */
  notes: string[];
}

function strip(node: unknown, where: string, notes: string[], depth: number): unknown {
  if (!isRecord(node) || depth > 64) return node;
  let out: Record<string, unknown> = node;
  const copy = () => {
    if (out === node) out = { ...node };
    return out;
  };
  if (typeof node.pattern === 'string') {
    const risk = patternRisk(node.pattern);
    if (risk) {
      delete copy().pattern;
      notes.push(`The pattern of ${where} is not checked here: ${risk}, which can take exponential time.`);
    }
  }
  if (isRecord(node.patternProperties)) {
    const kept: Record<string, unknown> = {};
    for (const [pattern, sub] of Object.entries(node.patternProperties)) {
      const risk = patternRisk(pattern);
      if (risk) notes.push(`A property pattern of ${where} is not used here: ${risk}.`);
      else kept[pattern] = strip(sub, where, notes, depth + 1);
    }
    copy().patternProperties = kept;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' || key === 'enum' || key === 'const' || key === 'default') continue;
    if (key === 'properties' && isRecord(value)) {
      const next: Record<string, unknown> = {};
      let changed = false;
      for (const [name, sub] of Object.entries(value)) {
        const stripped = strip(sub, depth === 0 ? `"${name}"` : `${where} › ${name}`, notes, depth + 1);
        next[name] = stripped;
        changed ||= stripped !== sub;
      }
      if (changed) copy().properties = next;
    } else if (Array.isArray(value)) {
      const next = value.map((item) => strip(item, where, notes, depth + 1));
      if (next.some((item, i) => item !== value[i])) copy()[key] = next;
    } else if (isRecord(value)) {
      const next = strip(value, where, notes, depth + 1);
      if (next !== value) copy()[key] = next;
    }
  }
  return out;
}

const cache = new WeakMap<NormalizedSchema, FormSchema>();

export function formSchemaOf(normalized: NormalizedSchema): FormSchema {
  let cached = cache.get(normalized);
  if (!cached) {
    const notes = [...(normalized.notes ?? [])];
    const schema = strip(normalized.schema, 'the schema', notes, 0) as ObjectSchema;
    cached = { schema, notes };
    cache.set(normalized, cached);
  }
  return cached;
}
