// localStorage that never throws into the UI: a full or blocked storage becomes a reported problem, and
// writes are coalesced so streaming (many state changes a second) does not serialise state on every token.

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageProblemListener = (problem: string | null) => void;

export interface SafeStorage extends StorageLike {
  /** Like setItem, but the value is only serialised when the write happens: during a stream the state
   * changes every frame, and serialising it each time would cost more than the rendering. */
  setItemLazy(key: string, value: () => string): void;
  flush(): void;
  onProblem(listener: StorageProblemListener): () => void;
}

function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Browser storage is full: your latest changes are kept in this tab but will not survive a reload.';
  }
  return 'Browser storage is not available: your changes are kept in this tab but will not survive a reload.';
}

export function createSafeStorage(
  backing: () => StorageLike | undefined,
  delayMs = 250,
  schedule: (fn: () => void, ms: number) => unknown = setTimeout,
): SafeStorage {
  const pending = new Map<string, string | null | (() => string)>();
  const listeners = new Set<StorageProblemListener>();
  let timer: unknown = null;
  let lastProblem: string | null = null;

  const report = (problem: string | null) => {
    if (problem === lastProblem) return;
    lastProblem = problem;
    for (const listener of listeners) listener(problem);
  };

  const flush = () => {
    timer = null;
    let store: StorageLike | undefined;
    try {
      store = backing();
    } catch (error) {
      report(describeStorageError(error));
      return;
    }
    if (!store) return;
    try {
      for (const [key, value] of pending) {
        if (value === null) store.removeItem(key);
        else store.setItem(key, typeof value === 'function' ? value() : value);
      }
      pending.clear();
      report(null);
    } catch (error) {
      // Keep the pending writes: the next change retries them, e.g. after the user frees space.
      report(describeStorageError(error));
    }
  };

  const queue = (key: string, value: string | null | (() => string)) => {
    pending.set(key, value);
    if (timer === null) timer = schedule(flush, delayMs);
  };

  return {
    getItem(key) {
      if (pending.has(key)) {
        const value = pending.get(key) ?? null;
        return typeof value === 'function' ? value() : value;
      }
      try {
        return backing()?.getItem(key) ?? null;
      } catch (error) {
        report(describeStorageError(error));
        return null;
      }
    },
    setItem: (key, value) => queue(key, value),
    setItemLazy: (key, value) => queue(key, value),
    removeItem: (key) => queue(key, null),
    flush,
    onProblem(listener) {
      listeners.add(listener);
      if (lastProblem) listener(lastProblem);
      return () => listeners.delete(listener);
    },
  };
}

export const browserStorage = createSafeStorage(() =>
  typeof window === 'undefined' ? undefined : window.localStorage,
);

if (typeof window !== 'undefined') {
  // A reload or tab close must not lose the last quarter second of typing.
  window.addEventListener('pagehide', () => browserStorage.flush());
}
