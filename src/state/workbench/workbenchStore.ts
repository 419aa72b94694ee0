// The workbench the user edits: the shared conversation, the Stream switch, the view, and the panes (model and
// parameters each). Answers are not here: they are run records in the run store, by pane.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  appendToolRound,
  type Conversation,
  INITIAL_CONVERSATION,
  moveTurnPlan,
  newTool,
  nextRole,
  type ResponseFormat,
  removeTurnPlan,
  type ToolChoice,
  type ToolDefinition,
  type ToolRound,
  type Turn,
  withAnswer,
  withToolRemoved,
  withToolsAdded,
  withToolUpdated,
} from '@/domain/conversation';
import { MAX_PANES, makePane, type Pane, paramsOf } from '@/domain/pane';
import type { ProviderKind } from '@/domain/provider';
import { parseToolsText, requestToWorkbench, type StreamChoice } from '@/domain/request';
import { type ParamState, verbatimParams } from '@/domain/schema';
import type { ChatCompletionRequest, JsonValue, MediaRequest } from '@/lib/api';
import { setOwn } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { persistStorage, setAside, storedText } from '@/state/persistence';
import { migrateWorkbench } from './migrate';
import { readWorkbench } from './readWorkbench';
import type { WorkbenchView } from './view';

export type { WorkbenchView } from './view';

/** A whole comparison as a link or file brings it. */
export interface OpenedComparison {
  conversation: Conversation;
  stream: StreamChoice;
  panes: Pane[];
  /** The variable values it brings (absent: the workbench's own stay). */
  variables?: Record<string, string>;
}

export interface WorkbenchState {
  conversation: Conversation;
  /** The Stream switch: on, off and written as "stream": false, or off and unsaid (see StreamChoice). */
  stream: StreamChoice;
  view: WorkbenchView;
  panes: Pane[];
  /** The prompt variables' values by name, for the ordinary single run. A variable no longer in the prompt keeps
   * its value (the user may be mid-edit: cutting and pasting `{{city}}` must not lose it); only shown names are
   * listed. */
  variables: Record<string, string>;
  setVariable: (name: string, value: string) => void;
  setConversation: (conversation: Conversation) => void;
  // The transcript's edits, one turn at a time: each replaces only the turn it changes, so the other turns keep
  // their objects (and their memoised views) while the user types.
  setSystemPrompt: (system: string) => void;
  editTurn: (index: number, patch: Partial<Turn>) => void;
  /** Adds an empty turn at the end, the other side of the last one. */
  addTurn: () => void;
  /** Removes a turn; an assistant turn with tool calls takes its tool results with it. Returns null, or why
   * nothing changed (shown to the user). */
  removeTurn: (index: number) => string | null;
  /** Moves a turn (`to` as splice counts it), unless that would separate a tool result from its call: then
   * nothing changes and the reason is returned. */
  moveTurn: (from: number, to: number) => string | null;
  // The prompt's tools and response format (shared by every pane, like the turns).
  /** Adds a tool (an empty one with a starter schema unless `tool` says otherwise). */
  addTool: (tool?: Partial<ToolDefinition>) => void;
  /** Edits a tool; a rename carries a tool choice that named it along. */
  updateTool: (index: number, patch: Partial<ToolDefinition>) => void;
  /** Removes a tool; with the last one the tool choice and parallel switch go too (not sent without tools). */
  removeTool: (index: number) => void;
  /** Adds the tools of pasted OpenAI-format JSON (a `tools` list, one tool, or a request). Returns how many were
   * added and what was left out, or why none could be read (then nothing changed). */
  importTools: (text: string) => { added: number; warnings: string[] } | { error: string };
  /** undefined: not sent. */
  setToolChoice: (choice: ToolChoice | undefined) => void;
  setParallelToolCalls: (value: boolean | undefined) => void;
  setResponseFormat: (format: ResponseFormat | undefined) => void;
  /** Appends the assistant turn with its tool calls and one tool turn per call holding the typed result (by call
   * id), then an empty user turn: the conversation is ready to run again. */
  appendToolRound: (round: ToolRound, results: ReadonlyMap<string, string>) => void;
  /** Keeps the first `count` turns (regenerating from a turn). */
  truncateTurns: (count: number) => void;
  /** The user flips the switch: an explicit choice either way. */
  setStream: (stream: boolean) => void;
  setView: (view: WorkbenchView) => void;
  setModel: (paneId: string, modelId: string) => void;
  setParams: (paneId: string, modelId: string, params: ParamState) => void;
  setSystemOverride: (paneId: string, system: string | null) => void;
  addPane: (from?: Partial<Pane>) => void;
  removePane: (paneId: string) => void;
  duplicatePane: (paneId: string) => void;
  /** Keeps an answer (and the images it drew): it becomes an assistant turn, followed by an empty user turn. */
  keepAnswer: (text: string, drawn?: readonly string[]) => void;
  replacePanes: (panes: Pane[]) => void;
  setPaneProvider: (paneId: string, provider: ProviderKind | undefined) => void;
  /** Switches to compare view with at least two panes (the second a copy of the first), in one update. */
  enterCompare: () => void;
  /**
   * Loads a pasted or imported request into a pane, in one update: its model (when it names one), its
   * parameters (all explicit, because the request sent them on purpose), the conversation and the Stream switch.
   * Every import entry point (the API tab, a pane's code dialog) uses this.
   */
  applyImportedRequest: (paneId: string, request: ChatCompletionRequest) => void;
  /**
   * Loads a pasted image or video submission (a body with a prompt and no messages) into a pane: its model (when
   * it names one) and its parameters, the prompt among them, all explicit. The conversation and Stream switch
   * are the chat panes' and stay as they are.
   */
  applyImportedMedia: (paneId: string, request: MediaRequest) => void;
  /** Replaces the conversation, Stream switch, panes (and variable values, when it has them) with a shared
   * comparison and shows it. */
  openComparison: (comparison: OpenedComparison) => void;
}

