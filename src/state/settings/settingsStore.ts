import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_PROVIDER, type ProviderSettings } from '@/domain/provider';
import { browserStorage } from '@/lib/storage';
import { persistStorage } from '@/state/persistence';

interface SettingsState {
  provider: ProviderSettings;
  saveProvider: (next: ProviderSettings) => void;
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      provider: DEFAULT_PROVIDER,
      saveProvider: (provider) => set({ provider }),
    }),
    {
      name: 'yoke.settings',
      version: 1,
      storage: persistStorage(browserStorage),
      // The key is the user's secret: it is written to storage only when they asked us to remember it.
      partialize: ({ provider }) => ({
        provider: { ...provider, apiKey: provider.rememberKey ? provider.apiKey : '' },
      }),
      merge: (persisted, current) => {
        const saved = (persisted as Partial<SettingsState> | undefined)?.provider;
        return saved ? { ...current, provider: { ...DEFAULT_PROVIDER, ...saved } } : current;
      },
    },
  ),
);

export const selectProvider = (state: SettingsState) => state.provider;
export const selectSaveProvider = (state: SettingsState) => state.saveProvider;
