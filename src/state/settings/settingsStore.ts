import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  DEFAULT_PROVIDER,
  isProviderKind,
  NO_KEYS,
  type ProviderKeys,
  type ProviderSettings,
  withKey,
} from '@/domain/provider';
import { isRecord } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { persistStorage } from '@/state/persistence';
import { DEFAULT_EVAL_CONCURRENCY, setLaneLimit } from '@/state/runs';
import { applyEvalConcurrency, clampEvalConcurrency, readEvalConcurrency } from './evalConcurrency';

interface SettingsState {
  provider: ProviderSettings;
  saveProvider: (next: ProviderSettings) => void;
  /** Per evaluation lane (laneOfEvaluation), how many of its runs go at once; absent: the default (4). */
  evalConcurrency: Record<string, number>;
  setEvalConcurrency: (lane: string, n: number) => void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function readKeys(value: unknown): ProviderKeys {
  if (!isRecord(value)) return NO_KEYS;
  let keys: ProviderKeys = { demo: text(value.demo), oxen: text(value.oxen), openai: {} };
  if (isRecord(value.openai)) {
    for (const [url, key] of Object.entries(value.openai)) {
      if (typeof key === 'string') keys = withKey(keys, 'openai', url, key);
    }
  }
  return keys;
}

/** Stored settings, checked field by field: anything malformed falls back to its default. */
export function readSettings(value: unknown): ProviderSettings {
  if (!isRecord(value)) return DEFAULT_PROVIDER;
  return {
    kind: isProviderKind(value.kind) ? value.kind : DEFAULT_PROVIDER.kind,
    baseUrl: typeof value.baseUrl === 'string' ? value.baseUrl : DEFAULT_PROVIDER.baseUrl,
    keys: readKeys(value.keys),
    rememberKey: value.rememberKey === true,
  };
}

/** Version 1 had one key for whichever provider was selected: it belongs to that provider (and base URL). */
export function migrateSettings(persisted: unknown, version: number): unknown {
  if (version >= 2 || !isRecord(persisted) || !isRecord(persisted.provider)) return persisted;
  const old = persisted.provider;
  const kind = isProviderKind(old.kind) ? old.kind : DEFAULT_PROVIDER.kind;
  const baseUrl = typeof old.baseUrl === 'string' ? old.baseUrl : DEFAULT_PROVIDER.baseUrl;
  const { apiKey, ...rest } = old;
  return { ...persisted, provider: { ...rest, keys: withKey(NO_KEYS, kind, baseUrl, text(apiKey)) } };
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      provider: DEFAULT_PROVIDER,
      saveProvider: (provider) => set({ provider }),
      evalConcurrency: {},
      setEvalConcurrency: (lane, n) => {
        const limit = clampEvalConcurrency(n);
        // The scheduler at once: a grid that is running speeds up or slows down from its next start.
        setLaneLimit(lane, limit);
        set((s) => ({ evalConcurrency: { ...s.evalConcurrency, [lane]: limit } }));
      },
    }),
    {
      name: 'yoke.settings',
      version: 2,
      storage: persistStorage(browserStorage),
      // Keys are the user's secrets: written to storage only when they asked us to remember them.
      partialize: ({ provider, evalConcurrency }) => ({
        provider: { ...provider, keys: provider.rememberKey ? provider.keys : NO_KEYS },
        evalConcurrency,
      }),
      migrate: migrateSettings,
      merge: (persisted, current) => {
        if (!isRecord(persisted)) return current;
        const saved = persisted.provider;
        return {
          ...current,
          ...(saved === undefined ? {} : { provider: readSettings(saved) }),
          evalConcurrency: readEvalConcurrency(persisted.evalConcurrency),
        };
      },
      // The scheduler learns the stored limits on load, before any evaluation can start.
      onRehydrateStorage: () => (state) => {
        if (state) applyEvalConcurrency(state.evalConcurrency);
      },
    },
  ),
);

export const selectProvider = (state: SettingsState) => state.provider;
export const selectSaveProvider = (state: SettingsState) => state.saveProvider;

/** How many runs of evaluation lane `lane` go at once (the default when the user set none). */
export const selectEvalConcurrency =
  (lane: string) =>
  (state: SettingsState): number =>
    Object.hasOwn(state.evalConcurrency, lane)
      ? (state.evalConcurrency[lane] as number)
      : DEFAULT_EVAL_CONCURRENCY;

/** Sets (and stores) the concurrency of evaluation lane `lane`, 1–16, and applies it to the scheduler. */
export function setEvalConcurrency(lane: string, n: number): void {
  useSettingsStore.getState().setEvalConcurrency(lane, n);
}
