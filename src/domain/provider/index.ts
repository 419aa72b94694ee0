export type { ProviderKind, ProviderSettings, ResolvedProvider, SnippetTarget } from './provider';
export {
  baseUrlProblem,
  DEFAULT_PROVIDER,
  isProviderKind,
  OXEN_BASE_URL,
  PROVIDER_KINDS,
  PROVIDER_LABELS,
  resolveProvider,
} from './provider';
