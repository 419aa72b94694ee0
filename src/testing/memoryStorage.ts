import type { StorageLike } from '@/lib/storage';

/** localStorage in memory; `full` makes writes fail the way a full quota does. */
export class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** setTimeout under the test's control: `run` fires everything scheduled so far. */
export function manualScheduler() {
  const tasks: Array<() => void> = [];
  return {
    schedule: (fn: () => void) => tasks.push(fn),
    run: () => {
      for (const fn of tasks.splice(0)) fn();
    },
  };
}
