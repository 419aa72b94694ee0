import { describe, expect, it } from 'vitest';
import { createSafeStorage, persistStorage, type StorageLike } from './safeStorage';

class MemoryStorage implements StorageLike {
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

function manualScheduler() {
  const tasks: Array<() => void> = [];
  return {
    schedule: (fn: () => void) => tasks.push(fn),
    run: () => {
      for (const fn of tasks.splice(0)) fn();
    },
  };
}

describe('createSafeStorage', () => {
  it('coalesces writes until flushed and reads pending values back', () => {
    const backing = new MemoryStorage();
    const clock = manualScheduler();
    const storage = createSafeStorage(() => backing, 10, clock.schedule);
    storage.setItem('a', '1');
    storage.setItem('a', '2');
    expect(backing.getItem('a')).toBeNull();
    expect(storage.getItem('a')).toBe('2');
    clock.run();
    expect(backing.getItem('a')).toBe('2');
  });

  it('reports a full storage, keeps the write pending and clears the problem once it fits', () => {
    const backing = new MemoryStorage();
    const clock = manualScheduler();
    const storage = createSafeStorage(() => backing, 10, clock.schedule);
    const problems: Array<string | null> = [];
    storage.onProblem((p) => problems.push(p));
    backing.full = true;
    storage.setItem('a', 'x');
    clock.run();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/storage is full/);
    expect(storage.getItem('a')).toBe('x');
    backing.full = false;
    storage.setItem('b', 'y');
    clock.run();
    expect(backing.getItem('a')).toBe('x');
    expect(problems.at(-1)).toBeNull();
  });

  it('survives a storage that throws on access', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const problems: Array<string | null> = [];
    storage.onProblem((p) => problems.push(p));
    expect(storage.getItem('a')).toBeNull();
    expect(problems[0]).toMatch(/not available/);
  });
});

describe('persistStorage', () => {
  it('serialises the state only when the write happens, and reads it back', () => {
    const backing = new MemoryStorage();
    const clock = manualScheduler();
    const storage = persistStorage<{ n: number }>(createSafeStorage(() => backing, 10, clock.schedule));
    let serialised = 0;
    const value = {
      state: {
        get n() {
          serialised++;
          return 1;
        },
      },
      version: 1,
    };
    storage.setItem('k', value);
    storage.setItem('k', value);
    expect(serialised).toBe(0);
    clock.run();
    expect(serialised).toBe(1);
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 1 });
  });

  it('treats a corrupt entry as absent', () => {
    const backing = new MemoryStorage();
    backing.setItem('k', '{not json');
    expect(persistStorage(createSafeStorage(() => backing)).getItem('k')).toBeNull();
  });
});
