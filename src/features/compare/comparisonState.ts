// Between the workbench store and what leaves the app: a share link's payload and an exported file. Pure.

import type { Conversation } from '@/domain/conversation';
import { makePane, type Pane, paneConversation, paramsOf } from '@/domain/pane';
import type { StreamChoice } from '@/domain/request';
import { type RunFigures, type RunRecord, runFigures } from '@/domain/run';
import { conversationVariables, type VariableValues } from '@/domain/variables';
import { setOwn } from '@/lib/json';
import { trimTrailingSlashes as trimSlash } from '@/lib/url';
import type { SharedComparison } from './shareLink';

/** The values of the variables the panes send, and only those: a value kept for a variable no longer in the
 * prompt stays home (it may be anything the user typed once). Empty values are left out. */
export function sentVariables(
  panes: readonly Pane[],
  conversation: Conversation,
  values: VariableValues,
): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const pane of panes)
    for (const name of conversationVariables(paneConversation(conversation, pane.systemOverride))) {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value) setOwn(sent, name, value);
    }
  return sent;
}

/** The configuration part of the workbench as a link payload: no results, no key, and the base URL only when a
 * pane needs it. */
export function toShared(
  panes: readonly Pane[],
  conversation: Conversation,
  stream: StreamChoice,
  openaiBaseUrl: string,
  variables: VariableValues = {},
): SharedComparison {
  const shared: SharedComparison = {
    v: 1,
    conversation,
    stream,
    panes: panes.map((pane) => {
      const params = paramsOf(pane, pane.modelId);
      return {
        model: pane.modelId,
        ...(params ? { params } : {}),
        ...(pane.systemOverride !== null ? { system: pane.systemOverride } : {}),
        ...(pane.provider ? { provider: pane.provider } : {}),
      };
    }),
  };
  if (panes.some((p) => p.provider === 'openai')) shared.baseUrl = trimSlash(openaiBaseUrl);
  const values = sentVariables(panes, conversation, variables);
  if (Object.keys(values).length > 0) shared.variables = values;
  return shared;
}

/** The base URL the link wants to use that differs from the user's own, or null when there is nothing to ask. */
export function baseUrlToConfirm(shared: SharedComparison, currentBaseUrl: string): string | null {
  if (!shared.baseUrl || !shared.panes.some((p) => p.provider === 'openai')) return null;
  return trimSlash(shared.baseUrl) === trimSlash(currentBaseUrl) ? null : trimSlash(shared.baseUrl);
}

/** New panes from a link. When the user declined the link's base URL, its OpenAI-compatible panes fall back to
 * the global provider rather than quietly using the user's own base URL under the sender's model names. */
export function panesFromShared(shared: SharedComparison, acceptedBaseUrl: boolean): Pane[] {
  return shared.panes.map((p) =>
    makePane({
      modelId: p.model,
      paramsByModel: p.params ? { [p.model]: p.params } : {},
      systemOverride: p.system ?? null,
      provider: p.provider === 'openai' && !acceptedBaseUrl ? undefined : p.provider,
    }),
  );
}

export interface ExportedPane {
  pane: number;
  model: string;
  provider: string;
  params: Pane['paramsByModel'][string] | null;
  systemOverride: string | null;
  /** The pane's latest run (null: it never ran): what was sent and what came back, with its times. */
  result: ExportedRun | null;
  figures: RunFigures | null;
}

export type ExportedRun = Omit<
  RunRecord,
  'createdAt' | 'startedAt' | 'firstTokenAt' | 'endedAt' | 'target'
> & {
  startedAt: string | null;
};

export interface ExportedComparison {
  format: 'yoke.comparison';
  version: 2;
  exportedAt: string;
  conversation: Conversation;
  /** The values the conversation's `{{variables}}` were filled with (each result's request is the filled one). */
  variables: Record<string, string>;
  stream: StreamChoice;
  panes: ExportedPane[];
}

function exportedRun(run: RunRecord): ExportedRun {
  const { createdAt: _c, startedAt, firstTokenAt: _f, endedAt: _e, target: _t, ...rest } = run;
  return { ...rest, startedAt: startedAt === undefined ? null : new Date(startedAt).toISOString() };
}

/** The whole comparison, results included, as a file: each pane with its latest run (`runs[i]` for
 * `panes[i]`). Times are given as the run's start and the durations worked out from them (`figures`). */
export function exportComparison(
  panes: readonly Pane[],
  runs: ReadonlyArray<RunRecord | undefined>,
  conversation: Conversation,
  stream: StreamChoice,
  globalProvider: string,
  now: Date,
  variables: VariableValues = {},
): ExportedComparison {
  return {
    format: 'yoke.comparison',
    version: 2,
    exportedAt: now.toISOString(),
    conversation,
    variables: sentVariables(panes, conversation, variables),
    stream,
    panes: panes.map((pane, i) => {
      const run = runs[i];
      return {
        pane: i + 1,
        model: pane.modelId,
        provider: run?.provider ?? pane.provider ?? globalProvider,
        params: paramsOf(pane, pane.modelId) ?? null,
        systemOverride: pane.systemOverride,
        result: run ? exportedRun(run) : null,
        figures: run && run.status === 'done' ? runFigures(run) : null,
      };
    }),
  };
}

export function exportFileName(now: Date): string {
  return `yoke-comparison-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
