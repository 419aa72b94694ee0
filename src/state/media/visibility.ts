// Whether the page can be seen: a hidden tab sends no polls (a video job followed for minutes in a background
// tab would otherwise keep asking for nothing anyone looks at). Injectable, so tests drive it by hand.

export interface VisibilitySource {
  hidden(): boolean;
  /** Calls `listener` whenever the page is hidden or shown; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export const documentVisibility: VisibilitySource = {
  hidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
  subscribe(listener) {
    if (typeof document === 'undefined') return () => {};
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/** A visibility the test flips with `set`. */
export function manualVisibility(hidden = false): VisibilitySource & { set(hidden: boolean): void } {
  let state = hidden;
  const listeners = new Set<() => void>();
  return {
    hidden: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
