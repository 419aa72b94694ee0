import { useMemo } from 'react';
import type { ApiConfig } from '../../lib/api/client';
import { apiConfigFor } from '../settings/providers';
import { selectProvider, useSettingsStore } from '../settings/settingsStore';

export function useProviderConfig(): ApiConfig {
  const provider = useSettingsStore(selectProvider);
  return useMemo(() => apiConfigFor(provider), [provider]);
}
