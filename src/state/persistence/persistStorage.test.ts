import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '@/lib/storage';
import { MemoryStorage, manualScheduler } from '@/testing';
import { persistStorage } from './persistStorage';

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