function mapPane(panes: Pane[], paneId: string, update: (pane: Pane) => Pane): Pane[] {
  return panes.map((pane) => (pane.id === paneId ? update(pane) : pane));
}

export const useWorkbenchStore = create<WorkbenchState>()(
  persist(
    (set, get) => ({
      conversation: INITIAL_CONVERSATION,
      stream: true,
      view: 'chat',
      panes: [makePane()],
      variables: {},
      // A name is the user's own text: written as an own entry, so `__proto__` is just a variable name.
      setVariable: (name, value) =>
        set((s) => {
          const variables = { ...s.variables };
          setOwn(variables, name, value);
          return { variables };
        }),
      setConversation: (conversation) => set({ conversation }),
      setSystemPrompt: (system) => set((s) => ({ conversation: { ...s.conversation, system } })),
      editTurn: (index, patch) =>
        set((s) => ({
          conversation: {
            ...s.conversation,
            turns: s.conversation.turns.map((turn, i) => (i === index ? { ...turn, ...patch } : turn)),
          },
        })),
      addTurn: () =>
        set((s) => ({
          conversation: {
            ...s.conversation,
            turns: [...s.conversation.turns, { role: nextRole(s.conversation.turns), text: '', images: [] }],
          },
        })),
      removeTurn: (index) => {
        const plan = removeTurnPlan(get().conversation.turns, index);
        if (!plan.ok) return plan.reason;
        set((s) => ({ conversation: { ...s.conversation, turns: plan.turns } }));
        return null;
      },
      moveTurn: (from, to) => {
        const plan = moveTurnPlan(get().conversation.turns, from, to);
        if (!plan.ok) return plan.reason;
        set((s) => ({ conversation: { ...s.conversation, turns: plan.turns } }));
        return null;
      },
      addTool: (tool) => set((s) => ({ conversation: withToolsAdded(s.conversation, [newTool(tool)]) })),
      updateTool: (index, patch) =>
        set((s) => ({ conversation: withToolUpdated(s.conversation, index, patch) })),
      removeTool: (index) => set((s) => ({ conversation: withToolRemoved(s.conversation, index) })),
      importTools: (text) => {
        const parsed = parseToolsText(text);
        if ('error' in parsed) return parsed;
        set((s) => ({ conversation: withToolsAdded(s.conversation, parsed.tools) }));
        return { added: parsed.tools.length, warnings: parsed.warnings };
      },
      setToolChoice: (toolChoice) =>
        set((s) => {
          const { toolChoice: _old, ...rest } = s.conversation;
          return { conversation: toolChoice === undefined ? rest : { ...rest, toolChoice } };
        }),
      setParallelToolCalls: (parallelToolCalls) =>
        set((s) => {
          const { parallelToolCalls: _old, ...rest } = s.conversation;
          return { conversation: parallelToolCalls === undefined ? rest : { ...rest, parallelToolCalls } };
        }),
      setResponseFormat: (responseFormat) =>
        set((s) => {
          const { responseFormat: _old, ...rest } = s.conversation;
          return { conversation: responseFormat === undefined ? rest : { ...rest, responseFormat } };
        }),
      appendToolRound: (round, results) =>
        set((s) => ({ conversation: appendToolRound(s.conversation, round, results) })),
      truncateTurns: (count) =>
        set((s) => ({ conversation: { ...s.conversation, turns: s.conversation.turns.slice(0, count) } })),
      setStream: (stream) => set({ stream }),
      setView: (view) => set({ view }),
      setModel: (paneId, modelId) =>
        set((s) => ({ panes: mapPane(s.panes, paneId, (p) => ({ ...p, modelId })) })),
      setParams: (paneId, modelId, params) =>
        set((s) => ({
          panes: mapPane(s.panes, paneId, (p) => ({
            ...p,
            paramsByModel: { ...p.paramsByModel, [modelId]: params },
          })),
        })),
      setSystemOverride: (paneId, systemOverride) =>
        set((s) => ({ panes: mapPane(s.panes, paneId, (p) => ({ ...p, systemOverride })) })),
      addPane: (from) =>
        set((s) => (s.panes.length >= MAX_PANES ? s : { panes: [...s.panes, makePane(from)] })),
      removePane: (paneId) =>
        set((s) => (s.panes.length <= 1 ? s : { panes: s.panes.filter((p) => p.id !== paneId) })),
      duplicatePane: (paneId) =>
        set((s) => {
          const index = s.panes.findIndex((p) => p.id === paneId);
          const source = s.panes[index];
          if (!source || s.panes.length >= MAX_PANES) return s;
          return { panes: [...s.panes.slice(0, index + 1), makePane(source), ...s.panes.slice(index + 1)] };
        }),
      keepAnswer: (text, drawn) => set((s) => ({ conversation: withAnswer(s.conversation, text, drawn) })),
      replacePanes: (panes) => set({ panes: panes.slice(0, MAX_PANES) }),
      setPaneProvider: (paneId, provider) =>
        set((s) => ({ panes: mapPane(s.panes, paneId, (p) => ({ ...p, provider })) })),
      enterCompare: () =>
        set((s) => {
          const first = s.panes[0];
          if (s.panes.length >= 2 || !first) return { view: 'compare' };
          return { view: 'compare', panes: [first, makePane(first)] };
        }),
      applyImportedRequest: (paneId, request) =>
        set((s) => {
          const imported = requestToWorkbench(request);
          const explicit = verbatimParams(imported.params);
          return {
            conversation: imported.conversation,
            stream: imported.stream,
            panes: mapPane(s.panes, paneId, (p) =>
              imported.model
                ? {
                    ...p,
                    modelId: imported.model,
                    paramsByModel: { ...p.paramsByModel, [imported.model]: explicit },
                  }
                : p,
            ),
          };
        }),
      applyImportedMedia: (paneId, request) =>
        set((s) => {
          const params: Record<string, JsonValue> = {};
          for (const [name, value] of Object.entries(request)) {
            if (name === 'model' || value === undefined) continue;
            // An own member: a parameter named "__proto__" must not become a prototype.
            setOwn(params, name, value);
          }
          const model = typeof request.model === 'string' ? request.model : '';
          return {
            panes: mapPane(s.panes, paneId, (p) => {
              const modelId = model || p.modelId;
              if (!modelId) return p;
              return {
                ...p,
                modelId,
                paramsByModel: { ...p.paramsByModel, [modelId]: verbatimParams(params) },
              };
            }),
          };
        }),
      openComparison: ({ conversation, stream, panes, variables }) =>
        set({
          conversation,
          stream,
          panes: panes.slice(0, MAX_PANES),
          view: 'compare',
          ...(variables ? { variables } : {}),
        }),
    }),
    {
      name: 'yoke.workbench',
      version: 3,
      storage: persistStorage(browserStorage),
      partialize: ({ conversation, stream, view, panes, variables }) => ({
        conversation,
        stream,
        view,
        panes,
        variables,
      }),
      migrate: migrateWorkbench,
      // Read back piece by piece: what cannot be read is set aside with a notice, never loaded as it is.
      merge: (persisted, current) => {
        const { stored, problems } = readWorkbench(persisted);
        if (problems.length > 0) setAside('workbench', problems, storedText('yoke.workbench'));
        return { ...current, ...stored };
      },
    },
  ),
);

