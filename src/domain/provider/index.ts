export type { ProviderSettings } from './providers';
export {
  apiConfigFor,
  DEFAULT_PROVIDER,
  OXEN_BASE_URL,
  PROVIDER_LABELS,
  providerProblem,
  publicBaseUrl,
} from './providers';
export type { SnippetTarget } from './snippetTarget';
export { assertEnvVarName, snippetTargetFor } from './snippetTarget';
