// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER } from '@/domain/provider';
import { browserStorage } from '@/lib/storage';
import { useSettingsStore } from './settingsStore';

function stored(): string {
  browserStorage.flush();
  return window.localStorage.getItem('yoke.settings') ?? '';
}

describe('settings store', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the key in memory only unless the user asks to remember it', () => {
    useSettingsStore.getState().saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', apiKey: 'sk-secret-1' });
    expect(useSettingsStore.getState().provider.apiKey).toBe('sk-secret-1');
    expect(stored()).toContain('"oxen"');
    expect(stored()).not.toContain('sk-secret-1');

    useSettingsStore
      .getState()
      .saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', apiKey: 'sk-secret-2', rememberKey: true });
    expect(stored()).toContain('sk-secret-2');
  });
});
