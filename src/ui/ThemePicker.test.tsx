// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { browserStorage } from '@/lib/storage';
import { THEME_STORAGE_KEY } from '@/lib/theme';
import { ThemePicker } from './ThemePicker';

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

describe('ThemePicker', () => {
  it('starts on the saved choice, applies a new one to the root and saves it', () => {
    browserStorage.setItem(THEME_STORAGE_KEY, 'light');
    render(<ThemePicker />);
    const picker = screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement;
    expect(picker.value).toBe('light');
    fireEvent.change(picker, { target: { value: 'dark' } });
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(browserStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    fireEvent.change(picker, { target: { value: 'system' } });
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    expect(browserStorage.getItem(THEME_STORAGE_KEY)).toBe('system');
  });
});
