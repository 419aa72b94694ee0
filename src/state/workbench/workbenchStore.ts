import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { IDLE_RESULT, type RunResult } from '@/domain/run';
import type { Conversation, ParamState, ProviderKind, Turn } from '@/domain/workbench';
import { browserStorage } from '@/lib/storage';
import { persistStorage } from '@/state/persistence';

export interface Pane {
  id: string;
  modelId: string;
  /** Each model keeps its own parameters, so switching models back and forth loses nothing. */
  paramsByModel: Record<string, ParamState>;
  /** null: the pane uses the shared system prompt. */
  systemOverride: string | null;
  /** Compare view only: this pane's provider instead of the global one (undefined: the global one). Optional so
   * panes persisted before it existed load unchanged. */
  provider?: ProviderKind;
  result: RunResult;
}

export type WorkbenchView = 'chat' | 'compare';

export interface WorkbenchState {
  conversation: Conversation;
  stream: boolean;
  view: WorkbenchView;
  panes: Pane[];
  setConversation: (conversation: Conversation) => void;
  setStream: (stream: boolean) => void;
  setView: (view: WorkbenchView) => void;
  setModel: (paneId: string, modelId: string) => void;
  setParams: (paneId: string, modelId: string, params: ParamState) => void;
  setSystemOverride: (paneId: string, system: string | null) => void;
  updateResult: (paneId: string, update: (result: RunResult) => RunResult) => void;
  addPane: (from?: Partial<Pane>) => void;
  removePane: (paneId: string) => void;
  duplicatePane: (paneId: string) => void;
  appendAnswer: (paneId: string, choiceIndex: number) => void;
  replacePanes: (panes: Pane[]) => void;
  setPaneProvider: (paneId: string, provider: ProviderKind | undefined) => void;
  /** Switches to compare view with at least two panes (the second a copy of the first), in one update. */
  enterCompare: () => void;
}

export const MAX_PANES = 6;
export const EMPTY_PARAMS: ParamState = { values: {}, explicit: [] };

export function newPaneId(): string {
  return `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function makePane(from: Partial<Pane> = {}): Pane {
  return {
    modelId: '',
    paramsByModel: {},
    systemOverride: null,
    ...from,
    id: newPaneId(),
    result: IDLE_RESULT,
  };
}

export const INITIAL_CONVERSATION: Conversation = {
  system: '',
  turns: [{ role: 'user', text: '', images: [] }],
};

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
      updateResult: (paneId, update) =>
        set((s) => ({ panes: mapPane(s.panes, paneId, (p) => ({ ...p, result: update(p.result) })) })),
      addPane: (from) =>
        set((s) => (s.panes.length >= MAX_PANES ? s : { panes: [...s.panes, makePane(from)] })),
      removePane: (paneId) =>
        set((s) => (s.panes.length <= 1 ? s : { panes: s.panes.filter((p) => p.id !== paneId) })),
      duplicatePane: (paneId) =>
        set((s) => {
          const index = s.panes.findIndex((p) => p.id === paneId);
          const source = s.panes[index];
          if (!source || s.panes.length >= MAX_PANES) return s;
          const copy = makePane({ ...source, paramsByModel: structuredClone(source.paramsByModel) });
          return { panes: [...s.panes.slice(0, index + 1), copy, ...s.panes.slice(index + 1)] };
        }),
      appendAnswer: (paneId, choiceIndex) =>
        set((s) => {
          const text = s.panes.find((p) => p.id === paneId)?.result.choices[choiceIndex];
          if (text === undefined) return s;
          const turns: Turn[] = [
            ...s.conversation.turns,
            { role: 'assistant', text, images: [] },
            { role: 'user', text: '', images: [] },
          ];
          return { conversation: { ...s.conversation, turns } };
        }),
      replacePanes: (panes) => set({ panes: panes.slice(0, MAX_PANES) }),
      setPaneProvider: (paneId, provider) =>
        set((s) => ({ panes: mapPane(s.panes, paneId, (p) => ({ ...p, provider })) })),
      enterCompare: () =>
        set((s) => {
          const first = s.panes[0];
          if (s.panes.length >= 2 || !first) return { view: 'compare' };
          const copy = makePane({ ...first, paramsByModel: structuredClone(first.paramsByModel) });
          return { view: 'compare', panes: [first, copy] };
        }),
    }),
    {
      name: 'yoke.workbench',
      version: 1,
      storage: persistStorage(browserStorage),
      partialize: ({ conversation, stream, view, panes }) => ({ conversation, stream, view, panes }),
      merge: (persisted, current) => {
        const saved = persisted as Partial<WorkbenchState> | undefined;
        if (!saved) return current;
        // A run cannot survive a reload; what it streamed so far is kept and marked as stopped.
        const panes = (saved.panes?.length ? saved.panes : current.panes).map((pane) =>
          pane.result.status === 'running'
            ? { ...pane, result: { ...pane.result, status: 'stopped' as const } }
            : pane,
        );
        return { ...current, ...saved, panes };
      },
    },
  ),
);

export const selectConversation = (s: WorkbenchState) => s.conversation;
export const selectStream = (s: WorkbenchState) => s.stream;
export const selectView = (s: WorkbenchState) => s.view;
export const selectPanes = (s: WorkbenchState) => s.panes;
export const selectFirstPaneId = (s: WorkbenchState) => s.panes[0]?.id ?? '';

// Narrow per-pane slices. A streaming update replaces only the pane object and its `result`; the fields below
// keep their identity, so a component selecting them does not re-render on each published frame.
const findPane = (s: WorkbenchState, paneId: string) => s.panes.find((p) => p.id === paneId);
export const selectPaneExists = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId) !== undefined;
export const selectPaneModelId = (paneId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.modelId ?? '';
export const selectPaneProvider = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId)?.provider;
export const selectPaneSystemOverride = (paneId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.systemOverride ?? null;
export const selectPaneParams = (paneId: string, modelId: string) => (s: WorkbenchState) =>
  findPane(s, paneId)?.paramsByModel[modelId];
export const selectPaneResult = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId)?.result;
export const selectPaneStatus = (paneId: string) => (s: WorkbenchState) => findPane(s, paneId)?.result.status;
