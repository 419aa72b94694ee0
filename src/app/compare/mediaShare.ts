// Compare's one prompt across media panes, and "Same seed and aspect ratio": pure edits of each pane's form
// state (ParamState), so the panes send exactly what their own forms would after the same edits.

import type { ParamState } from '@/domain/schema';
import { isRecord } from '@/lib/json';

export interface MediaPaneParams {
  /** The pane's number on screen (1-based), for messages. */
  number: number;
  /** The pane model's schema properties (normalised). */
  properties: Record<string, unknown>;
  /** The pane's form state in effect (stored, else the schema's defaults). */
  params: ParamState;
}

/** `state` with `name` set to `value` and marked as the user's choice (sent); `undefined` unsets it. */
export function withParam(state: ParamState, name: string, value: unknown): ParamState {
  const values = { ...state.values };
  const explicit = state.explicit.filter((n) => n !== name);
  const verbatim = state.verbatim?.filter((n) => n !== name);
  if (value === undefined) delete values[name];
  else {
    values[name] = value;
    explicit.push(name);
  }
  return verbatim === undefined ? { values, explicit } : { values, explicit, verbatim };
}

/** Why a schema property would refuse a value, or null when it takes it: the checks the form's validator would
 * make of a plain value (type, enum, const, bounds). */
export function refusal(property: unknown, value: unknown): string | null {
  if (!isRecord(property)) return null;
  if (Array.isArray(property.enum) && !property.enum.some((v) => Object.is(v, value)))
    return `does not offer ${String(value)}`;
  if (property.const !== undefined && !Object.is(property.const, value))
    return `only takes ${String(property.const)}`;
  const types = Array.isArray(property.type) ? property.type : [property.type];
  const typed = types.filter((t): t is string => typeof t === 'string');
  if (typed.length > 0) {
    const fits = typed.some((t) =>
      t === 'integer'
        ? Number.isInteger(value)
        : t === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : t === 'string'
            ? typeof value === 'string'
            : t === 'boolean'
              ? typeof value === 'boolean'
              : true,
    );
    if (!fits) return `takes ${typed.join(' or ')}, not ${String(value)}`;
  }
  if (typeof value === 'number') {
    if (typeof property.minimum === 'number' && value < property.minimum)
      return `takes ${property.minimum} or more, not ${value}`;
    if (typeof property.maximum === 'number' && value > property.maximum)
      return `takes ${property.maximum} or less, not ${value}`;
  }
  return null;
}

export interface PromptEdit {
  /** Index into the panes given. */
  index: number;
  params: ParamState;
}

/** The prompt written into every pane whose schema has a `prompt`; an empty prompt unsets it. */
export function setPromptEverywhere(panes: readonly MediaPaneParams[], prompt: string): PromptEdit[] {
  const edits: PromptEdit[] = [];
  panes.forEach((pane, index) => {
    if (!Object.hasOwn(pane.properties, 'prompt')) return;
    edits.push({ index, params: withParam(pane.params, 'prompt', prompt === '' ? undefined : prompt) });
  });
  return edits;
}

export const SHARED_SETTINGS = ['seed', 'aspect_ratio'] as const;

export interface ShareResult {
  edits: PromptEdit[];
  /** What was copied, and what could not be, in words. */
  copied: string[];
  refused: string[];
}

/** Pane 1's values of `names` copied into every other pane whose schema has that property and allows the
 * value; each pane that cannot take one is named with the reason. */
export function shareFromFirst(
  panes: readonly MediaPaneParams[],
  names: readonly string[] = SHARED_SETTINGS,
): ShareResult {
  const [first, ...rest] = panes;
  const result: ShareResult = { edits: [], copied: [], refused: [] };
  if (!first) return result;
  const source: Array<[string, unknown]> = [];
  for (const name of names) {
    const value = first.params.values[name];
    if (value === undefined) result.refused.push(`Pane ${first.number} has no ${name} set`);
    else source.push([name, value]);
  }
  rest.forEach((pane, i) => {
    let params = pane.params;
    for (const [name, value] of source) {
      if (!Object.hasOwn(pane.properties, name)) {
        result.refused.push(`Pane ${pane.number} has no ${name}`);
        continue;
      }
      const why = refusal(pane.properties[name], value);
      if (why) result.refused.push(`Pane ${pane.number}'s ${name} ${why}`);
      else params = withParam(params, name, value);
    }
    if (params !== pane.params) result.edits.push({ index: i + 1, params });
  });
  for (const [name, value] of source) {
    const takers = result.edits.filter((e) => Object.is(e.params.values[name], value)).length;
    result.copied.push(`${name} ${String(value)} → ${takers} ${takers === 1 ? 'pane' : 'panes'}`);
  }
  return result;
}
