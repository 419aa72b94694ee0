// A pane's title says what sets it apart from the first pane — its model, and the parameters that differ — so
// a sweep's panes read "sonnet-4 · T 0", "sonnet-4 · T 0.5", not "Pane 1", "Pane 2". Pure: the workbench's
// panes in, words out.

import { type Pane, paramsOf } from '@/domain/pane';
import { PROVIDER_LABELS, type ProviderKind } from '@/domain/provider';
import { jsonEqual } from '@/lib/json';

/** Short names for the parameters most often compared; any other parameter is named as the API names it. */
const SHORT_NAMES: Record<string, string> = {
  temperature: 'T',
  top_p: 'top-p',
  top_k: 'top-k',
  min_p: 'min-p',
  max_tokens: 'max',
  max_completion_tokens: 'max',
  n: 'n',
  reasoning_effort: 'effort',
  frequency_penalty: 'freq',
  presence_penalty: 'pres',
  repetition_penalty: 'rep',
  seed: 'seed',
  stop: 'stop',
};

/** Beyond this many, the rest is counted ("+2 more"): the title is one line of a narrow column. */
const MAX_PARAMS = 3;
const MAX_VALUE_CHARS = 16;

/** "claude-sonnet-4-20250514" → "claude-sonnet-4"; "meta-llama/Llama-3-8B:latest" → "Llama-3-8B". */
export function shortModelName(modelId: string): string {
  const last = modelId.split('/').filter(Boolean).at(-1) ?? modelId;
  const short = last
    .replace(/:latest$/, '')
    .replace(/-\d{4}-\d{2}-\d{2}$/, '')
    .replace(/-\d{8}$/, '');
  return short || modelId;
}

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** A value as the title shows it; undefined is the model's default (the parameter is not sent). */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'default';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number' || typeof value === 'string') return clip(String(value));
  return clip(JSON.stringify(value) ?? String(value));
}

/** The parameters a pane sets on purpose, with their values. Only explicit values count: the others are the
 * model's defaults and are not sent (sentParams), so they cannot set two panes apart. */
function explicitValues(pane: Pane): Map<string, unknown> {
  const state = paramsOf(pane, pane.modelId);
  const values = new Map<string, unknown>();
  for (const name of state?.explicit ?? []) {
    const value = Object.hasOwn(state?.values ?? {}, name) ? state?.values[name] : undefined;
    if (value !== undefined && value !== '') values.set(name, value);
  }
  return values;
}

/** The names on which `pane` differs from `base`. Across models only what this pane sets counts: the model
 * already sets them apart, and another model's defaults are not known here. */
function differingNames(pane: Pane, mine: Map<string, unknown>, base: Pane, theirs: Map<string, unknown>) {
  const sameModel = pane.modelId === base.modelId;
  const names = sameModel ? new Set([...theirs.keys(), ...mine.keys()]) : new Set(mine.keys());
  return [...names].filter((name) => !jsonEqual(mine.get(name), theirs.get(name)));
}

export interface PaneTitle {
  /** The words of the title, first the model: ["claude-sonnet-4", "T 0.5"]. */
  parts: string[];
  /** The title on one line: "claude-sonnet-4 · T 0.5". */
  text: string;
  /** The same with the full model id and every differing parameter (for a tooltip). */
  full: string;
}

const RANK = Object.keys(SHORT_NAMES);

/** The well-known parameters first, in the order of SHORT_NAMES, then the others by name: every pane lists
 * its differences in one order, whichever pane set what first. */
function byRank(a: string, b: string): number {
  const ra = RANK.indexOf(a);
  const rb = RANK.indexOf(b);
  if (ra !== -1 || rb !== -1) return (ra === -1 ? RANK.length : ra) - (rb === -1 ? RANK.length : rb);
  return a < b ? -1 : a > b ? 1 : 0;
}

function part(name: string, value: unknown): string {
  return `${SHORT_NAMES[name] ?? name} ${formatValue(value)}`;
}

/**
 * The title of the pane at `index`. The first pane is the reference: its title names its model and the values it
 * has for whatever another pane of the same model varies (so the first pane of a sweep shows its value too).
 * Any other pane names its model and the parameters that differ from the first pane, its own provider and its
 * own system prompt when they differ.
 */
export function paneTitle(panes: readonly Pane[], index: number, globalProvider: ProviderKind): PaneTitle {
  const pane = panes[index];
  const base = panes[0];
  if (!pane || !base) return { parts: [], text: '', full: '' };
  const mine = explicitValues(pane);
  const model = pane.modelId ? shortModelName(pane.modelId) : 'No model yet';
  let names: string[];
  if (index === 0) {
    const varied = new Set<string>();
    for (const other of panes.slice(1)) {
      if (other.modelId !== pane.modelId) continue;
      for (const name of differingNames(other, explicitValues(other), pane, mine)) varied.add(name);
    }
    names = [...varied];
  } else {
    names = differingNames(pane, mine, base, explicitValues(base));
  }
  const params = names.sort(byRank).map((name) => part(name, mine.get(name)));
  const extras: string[] = [];
  if (index > 0 && pane.provider !== base.provider) {
    extras.push(PROVIDER_LABELS[pane.provider ?? globalProvider]);
  }
  if (index > 0 && pane.systemOverride !== base.systemOverride && pane.systemOverride !== null)
    extras.push('own system prompt');
  const shown = params.slice(0, MAX_PARAMS);
  const rest = params.length - shown.length;
  const parts = [model, ...shown, ...(rest > 0 ? [`+${rest} more`] : []), ...extras];
  const full = [pane.modelId || model, ...params, ...extras].join(' · ');
  return { parts, text: parts.join(' · '), full };
}
