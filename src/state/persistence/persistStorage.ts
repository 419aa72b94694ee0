import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SafeStorage } from '@/lib/storage';

/** A zustand persist storage on top of a SafeStorage that stringifies state at write time, not per change.
 * `prepare` shapes what is written at that moment too (e.g. fitting run history into a size budget), so its
 * cost is paid once per write, not on every state change. */
export function persistStorage<S>(storage: SafeStorage, prepare?: (state: S) => S): PersistStorage<S> {
  return {
    getItem(name) {
      const text = storage.getItem(name);
      if (text === null) return null;
      try {
        return JSON.parse(text) as StorageValue<S>;
      } catch {
        // A corrupt entry is treated as absent rather than breaking the app on start-up.
        return null;
      }
    },
    setItem: (name, value) =>
      storage.setItemLazy(name, () =>
        JSON.stringify(prepare ? { ...value, state: prepare(value.state) } : value),
      ),
    removeItem: (name) => storage.removeItem(name),
  };
}
