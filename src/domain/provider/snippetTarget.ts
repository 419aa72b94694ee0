import type { ProviderKind } from '@/domain/workbench';

export const OXEN_BASE_URL = 'https://hub.oxen.ai/api/ai';

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

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

/**
 * Where snippets point for each provider.
 * - demo: the demo server of the page the user is on, made absolute with `origin` (a snippet runs outside the
 *   browser, so a relative `/demo/api/ai` would be useless). The demo needs no key unless the server was
 *   started with one, so snippets read YOKE_API_KEY optionally.
 * - oxen: always the public Oxen API, not the app's `/proxy/oxen` path — the proxy only exists for the
 *   browser's same-origin needs; a script talks to Oxen directly.
 * - openai: the configured base URL of the OpenAI-compatible server with OPENAI_API_KEY, the variable the
 *   OpenAI SDKs read by default. A relative base URL is resolved against `origin`.
 */
export function snippetTargetFor(providerKind: ProviderKind, baseUrl: string, origin: string): SnippetTarget {
  const base = (() => {
    switch (providerKind) {
      case 'demo':
        return `${trimSlashes(origin)}/demo/api/ai`;
      case 'oxen':
        return OXEN_BASE_URL;
      case 'openai':
        return trimSlashes(absoluteUrl(baseUrl, origin));
    }
  })();
  return {
    baseUrl: base,
    chatUrl: `${base}/chat/completions`,
    keyEnvVar:
      providerKind === 'demo' ? 'YOKE_API_KEY' : providerKind === 'oxen' ? 'OXEN_API_KEY' : 'OPENAI_API_KEY',
    keyOptional: providerKind === 'demo',
  };
}

function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).href;
  } catch {
    // An unparsable base is shown as typed; the user sees it in the snippet and can fix the setting.
    return url;
  }
}

/** Env var names are pasted into shell, Python and JS source unquoted, so only plain identifiers pass. */
export function assertEnvVarName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an environment variable name: ${name}`);
  return name;
}
