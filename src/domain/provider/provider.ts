// Everything the workbench knows about its providers, in one table: where the browser sends requests, what a
// snippet calls instead, which environment variable holds the key, and what makes settings unusable.
// `resolveProvider` is the one function that answers these for the global settings or a pane's override.

import type { ApiConfig } from '@/lib/api';
import { absoluteUrl, trimTrailingSlashes } from '@/lib/url';

export type ProviderKind = 'demo' | 'oxen' | 'openai';

/** One key per provider, and for OpenAI-compatible servers one per base URL: a key is only ever sent to the
 * server it was entered for. */
export interface ProviderKeys {
  demo: string;
  oxen: string;
  /** By base URL (as `keyUrl` normalises it). */
  openai: Record<string, string>;
}

export interface ProviderSettings {
  kind: ProviderKind;
  /** Only used by the OpenAI-compatible provider; Demo and Oxen have fixed endpoints. */
  baseUrl: string;
  keys: ProviderKeys;
  rememberKey: boolean;
}

export const NO_KEYS: ProviderKeys = { demo: '', oxen: '', openai: {} };

export const DEFAULT_PROVIDER: ProviderSettings = {
  kind: 'demo',
  baseUrl: 'http://localhost:11434/v1',
  keys: NO_KEYS,
  rememberKey: false,
};

/** The form of a base URL that OpenAI-compatible keys are filed under. */
export function keyUrl(baseUrl: string): string {
  return trimTrailingSlashes(baseUrl);
}

/** The key entered for `kind` (and, for OpenAI-compatible, for `baseUrl`); '' when there is none. */
export function keyFor(keys: ProviderKeys, kind: ProviderKind, baseUrl: string): string {
  if (kind !== 'openai') return keys[kind];
  const url = keyUrl(baseUrl);
  return Object.hasOwn(keys.openai, url) ? (keys.openai[url] ?? '') : '';
}

