// The colour theme the user chose in the header. "system" follows the operating system (prefers-color-scheme);
// "light" and "dark" pin it. The choice is applied as data-theme on <html>, which src/index.css reads: the CSS
// does the rest (every colour token holds a light and a dark shade), so applying a theme never re-renders React.

import type { StorageLike } from '@/lib/storage';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

export const THEME_STORAGE_KEY = 'yoke.theme';

/** Anything stored that is not a known choice (an old value, a hand edit) means "follow the system". */
export function parseThemeChoice(raw: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === raw) ?? 'system';
}

export function readThemeChoice(storage: Pick<StorageLike, 'getItem'>): ThemeChoice {
  return parseThemeChoice(storage.getItem(THEME_STORAGE_KEY));
}

export function saveThemeChoice(storage: Pick<StorageLike, 'setItem'>, choice: ThemeChoice): void {
  storage.setItem(THEME_STORAGE_KEY, choice);
}

/** Sets the theme on the document root; "system" removes the attribute so the media query decides. */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
