// Sweep (one pane per value of one parameter) and repeat (the same pane k times). Pure: the component only
// reads the schema, calls these and hands the new pane list to the store.

import { MAX_PANES, newPaneId, type Pane } from '@/domain/pane';
import type { NormalizedSchema, ParamState } from '@/domain/schema';
import { derefSchema, paramLabel } from '@/domain/schema';
import { isRecord } from '@/lib/json';

export type SweepSpec =
  | {
      name: string;
      label: string;
      kind: 'number' | 'integer';
      min?: number;
      max?: number;
      exclusiveMin?: number;
      exclusiveMax?: number;
    }
  | { name: string; label: string; kind: 'enum'; options: Array<string | number> };

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The one non-null branch of `anyOf: [X, {type: 'null'}]` (how pydantic writes an optional parameter). */
function unwrapNullable(root: unknown, node: unknown): unknown {
  const resolved = derefSchema(root, node);
  if (!isRecord(resolved)) return resolved;
  const branches = resolved.anyOf ?? resolved.oneOf;
  if (!Array.isArray(branches)) return resolved;
  const real = branches.map((b) => derefSchema(root, b)).filter((b) => !(isRecord(b) && b.type === 'null'));
  return real.length === 1 ? { ...resolved, ...(real[0] as object) } : resolved;
}

function specOf(root: unknown, name: string, label: string, node: unknown): SweepSpec | null {
  const schema = unwrapNullable(root, node);
  if (!isRecord(schema)) return null;
  if (Array.isArray(schema.enum)) {
    const options = schema.enum.filter(
      (v): v is string | number => typeof v === 'string' || typeof v === 'number',
    );
    return options.length > 1 ? { name, label, kind: 'enum', options } : null;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type !== 'number' && type !== 'integer') return null;
  // Draft 4 wrote exclusiveMinimum as a boolean beside minimum; later drafts as the bound itself.
  const exclusiveMin =
    schema.exclusiveMinimum === true ? finite(schema.minimum) : finite(schema.exclusiveMinimum);
  const exclusiveMax =
    schema.exclusiveMaximum === true ? finite(schema.maximum) : finite(schema.exclusiveMaximum);
  return {
    name,
    label,
    kind: type,
    min: schema.exclusiveMinimum === true ? undefined : finite(schema.minimum),
    max: schema.exclusiveMaximum === true ? undefined : finite(schema.maximum),
    exclusiveMin,
    exclusiveMax,
  };
}

