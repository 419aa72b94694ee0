// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROVIDER, withKey } from '@/domain/provider';
import { browserStorage } from '@/lib/storage';
import { migrateSettings, readSettings, useSettingsStore } from './settingsStore';

function stored(): string {
  browserStorage.flush();
  return window.localStorage.getItem('yoke.settings') ?? '';
}

describe('settings store', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps keys in memory only unless the user asks to remember them', () => {
    const keys = withKey(DEFAULT_PROVIDER.keys, 'oxen', '', 'sk-secret-1');
    useSettingsStore.getState().saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', keys });
    expect(useSettingsStore.getState().provider.keys.oxen).toBe('sk-secret-1');
    expect(stored()).toContain('"oxen"');
    expect(stored()).not.toContain('sk-secret-1');

    const other = withKey(DEFAULT_PROVIDER.keys, 'oxen', '', 'sk-secret-2');
    useSettingsStore
      .getState()
      .saveProvider({ ...DEFAULT_PROVIDER, kind: 'oxen', keys: other, rememberKey: true });
    expect(stored()).toContain('sk-secret-2');
  });

  it('files a version-1 key under the provider (and base URL) it was entered for', () => {
    const migrated = migrateSettings(
      { provider: { kind: 'openai', baseUrl: 'http://h:1/v1/', apiKey: 'k1', rememberKey: true } },
      1,
    ) as { provider: unknown };
    expect(readSettings(migrated.provider)).toEqual({
      kind: 'openai',
      baseUrl: 'http://h:1/v1/',
      keys: { demo: '', oxen: '', openai: { 'http://h:1/v1': 'k1' } },
      rememberKey: true,
    });
  });

  it('reads malformed stored settings as defaults, field by field', () => {
    expect(
      readSettings({ kind: 'evil', baseUrl: 42, keys: { oxen: 7, openai: { __proto__: 'x', a: 1 } } }),
    ).toEqual(DEFAULT_PROVIDER);
    expect(readSettings('nonsense')).toEqual(DEFAULT_PROVIDER);
  });
});
