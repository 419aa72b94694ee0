// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  THEME_STORAGE_KEY,
} from './theme';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('theme choice', () => {
  it('reads the known choices and falls back to the system for anything else', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('system')).toBe('system');
    for (const odd of [null, undefined, '', 'Dark', 'sepia', '"dark"'])
      expect(parseThemeChoice(odd)).toBe('system');
  });

  it('round-trips through storage under its key', () => {
    const storage = memoryStorage();
    expect(readThemeChoice(storage)).toBe('system');
    saveThemeChoice(storage, 'dark');
    expect(storage.items.get(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice(storage)).toBe('dark');
  });

  it('pins light or dark on the root and leaves the system choice to the media query', () => {
    const root = document.createElement('html');
    applyThemeChoice('dark', root);
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyThemeChoice('light', root);
    expect(root.getAttribute('data-theme')).toBe('light');
    applyThemeChoice('system', root);
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