/** The top-level parameters a sweep can vary: numbers, integers and enums, in the form's order. */
export function sweepableParams(normalized: NormalizedSchema): SweepSpec[] {
  if (normalized.problem) return [];
  const properties = isRecord(normalized.schema.properties) ? normalized.schema.properties : {};
  const specs: SweepSpec[] = [];
  for (const name of normalized.order) {
    const spec = specOf(normalized.schema, name, paramLabel(normalized, name), properties[name]);
    if (spec) specs.push(spec);
  }
  return specs;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

// Plain decimal notation only: Number() would also accept "0x10", "Infinity" and "" (as 0).
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function checkNumber(
  token: string,
  spec: Extract<SweepSpec, { kind: 'number' | 'integer' }>,
): Parsed<number> {
  if (!DECIMAL.test(token)) return { ok: false, error: `"${token}" is not a number.` };
  const value = Number(token);
  if (spec.kind === 'integer' && !Number.isInteger(value))
    return { ok: false, error: `${spec.label} takes whole numbers; "${token}" is not one.` };
  if (spec.min !== undefined && value < spec.min)
    return { ok: false, error: `${spec.label} must be at least ${spec.min}; ${token} is below.` };
  if (spec.max !== undefined && value > spec.max)
    return { ok: false, error: `${spec.label} must be at most ${spec.max}; ${token} is above.` };
  if (spec.exclusiveMin !== undefined && value <= spec.exclusiveMin)
    return { ok: false, error: `${spec.label} must be above ${spec.exclusiveMin}; ${token} is not.` };
  if (spec.exclusiveMax !== undefined && value >= spec.exclusiveMax)
    return { ok: false, error: `${spec.label} must be below ${spec.exclusiveMax}; ${token} is not.` };
  return { ok: true, value };
}

/**
 * Reads "0, 0.5, 1" (commas, or spaces when there is no comma) into values checked against the parameter's
 * schema: type, bounds, enum membership; no duplicates; between 2 and MAX_PANES values.
 */
export function parseSweepValues(text: string, spec: SweepSpec): Parsed<Array<string | number>> {
  const tokens = text
    .split(text.includes(',') ? ',' : /\s+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tokens.length < 2) return { ok: false, error: 'Give at least two values, separated by commas.' };
  if (tokens.length > MAX_PANES)
    return { ok: false, error: `Give at most ${MAX_PANES} values: there can be at most ${MAX_PANES} panes.` };
  const values: Array<string | number> = [];
  for (const token of tokens) {
    let value: string | number;
    if (spec.kind === 'enum') {
      const match = spec.options.find((option) => String(option) === token);
      if (match === undefined)
        return { ok: false, error: `"${token}" is not one of ${spec.options.map(String).join(', ')}.` };
      value = match;
    } else {
      const checked = checkNumber(token, spec);
      if (!checked.ok) return checked;
      value = checked.value;
    }
    if (values.includes(value)) return { ok: false, error: `${token} is listed twice.` };
    values.push(value);
  }
  return { ok: true, value: values };
}

export interface NewPanes {
  panes: Pane[];
  /** The panes to run now, in order. */
  runIds: string[];
}

function copyOf(source: Pane, id: string, paramsByModel = structuredClone(source.paramsByModel)): Pane {
  return { ...source, id, paramsByModel };
}

/**
 * One pane per value: copies of the source with `name` set (and explicit, so it is sent even when it equals the
 * default) on the source's model. `baseParams` is the source's effective form state (defaults filled in for a
 * model never touched). The copies replace the source, or follow it when `keepSource`.
 */
export function sweepPanes(
  panes: readonly Pane[],
  sourceId: string,
  name: string,
  values: ReadonlyArray<string | number>,
  baseParams: ParamState,
  keepSource: boolean,
  makeId: () => string = newPaneId,
): Parsed<NewPanes> {
  const index = panes.findIndex((p) => p.id === sourceId);
  const source = panes[index];
  if (!source) return { ok: false, error: 'That pane no longer exists.' };
  const total = panes.length - (keepSource ? 0 : 1) + values.length;
  if (total > MAX_PANES) {
    const others = panes.length - (keepSource ? 0 : 1);
    return {
      ok: false,
      error: `${values.length} values need ${values.length} panes; with the ${others} other pane${others === 1 ? '' : 's'} that makes ${total}, more than the ${MAX_PANES} allowed. Remove panes or sweep fewer values.`,
    };
  }
  const explicit = baseParams.explicit.includes(name) ? baseParams.explicit : [...baseParams.explicit, name];
  const swept = values.map((value) => {
    const params: ParamState = {
      values: { ...structuredClone(baseParams.values), [name]: value },
      explicit: [...explicit],
    };
    return copyOf(source, makeId(), { ...structuredClone(source.paramsByModel), [source.modelId]: params });
  });
  const kept = keepSource ? [source] : [];
  return {
    ok: true,
    value: {
      panes: [...panes.slice(0, index), ...kept, ...swept, ...panes.slice(index + 1)],
      runIds: swept.map((p) => p.id),
    },
  };
}

/** The source pane and k−1 copies right after it, all to be run together to see how much answers vary. */
export function repeatPanes(
  panes: readonly Pane[],
  sourceId: string,
  k: number,
  makeId: () => string = newPaneId,
): Parsed<NewPanes> {
  const index = panes.findIndex((p) => p.id === sourceId);
  const source = panes[index];
  if (!source) return { ok: false, error: 'That pane no longer exists.' };
  if (!Number.isInteger(k) || k < 2)
    return { ok: false, error: 'Repeat needs a whole number of runs, 2 or more.' };
  const total = panes.length - 1 + k;
  if (total > MAX_PANES) {
    const room = MAX_PANES - panes.length + 1;
    return {
      ok: false,
      error: `${k} runs need ${k} panes, which would make ${total}, more than the ${MAX_PANES} allowed. At most ${room} here.`,
    };
  }
  const copies = Array.from({ length: k - 1 }, () => copyOf(source, makeId()));
  return {
    ok: true,
    value: {
      panes: [...panes.slice(0, index + 1), ...copies, ...panes.slice(index + 1)],
      runIds: [source.id, ...copies.map((p) => p.id)],
    },
  };
}
