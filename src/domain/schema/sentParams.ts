// Which parameters go into the request, and the small state transitions of the form. Pure so that the request
// builder, the snippets and the form's "sent" badges all agree on one answer.

import { jsonEqual, setOwn } from '@/lib/json';
import type { NormalizedSchema } from './normalizeSchema';

/** What the parameter form holds for one model. `values` are the form's values (defaults included);
 * `explicit` lists the names the user set by hand — those are sent even when equal to the default. */
export interface ParamState {
  values: Record<string, unknown>;
  explicit: string[];
}

export const EMPTY_PARAMS: ParamState = { values: {}, explicit: [] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops what a form leaves behind but an API must not receive: empty strings and unset (undefined/null) items
 * that an "Add" button created, and undefined object keys. Returns undefined when nothing meaningful is left. */
function clean(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((item) => item !== undefined && item !== null);
    return items.length > 0 ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, clean(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The parameters to send, in schema order (then any names the schema does not know, e.g. typed in the JSON
 * editor). A value is sent when it is meaningful (not undefined, '', [] or {}) and the user set it explicitly or it
 * differs from the provider's default. */
export function sentParams(state: ParamState, normalized: NormalizedSchema): Record<string, unknown> {
  const explicit = new Set(state.explicit);
  const known = new Set(normalized.order);
  const names = [...normalized.order, ...Object.keys(state.values).filter((n) => !known.has(n))];
  const sent: Record<string, unknown> = {};
  for (const name of names) {
    const value = clean(state.values[name]);
    if (value === undefined) continue;
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
  if (changed.length === 0) return { values: nextValues, explicit: prev.explicit };
  const explicit = new Set(prev.explicit);
  for (const name of changed) {
    if (nextValues[name] === undefined) explicit.delete(name);
    else explicit.add(name);
  }
  return { values: nextValues, explicit: [...explicit] };
}

/** Puts one parameter back to its default (or unset when it has none) and stops sending it. */
export function resetField(state: ParamState, name: string, normalized: NormalizedSchema): ParamState {
  const values = { ...state.values };
  if (name in normalized.defaults) setOwn(values, name, normalized.defaults[name]);
  else delete values[name];
  return { values, explicit: state.explicit.filter((n) => n !== name) };
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
