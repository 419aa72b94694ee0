// The stored workbench, read back piece by piece: what has the expected shape is kept, what does not is dropped
// and named, so one bad pane or turn never costs the rest, and never crashes the page on every load.

import { type Conversation, readPromptParts, readTurn } from '@/domain/conversation';
import { MAX_PANES, type Pane } from '@/domain/pane';
import { isProviderKind } from '@/domain/provider';
import type { StreamChoice } from '@/domain/request';
import type { ParamState } from '@/domain/schema';
import { isRecord, isStringList, jsonExceeds, setOwn } from '@/lib/json';
import { WORKBENCH_VIEWS, type WorkbenchView } from './view';

export interface StoredWorkbench {
  conversation?: Conversation;
  stream?: StreamChoice;
  view?: WorkbenchView;
  panes?: Pane[];
  variables?: Record<string, string>;
}

/** Limits for a stored workbench: generous for real work, far below what breaks the page. */
export const STORED_LIMITS = { depth: 40, nodes: 500_000, turns: 2_000 } as const;

function readConversation(value: unknown, problems: string[]): Conversation | undefined {
  if (!isRecord(value) || !Array.isArray(value.turns)) {
    problems.push('the conversation');
    return undefined;
  }
  const turns = value.turns.slice(0, STORED_LIMITS.turns).flatMap((raw) => {
    const turn = readTurn(raw);
    return turn ? [turn] : [];
  });
  if (turns.length < value.turns.length) problems.push(`${value.turns.length - turns.length} message(s)`);
  return {
    system: typeof value.system === 'string' ? value.system : '',
    turns: turns.length > 0 ? turns : [{ role: 'user', text: '', images: [] }],
    ...readPromptParts(value, problems),
  };
}

function readParams(value: unknown): ParamState | null {
  if (!isRecord(value) || !isRecord(value.values) || !isStringList(value.explicit)) return null;
  if (jsonExceeds(value.values, { depth: 32, nodes: 100_000 })) return null;
  const verbatim = isStringList(value.verbatim) ? value.verbatim : undefined;
  return { values: value.values, explicit: value.explicit, ...(verbatim ? { verbatim } : {}) };
}

function readPane(value: unknown, n: number, problems: string[]): Pane | null {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    value.id === '' ||
    typeof value.modelId !== 'string'
  ) {
    problems.push(`pane ${n}`);
    return null;
  }
  const paramsByModel: Record<string, ParamState> = {};
  if (isRecord(value.paramsByModel)) {
    for (const [model, raw] of Object.entries(value.paramsByModel)) {
      const params = readParams(raw);
      if (params) setOwn(paramsByModel, model, params);
      else problems.push(`pane ${n}'s parameters for ${model.slice(0, 60)}`);
    }
  }
  return {
    id: value.id,
    modelId: value.modelId,
    paramsByModel,
    systemOverride: typeof value.systemOverride === 'string' ? value.systemOverride : null,
    ...(isProviderKind(value.provider) ? { provider: value.provider } : {}),
  };
}

/** The variable values: string entries only, each kept as an own entry (a name is user text). */
function readVariables(value: unknown, problems: string[]): Record<string, string> | undefined {
  if (!isRecord(value)) {
    problems.push('the variable values');
    return undefined;
  }
  const variables: Record<string, string> = {};
  let dropped = 0;
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw === 'string') setOwn(variables, name, raw);
    else dropped++;
  }
  if (dropped > 0) problems.push(`${dropped} variable value(s)`);
  return variables;
}

/** The stored workbench as far as it is readable, and the list of what was not (empty: all of it was). */
export function readWorkbench(persisted: unknown): { stored: StoredWorkbench; problems: string[] } {
  const problems: string[] = [];
  if (persisted === undefined || persisted === null) return { stored: {}, problems };
  if (!isRecord(persisted)) return { stored: {}, problems: ['the saved workbench is not an object'] };
  const tooBig = jsonExceeds(persisted, STORED_LIMITS);
  if (tooBig) return { stored: {}, problems: [`the saved workbench: ${tooBig}`] };
  const stored: StoredWorkbench = {};
  if (persisted.conversation !== undefined) {
    const conversation = readConversation(persisted.conversation, problems);
    if (conversation) stored.conversation = conversation;
  }
  if (typeof persisted.stream === 'boolean' || persisted.stream === null) stored.stream = persisted.stream;
  // A view this build does not know (a newer one's) falls back to the default rather than failing the read.
  const view = WORKBENCH_VIEWS.find((v) => v === persisted.view);
  if (view) stored.view = view;
  if (Array.isArray(persisted.panes)) {
    const seen = new Set<string>();
    const panes = persisted.panes.slice(0, MAX_PANES).flatMap((raw, i) => {
      const pane = readPane(raw, i + 1, problems);
      if (!pane || seen.has(pane.id)) return [];
      seen.add(pane.id);
      return [pane];
    });
    if (panes.length > 0) stored.panes = panes;
  }
  if (persisted.variables !== undefined) {
    const variables = readVariables(persisted.variables, problems);
    if (variables) stored.variables = variables;
  }
  return { stored, problems };
}
