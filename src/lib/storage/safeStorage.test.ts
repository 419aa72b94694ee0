import { describe, expect, it } from 'vitest';
import { MemoryStorage, manualScheduler } from '@/testing';
import { createSafeStorage } from './safeStorage';

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
