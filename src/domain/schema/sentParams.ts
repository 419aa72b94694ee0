// Which parameters go into the request, and the small state transitions of the form. Pure so that the request
// builder, the snippets and the form's "sent" badges all agree on one answer.

import { jsonEqual, setOwn } from '@/lib/json';
import type { NormalizedSchema } from './normalizeSchema';

/** What the parameter form holds for one model. `values` are the form's values (defaults included);
 * `explicit` lists the names the user set by hand — those are sent even when equal to the default. */
export interface ParamState {
  values: Record<string, unknown>;
  explicit: string[];
  /** Names whose value came whole from an imported request or the JSON editor: sent exactly as they are, empty
   * objects and lists included (`"metadata": {}`, `"parameters": {}`), until the form edits them. */
  verbatim?: string[];
}

export const EMPTY_PARAMS: ParamState = { values: {}, explicit: [] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops what a form leaves behind but an API must not receive: empty strings, unset (undefined/null) items an
 * "Add" button created, and undefined object keys. Nested empty objects and lists stay: the form only makes those
 * for members a schema requires (`json_schema.schema: {}`), and they mean something. */
function clean(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.map(clean).filter((item) => item !== undefined && item !== null);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = clean(item);
      if (kept !== undefined) setOwn(out, key, kept);
    }
    return out;
  }
  return value;
}

/** A top-level value the form made empty (a list emptied, an object untouched) is a placeholder, not a choice. */
function isEmptyPlaceholder(value: unknown): boolean {
  return (
    (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

/** The parameters to send, in schema order (then any names the schema does not know, e.g. typed in the JSON
 * editor). A value is sent when it is meaningful (not undefined, '', or an empty top-level list/object the form
 * left) and the user set it explicitly or it differs from the provider's default. Verbatim values (imported, or
 * typed as JSON) are sent exactly as they are. */
export function sentParams(state: ParamState, normalized: NormalizedSchema): Record<string, unknown> {
  const explicit = new Set(state.explicit);
  const verbatim = new Set(state.verbatim ?? []);
  const known = new Set(normalized.order);
  const names = [...normalized.order, ...Object.keys(state.values).filter((n) => !known.has(n))];
  const sent: Record<string, unknown> = {};
  for (const name of names) {
    const raw = state.values[name];
    if (verbatim.has(name) && raw !== undefined) {
      setOwn(sent, name, raw);
      continue;
    }
    const value = clean(raw);
    if (value === undefined || isEmptyPlaceholder(value)) continue;
    if (explicit.has(name) || !jsonEqual(value, normalized.defaults[name])) setOwn(sent, name, value);
  }
  return sent;
}

/** The next state after the form reported `nextValues`: every name whose value changed becomes explicit, except
 * one cleared to undefined — clearing a field means "do not send it", which must survive a reload that brings
 * the default back into view. */
export function markExplicit(prev: ParamState, nextValues: Record<string, unknown>): ParamState {
  const names = new Set([...Object.keys(prev.values), ...Object.keys(nextValues)]);
  const changed = [...names].filter((n) => !jsonEqual(prev.values[n], nextValues[n]));
  if (changed.length === 0) return { ...prev, values: nextValues };
  const explicit = new Set(prev.explicit);
  for (const name of changed) {
    if (nextValues[name] === undefined) explicit.delete(name);
    else explicit.add(name);
  }
  // A value the form has edited is the form's now: it is cleaned like any other.
  const verbatim = (prev.verbatim ?? []).filter((n) => !changed.includes(n));
  return { values: nextValues, explicit: [...explicit], ...(verbatim.length > 0 ? { verbatim } : {}) };
}

/** Puts one parameter back to its default (or unset when it has none) and stops sending it. */
export function resetField(state: ParamState, name: string, normalized: NormalizedSchema): ParamState {
  const values = { ...state.values };
  if (name in normalized.defaults) setOwn(values, name, normalized.defaults[name]);
  else delete values[name];
  const verbatim = (state.verbatim ?? []).filter((n) => n !== name);
  return {
    values,
    explicit: state.explicit.filter((n) => n !== name),
    ...(verbatim.length > 0 ? { verbatim } : {}),
  };
}

/** Form state holding `values` exactly as given (an import, the JSON editor): every name explicit and verbatim. */
export function verbatimParams(values: Record<string, unknown>): ParamState {
  const names = Object.keys(values);
  return { values, explicit: names, verbatim: names };
}

/** Every parameter at its default, nothing explicit. Also the natural initial state for a model. */
export function resetAll(normalized: NormalizedSchema): ParamState {
  return { values: { ...normalized.defaults }, explicit: [] };
}

/** The form state in effect for a model: what the user left, else the schema's defaults for a model not touched
 * yet. */
export function effectiveParams(
  stored: ParamState | undefined,
  normalized: NormalizedSchema | undefined,
): ParamState {
  return stored ?? (normalized ? resetAll(normalized) : EMPTY_PARAMS);
}
