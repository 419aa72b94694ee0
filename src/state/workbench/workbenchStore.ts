// The workbench the user edits: the shared conversation, the Stream switch, the view, and the panes (model and
// parameters each). Answers are not here: they are run records in the run store, by pane.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  type Conversation,
  INITIAL_CONVERSATION,
  nextRole,
  type Turn,
  withAnswer,
} from '@/domain/conversation';
import { MAX_PANES, makePane, type Pane, paramsOf } from '@/domain/pane';
import type { ProviderKind } from '@/domain/provider';
import { requestToWorkbench, type StreamChoice } from '@/domain/request';
import { type ParamState, verbatimParams } from '@/domain/schema';
import type { ChatCompletionRequest } from '@/lib/api';
import { browserStorage } from '@/lib/storage';
import { persistStorage, setAside, storedText } from '@/state/persistence';
import { migrateWorkbench } from './migrate';
import { readWorkbench } from './readWorkbench';

export type WorkbenchView = 'chat' | 'compare';

/** A whole comparison as a link or file brings it. */
export interface OpenedComparison {
  conversation: Conversation;
  stream: StreamChoice;
  panes: Pane[];
}

export interface WorkbenchState {
  conversation: Conversation;
  /** The Stream switch: on, off and written as "stream": false, or off and unsaid (see StreamChoice). */
  stream: StreamChoice;
  view: WorkbenchView;
  panes: Pane[];
  setConversation: (conversation: Conversation) => void;
  // The transcript's edits, one turn at a time: each replaces only the turn it changes, so the other turns keep
  // their objects (and their memoised views) while the user types.
  setSystemPrompt: (system: string) => void;
  editTurn: (index: number, patch: Partial<Turn>) => void;
  /** Adds an empty turn at the end, the other side of the last one. */
  addTurn: () => void;
  removeTurn: (index: number) => void;
  moveTurn: (from: number, to: number) => void;
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
  /** Keeps an answer: it becomes an assistant turn, followed by an empty user turn. */
  keepAnswer: (text: string) => void;
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
  /** Replaces the conversation, Stream switch and panes with a shared comparison and shows it. */
  openComparison: (comparison: OpenedComparison) => void;
}

function mapPane(panes: Pane[], paneId: string, update: (pane: Pane) => Pane): Pane[] {
  return panes.map((pane) => (pane.id === paneId ? update(pane) : pane));
}

export const useWorkbenchStore = create<WorkbenchState>()(
  persist(
    (set) => ({
      conversation: INITIAL_CONVERSATION,
      stream: true,
      view: 'chat',
      panes: [makePane()],
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
      removeTurn: (index) =>
        set((s) => ({
          conversation: { ...s.conversation, turns: s.conversation.turns.filter((_, i) => i !== index) },
        })),
      moveTurn: (from, to) =>
        set((s) => {
          const turns = [...s.conversation.turns];
          const [moved] = turns.splice(from, 1);
          if (!moved || to < 0 || to > turns.length) return s;
          turns.splice(to, 0, moved);
          return { conversation: { ...s.conversation, turns } };
        }),
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
      keepAnswer: (text) => set((s) => ({ conversation: withAnswer(s.conversation, text) })),
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
      openComparison: ({ conversation, stream, panes }) =>
        set({ conversation, stream, panes: panes.slice(0, MAX_PANES), view: 'compare' }),
    }),
    {
      name: 'yoke.workbench',
      version: 2,
      storage: persistStorage(browserStorage),
      partialize: ({ conversation, stream, view, panes }) => ({ conversation, stream, view, panes }),
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
export const selectStream = (s: WorkbenchState) => s.stream;
/** Whether the Stream switch is on. */
export const selectStreaming = (s: WorkbenchState) => s.stream === true;
export const selectView = (s: WorkbenchState) => s.view;
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
/** The provider override in effect: a pane's own provider applies in Compare only; the chat view always uses
 * the global provider (the header says which). */
export const selectPaneOverride = (paneId: string) => (s: WorkbenchState) =>
  s.view === 'compare' ? findPane(s, paneId)?.provider : undefined;
export const selectPaneSystemOverride = (paneId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.systemOverride ?? null;
export const selectPaneParams = (paneId: string, modelId: string) => (s: WorkbenchState) => {
  const pane = findPane(s, paneId);
  return pane ? paramsOf(pane, modelId) : undefined;
};
