import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type NormalizedSchema, normalizeSchema } from '@/domain/schema';
import type { ApiConfig, Model } from '@/lib/api';
import { modelListQuery, modelQuery } from './queries';
import { useSchemaEngine } from './useSchemaEngine';

export function useModelList(api: ApiConfig) {
  return useQuery(modelListQuery(api));
}

// Keyed by the cached model object: switching back to a model reuses its normalised schema (and so skips
// compiling it with ajv again, ~5 ms for a 40-field schema), and a refetched model gets a fresh one.
const normalizedCache = new WeakMap<Model, NormalizedSchema>();
/** Needs the schema engine: await loadSchemaEngine() first (or see useSchemaEngine). */
export function normalizedOf(model: Model): NormalizedSchema {
  let normalized = normalizedCache.get(model);
  if (!normalized) {
    normalized = normalizeSchema(model);
    normalizedCache.set(model, normalized);
  }
  return normalized;
}

/** The model to use: its details, or — when the details call failed (some OpenAI-compatible servers have no
 * details route) — its list entry, or just its id; the built-in parameters then apply. undefined while the
 * details are still loading. */
export function modelOrStandIn(
  modelId: string,
  details: Model | undefined,
  detailsFailed: boolean,
  list: readonly Model[] | undefined,
): Model | undefined {
  if (!modelId) return undefined;
  if (details) return details;
  if (detailsFailed) return list?.find((m) => m.id === modelId) ?? { id: modelId };
  return undefined;
}

export interface ModelInfo {
  model: Model | undefined;
  normalized: NormalizedSchema | undefined;
  isLoading: boolean;
  /** The details call failed: the list entry (or just the id) stands in, with the built-in parameters. Null
   * when the model list failed with the same message (the picker shows that one). */
  detailsError: Error | null;
}

/** The selected model's details and its form schema, from the provider at `api`. */
export function useModel(api: ApiConfig, modelId: string): ModelInfo {
  const details = useQuery({ ...modelQuery(api, modelId), enabled: modelId !== '' });
  const list = useQuery({ ...modelListQuery(api), enabled: modelId !== '' && details.isError });
  const model = useMemo(
    () => modelOrStandIn(modelId, details.data, details.isError, list.data),
    [modelId, details.data, details.isError, list.data],
  );
  // The schema is checked with ajv, which arrives in its own chunk in parallel with the details: until both are
  // in, the model is still loading.
  const engine = useSchemaEngine();
  const normalized = useMemo(() => (model && engine ? normalizedOf(model) : undefined), [model, engine]);
  return {
    model,
    normalized,
    isLoading: details.isLoading || (model !== undefined && !engine),
    detailsError: newFailure(details.error, list.error),
  };
}

/** A details failure worth its own notice: not when the model list failed the same way (the server is down,
 * the key refused, CORS), because the picker already says so — one failure is shown once. */
export function newFailure(detailsError: Error | null, listError: Error | null): Error | null {
  if (!detailsError) return null;
  return listError && listError.message === detailsError.message ? null : detailsError;
}
