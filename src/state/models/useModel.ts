import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type NormalizedSchema, normalizeSchema } from '@/domain/schema';
import type { Model } from '@/lib/api';
import { modelListQuery, modelQuery } from './queries';
import { useProviderConfig } from './useProviderConfig';

export function useModelList() {
  return useQuery(modelListQuery(useProviderConfig()));
}

// Keyed by the cached model object: switching back to a model reuses its normalised schema (and so skips
// compiling it with ajv again, ~5 ms for a 40-field schema), and a refetched model gets a fresh one.
const normalizedCache = new WeakMap<Model, NormalizedSchema>();
function normalizedOf(model: Model): NormalizedSchema {
  let normalized = normalizedCache.get(model);
  if (!normalized) {
    normalized = normalizeSchema(model);
    normalizedCache.set(model, normalized);
  }
  return normalized;
}

export interface ModelInfo {
  model: Model | undefined;
  normalized: NormalizedSchema | undefined;
  isLoading: boolean;
  /** The details call failed: the list entry (or just the id) stands in, with the built-in parameters. */
  detailsError: Error | null;
}

/** The selected model's details and its form schema. Servers without a details endpoint (some
 * OpenAI-compatible ones) still get a usable form: the list entry stands in and the built-in schema applies. */
export function useModel(modelId: string): ModelInfo {
  const cfg = useProviderConfig();
  const details = useQuery({ ...modelQuery(cfg, modelId), enabled: modelId !== '' });
  const list = useQuery({ ...modelListQuery(cfg), enabled: modelId !== '' && details.isError });
  const model = useMemo<Model | undefined>(() => {
    if (!modelId) return undefined;
    if (details.data) return details.data;
    if (details.isError) return list.data?.find((m) => m.id === modelId) ?? { id: modelId };
    return undefined;
  }, [modelId, details.data, details.isError, list.data]);
  const normalized = useMemo(() => (model ? normalizedOf(model) : undefined), [model]);
  return { model, normalized, isLoading: details.isLoading, detailsError: details.error };
}
