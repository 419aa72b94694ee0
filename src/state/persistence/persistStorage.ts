import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SafeStorage } from '@/lib/storage';

/** A zustand persist storage on top of a SafeStorage that stringifies state at write time, not per change. */
export function persistStorage<S>(storage: SafeStorage): PersistStorage<S> {
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
    setItem: (name, value) => storage.setItemLazy(name, () => JSON.stringify(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}
