import { useMemo } from 'react';
import { type ProviderKind, type ResolvedProvider, resolveProvider } from '@/domain/provider';
import { selectProvider, useSettingsStore } from './settingsStore';

function pageOrigin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

/** The provider in effect now for `override` (a compare pane's own choice) or the global settings. */
export function currentProvider(override?: ProviderKind): ResolvedProvider {
  return resolveProvider(useSettingsStore.getState().provider, override, pageOrigin());
}

/** The same, for a component: it re-renders when the settings change. */
export function useResolvedProvider(override?: ProviderKind): ResolvedProvider {
  const settings = useSettingsStore(selectProvider);
  return useMemo(() => resolveProvider(settings, override, pageOrigin()), [settings, override]);
}
