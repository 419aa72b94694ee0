import { createContext, useContext, useMemo } from 'react';
import { apiConfigFor, type ProviderSettings } from '@/domain/provider';
import type { ApiConfig } from '@/lib/api';
import { selectProvider, useSettingsStore } from '@/state/settings';

/** Lets a subtree (a compare pane with its own provider) use other provider settings than the global ones, so
 * the model picker, model details and parameter form inside it all talk to that pane's provider. */
export const ProviderOverride = createContext<ProviderSettings | null>(null);

/** The provider settings in effect here: the nearest override, else the global settings. */
export function useProviderSettings(): ProviderSettings {
  const global = useSettingsStore(selectProvider);
  return useContext(ProviderOverride) ?? global;
}

export function useProviderConfig(): ApiConfig {
  const provider = useProviderSettings();
  return useMemo(() => apiConfigFor(provider), [provider]);
}