export const selectConversation = (s: WorkbenchState) => s.conversation;
export const selectTools = (s: WorkbenchState) => s.conversation.tools;
export const selectToolChoice = (s: WorkbenchState) => s.conversation.toolChoice;
export const selectParallelToolCalls = (s: WorkbenchState) => s.conversation.parallelToolCalls;
export const selectResponseFormat = (s: WorkbenchState) => s.conversation.responseFormat;
export const selectStream = (s: WorkbenchState) => s.stream;
/** Whether the Stream switch is on. */
export const selectStreaming = (s: WorkbenchState) => s.stream === true;
export const selectView = (s: WorkbenchState) => s.view;
/** Every stored variable value, those no longer in the prompt included (see WorkbenchState.variables). */
export const selectVariables = (s: WorkbenchState) => s.variables;
export const selectPanes = (s: WorkbenchState) => s.panes;
export const selectFirstPaneId = (s: WorkbenchState) => s.panes[0]?.id ?? '';
export const selectPaneCount = (s: WorkbenchState) => s.panes.length;
/** The pane ids in order; compare with useShallow (a pane edit replaces the pane objects, not the ids). */
export const selectPaneIds = (s: WorkbenchState) => s.panes.map((p) => p.id);

// Narrow per-pane slices: a component selecting one of these re-renders only when that field changes.
const findPane = (s: WorkbenchState, paneId: string) => s.panes.find((p) => p.id === paneId);
export const selectPane = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId);
export const selectPaneExists = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId) !== undefined;
export const selectPaneModelId = (paneId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.modelId ?? '';
export const selectPaneProvider = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId)?.provider;
/** The provider override in effect: a pane's own provider applies in Compare and Evaluate (the grid's columns are
 * the compare panes); the chat view always uses the global provider (the header says which). */
export const selectPaneOverride = (paneId: string) => (s: WorkbenchState) =>
  s.view === 'chat' ? undefined : findPane(s, paneId)?.provider;
export const selectPaneSystemOverride = (paneId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.systemOverride ?? null;
export const selectPaneParams = (paneId: string, modelId: string) => (s: WorkbenchState) => {
  const pane = findPane(s, paneId);
  return pane ? paramsOf(pane, modelId) : undefined;
};
