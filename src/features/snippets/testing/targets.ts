import { DEFAULT_PROVIDER, type ProviderKind, resolveProvider, type SnippetTarget } from '@/domain/provider';

/** The snippet target the app would use for a provider kind (and base URL, for OpenAI-compatible). */
export function targetFor(kind: ProviderKind, baseUrl = '', origin = 'http://localhost:5173'): SnippetTarget {
  return resolveProvider({ ...DEFAULT_PROVIDER, kind, baseUrl }, undefined, origin).snippet;
}
