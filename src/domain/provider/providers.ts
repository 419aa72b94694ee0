import type { ProviderKind } from '@/domain/workbench';
import type { ApiConfig } from '@/lib/api';

export interface ProviderSettings {
  kind: ProviderKind;
  /** Only used by the OpenAI-compatible provider; Demo and Oxen have fixed endpoints. */
  baseUrl: string;
  apiKey: string;
  rememberKey: boolean;
}

export const OXEN_BASE_URL = 'https://hub.oxen.ai/api/ai';
export const DEMO_PATH = '/demo/api/ai';
/** The project's server forwards this path to its configured Oxen upstream (browsers meet CORS otherwise). */
export const OXEN_PROXY_PATH = '/proxy/oxen';

export const PROVIDER_LABELS: Record<ProviderKind, string> = {
  demo: 'Demo',
  oxen: 'Oxen.ai',
  openai: 'OpenAI-compatible',
};

export const DEFAULT_PROVIDER: ProviderSettings = {
  kind: 'demo',
  baseUrl: 'http://localhost:11434/v1',
  apiKey: '',
  rememberKey: false,
};

function trimSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** Where the browser sends requests for this provider. */
export function apiConfigFor(settings: ProviderSettings): ApiConfig {
  const apiKey = settings.apiKey.trim() || undefined;
  switch (settings.kind) {
    case 'demo':
      return { baseUrl: DEMO_PATH, apiKey };
    case 'oxen':
      return { baseUrl: OXEN_PROXY_PATH, apiKey };
    case 'openai':
      return { baseUrl: trimSlash(settings.baseUrl), apiKey };
  }
}

/** The base URL a person (or a snippet) would call directly. */
export function publicBaseUrl(settings: ProviderSettings, origin: string): string {
  switch (settings.kind) {
    case 'demo':
      return `${origin}${DEMO_PATH}`;
    case 'oxen':
      return OXEN_BASE_URL;
    case 'openai':
      return trimSlash(settings.baseUrl);
  }
}

/** Why these settings cannot be used yet, or null when they can. */
export function providerProblem(settings: ProviderSettings): string | null {
  if (settings.kind === 'oxen' && settings.apiKey.trim() === '')
    return 'Oxen.ai needs an API key (Settings).';
  if (settings.kind === 'openai') {
    try {
      const url = new URL(trimSlash(settings.baseUrl));
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return 'The base URL must start with http:// or https://.';
    } catch {
      return 'The base URL is not a valid URL (Settings).';
    }
  }
  return null;
}
