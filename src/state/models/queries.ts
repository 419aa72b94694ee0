// React Query options for the model catalogue. Query keys are visible in devtools and may be persisted, so
// they carry whether a key is set, never the key itself.
import { queryOptions } from '@tanstack/react-query';
import { type ApiConfig, ApiError, getModel, listModels } from '@/lib/api';

const FIVE_MINUTES = 5 * 60 * 1000;
const MAX_RETRIES = 2;

export const modelKeys = {
  /** Everything cached for one server: invalidate this after the user changes the API key. */
  all: (baseUrl: string) => ['models', baseUrl] as const,
  list: (baseUrl: string, hasKey: boolean) => [...modelKeys.all(baseUrl), 'list', { hasKey }] as const,
  detail: (baseUrl: string, id: string, hasKey: boolean) =>
    [...modelKeys.all(baseUrl), 'detail', id, { hasKey }] as const,
};

export function hasApiKey(cfg: ApiConfig): boolean {
  return Boolean(cfg.apiKey?.trim());
}

export function modelListQuery(cfg: ApiConfig) {
  return queryOptions({
    queryKey: modelKeys.list(cfg.baseUrl, hasApiKey(cfg)),
    queryFn: ({ signal }) => listModels(cfg, signal),
    staleTime: FIVE_MINUTES,
    retry: shouldRetry,
  });
}

export function modelQuery(cfg: ApiConfig, id: string) {
  return queryOptions({
    queryKey: modelKeys.detail(cfg.baseUrl, id, hasApiKey(cfg)),
    queryFn: ({ signal }) => getModel(cfg, id, signal),
    staleTime: FIVE_MINUTES,
    retry: shouldRetry,
  });
}

/** A 4xx (bad key, unknown model) will fail the same way again, and a cancel was on purpose; a dropped
 * connection or a 5xx may well succeed on a second try. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return true;
  if (error.kind === 'aborted') return false;
  if (error.kind === 'http') return error.status >= 500;
  return true;
}
