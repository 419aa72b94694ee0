import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { persistStorage } from '@/state/persistence';

// How the user likes to read code is theirs across reloads and the same in the API tab and every Code
// dialog. Only this feature reads it, so the store lives here rather than among the workbench's state.

interface CodeViewState {
  /** Long lines wrap inside the box instead of scrolling sideways. */
  wrap: boolean;
  setWrap: (wrap: boolean) => void;
}

export const useCodeViewStore = create<CodeViewState>()(
  persist((set) => ({ wrap: false, setWrap: (wrap) => set({ wrap }) }), {
    name: 'yoke.codeView',
    version: 1,
    storage: persistStorage(browserStorage),
    partialize: ({ wrap }) => ({ wrap }),
    // A hand-edited or foreign value falls back to the default instead of reaching the UI.
    merge: (persisted, current) => {
      const wrap = isRecord(persisted) ? persisted.wrap : undefined;
      return typeof wrap === 'boolean' ? { ...current, wrap } : current;
    },
  }),
);
