import { useState } from 'react';
import { browserStorage } from '@/lib/storage';
import {
  applyThemeChoice,
  parseThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  THEME_CHOICES,
  THEME_LABELS,
  type ThemeChoice,
} from '@/lib/theme';

/** System / Light / Dark. main.tsx applies the saved choice before the first render; this changes it. */
export function ThemePicker() {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice(browserStorage));
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    applyThemeChoice(next, document.documentElement);
    saveThemeChoice(browserStorage, next);
  };
  return (
    <label className="flex items-center gap-1 text-xs text-slate-600">
      <span className="hidden sm:inline">Theme</span>
      <select
        aria-label="Theme"
        value={choice}
        onChange={(event) => choose(parseThemeChoice(event.target.value))}
        className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs text-slate-800"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
