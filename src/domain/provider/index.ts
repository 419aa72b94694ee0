export type {
  ProviderKeys,
  ProviderKind,
  ProviderSettings,
  ResolvedProvider,
  SnippetTarget,
} from './provider';
export {
  baseUrlProblem,
  DEFAULT_PROVIDER,
  isProviderKind,
  keyFor,
  keyUrl,
  NO_KEYS,
  OXEN_BASE_URL,
  PROVIDER_KINDS,
  PROVIDER_LABELS,
  resolveProvider,
  withKey,
} from './provider';
