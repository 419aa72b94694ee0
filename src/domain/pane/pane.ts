// A pane: one model with its parameters answering the shared conversation. The chat view shows the first pane;
// Compare shows them all side by side. `paneRequest` is the one place a pane becomes the exact request body —
// the API tab shows it and a run sends it.

import type { Conversation } from '@/domain/conversation';
import type { ProviderKind } from '@/domain/provider';
import { buildChatRequest, type StreamChoice } from '@/domain/request';
import { effectiveParams, type NormalizedSchema, type ParamState, sentParams } from '@/domain/schema';
import { fillConversation, type VariableValues } from '@/domain/variables';
import type { ChatCompletionRequest } from '@/lib/api';
import { ownValue } from '@/lib/json';

export interface Pane {
  id: string;
  modelId: string;
  /** Each model keeps its own parameters, so switching models back and forth loses nothing. */
  paramsByModel: Record<string, ParamState>;
  /** null: the pane uses the shared system prompt. */
  systemOverride: string | null;
  /** Compare view only: this pane's provider instead of the global one (undefined: the global one). */
  provider?: ProviderKind;
}

export const MAX_PANES = 6;

/** The pane's stored form state for a model (a model id is server data: looked up as an own entry only). */
export function paramsOf(pane: Pane, modelId: string): ParamState | undefined {
  return ownValue(pane.paramsByModel, modelId);
}

export function newPaneId(): string {
  return `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** A new pane; `from` may copy another pane's fields (the id is always new, parameters are not shared). */
export function makePane(from: Partial<Pane> = {}): Pane {
  return {
    modelId: '',
    paramsByModel: {},
    systemOverride: null,
    ...from,
    ...(from.paramsByModel ? { paramsByModel: structuredClone(from.paramsByModel) } : {}),
    id: newPaneId(),
  };
}

/** The key a pane's runs are kept under (other surfaces, like an evaluation grid, use other prefixes). */
export function paneTarget(paneId: string): string {
  return `pane:${paneId}`;
}

export function paneIdOfTarget(target: string): string | null {
  return target.startsWith('pane:') ? target.slice('pane:'.length) : null;
}

export interface PaneRequestInput {
  modelId: string;
  /** The model's normalised schema; undefined while its details load (then there is no request yet). */
  normalized: NormalizedSchema | undefined;
  /** The form state for `modelId` as stored (undefined: never touched, so its defaults). */
  stored: ParamState | undefined;
  conversation: Conversation;
  systemOverride: string | null;
  stream: StreamChoice;
  /** The prompt variables' values (`{{name}}`); absent: none given, so every variable is sent empty. */
  variables?: VariableValues;
}

/** The conversation a pane answers, its own system prompt in place of the shared one, before any filling. */
export function paneConversation(conversation: Conversation, systemOverride: string | null): Conversation {
  return systemOverride === null ? conversation : { ...conversation, system: systemOverride };
}

/** Exactly what Run sends for a pane, or null until a model is chosen and its schema known. Variables are
 * filled here, so the API tab, the snippets and every run show and send the same filled text. */
export function paneRequest(input: PaneRequestInput): ChatCompletionRequest | null {
  const { modelId, normalized } = input;
  if (!modelId || !normalized) return null;
  const conversation = fillConversation(
    paneConversation(input.conversation, input.systemOverride),
    input.variables ?? {},
  );
  return buildChatRequest({
    model: modelId,
    conversation,
    params: sentParams(effectiveParams(input.stored, normalized), normalized),
    stream: input.stream,
  });
}
