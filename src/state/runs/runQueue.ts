// Panes waiting to be run. "Run all", a sweep and a repeat only say which panes should run; each pane starts
// itself once its request is ready (a pane just created by a sweep needs one render to derive its request, and
// each pane knows its own provider). Not persisted: a queued run means nothing after a reload.

import { create } from 'zustand';

interface RunQueueState {
  queued: readonly string[];
  queue: (paneIds: readonly string[]) => void;
  take: (paneId: string) => void;
}

export const useRunQueue = create<RunQueueState>()((set) => ({
  queued: [],
  queue: (paneIds) => set((s) => ({ queued: [...new Set([...s.queued, ...paneIds])] })),
  take: (paneId) => set((s) => ({ queued: s.queued.filter((id) => id !== paneId) })),
}));