/** `keys` with `key` filed for `kind` (and `baseUrl`); an empty key removes an OpenAI-compatible entry. */
export function withKey(keys: ProviderKeys, kind: ProviderKind, baseUrl: string, key: string): ProviderKeys {
  if (kind !== 'openai') return { ...keys, [kind]: key };
  const openai = { ...keys.openai };
  if (key.trim() === '') delete openai[keyUrl(baseUrl)];
  else
    Object.defineProperty(openai, keyUrl(baseUrl), {
      value: key,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return { ...keys, openai };
}

/** Oxen's public inference API: what snippets call (the browser goes through this server's proxy instead). */
export const OXEN_BASE_URL = 'https://hub.oxen.ai/api/ai';

/** Where a snippet sends its request and which environment variable holds the key. */
export interface SnippetTarget {
  /** Full chat-completions URL, e.g. https://hub.oxen.ai/api/ai/chat/completions. */
  chatUrl: string;
  /** The API base the OpenAI SDKs take (`base_url` / `baseURL`), e.g. https://hub.oxen.ai/api/ai. */
  baseUrl: string;
  /** Name of the environment variable the snippet reads the key from. The real key is never printed. */
  keyEnvVar: string;
  /** True when the server works without a key (the demo): snippets then read the variable optionally,
   * so they run even when it is unset instead of failing with a KeyError. */
  keyOptional?: boolean;
}

/** One provider as the rest of the app uses it. */
export interface ResolvedProvider {
  kind: ProviderKind;
  label: string;
  /** Where the browser sends requests, and the key it sends (only ever to this base URL). */
  api: ApiConfig;
  /** What a program outside the browser calls. */
  snippet: SnippetTarget;
  /** Why these settings cannot be used yet (shown beside Run), or null when they can. */
  problem: string | null;
}

interface ProviderFacts {
  label: string;
  /** The base URL requests from the browser go to. */
  endpoint: (settings: ProviderSettings) => string;
  /** The base URL a snippet calls. */
  publicBaseUrl: (settings: ProviderSettings, origin: string) => string;
  keyEnvVar: string;
  keyOptional: boolean;
  problem: (settings: ProviderSettings) => string | null;
}

/** The demo provider and the Oxen proxy are paths of this Yoke server. */
const DEMO_PATH = '/demo/api/ai';
const OXEN_PROXY_PATH = '/proxy/oxen';

const PROVIDERS: Record<ProviderKind, ProviderFacts> = {
  demo: {
    label: 'Demo',
    endpoint: () => DEMO_PATH,
    // A snippet runs outside the browser: the relative path is made absolute on the page's origin. The demo
    // needs no key unless the server was started with one, so snippets read YOKE_API_KEY optionally.
    publicBaseUrl: (_settings, origin) => `${trimTrailingSlashes(origin)}${DEMO_PATH}`,
    keyEnvVar: 'YOKE_API_KEY',
    keyOptional: true,
    problem: () => null,
  },
  oxen: {
    label: 'Oxen.ai',
    // Browsers cannot call hub.oxen.ai (CORS), so the page goes through this server's proxy; a script talks to
    // Oxen directly.
    endpoint: () => OXEN_PROXY_PATH,
    publicBaseUrl: () => OXEN_BASE_URL,
    keyEnvVar: 'OXEN_API_KEY',
    keyOptional: false,
    problem: (settings) => (settings.keys.oxen.trim() === '' ? 'Oxen.ai needs an API key (Settings).' : null),
  },
  openai: {
    label: 'OpenAI-compatible',
    endpoint: (settings) => trimTrailingSlashes(settings.baseUrl),
    // OPENAI_API_KEY is the variable the OpenAI SDKs read by default.
    publicBaseUrl: (settings, origin) => trimTrailingSlashes(absoluteUrl(settings.baseUrl, origin)),
    keyEnvVar: 'OPENAI_API_KEY',
    keyOptional: false,
    problem: (settings) => baseUrlProblem(settings.baseUrl),
  },
};

export const PROVIDER_KINDS = Object.keys(PROVIDERS) as ProviderKind[];

export const PROVIDER_LABELS: Record<ProviderKind, string> = {
  demo: PROVIDERS.demo.label,
  oxen: PROVIDERS.oxen.label,
  openai: PROVIDERS.openai.label,
};

export function isProviderKind(value: unknown): value is ProviderKind {
  return typeof value === 'string' && Object.hasOwn(PROVIDERS, value);
}

/** Why an OpenAI-compatible base URL cannot be used, or null. */
export function baseUrlProblem(baseUrl: string): string | null {
  try {
    const url = new URL(trimTrailingSlashes(baseUrl));
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'The base URL must start with http:// or https://.';
  } catch {
    return 'The base URL is not a valid URL (Settings).';
  }
  return null;
}

/**
 * The provider in effect: `override` (a compare pane's own choice) or else the kind in `settings`, with the
 * settings' base URL and key. `origin` is the page's, for the demo's absolute URL in snippets.
 */
export function resolveProvider(
  settings: ProviderSettings,
  override: ProviderKind | undefined,
  origin: string,
): ResolvedProvider {
  const kind = override ?? settings.kind;
  const effective = kind === settings.kind ? settings : { ...settings, kind };
  const facts = PROVIDERS[kind];
  const publicBaseUrl = facts.publicBaseUrl(effective, origin);
  // The key of this provider (and base URL) only: a pane switched to another provider never carries the key
  // entered for the first one.
  const apiKey = keyFor(settings.keys, kind, settings.baseUrl).trim() || undefined;
  return {
    kind,
    label: facts.label,
    api: { baseUrl: facts.endpoint(effective), apiKey },
    snippet: {
      baseUrl: publicBaseUrl,
      chatUrl: `${publicBaseUrl}/chat/completions`,
      keyEnvVar: facts.keyEnvVar,
      keyOptional: facts.keyOptional,
    },
    problem: facts.problem(effective),
  };
}
