import type { ApiConfig, Model } from '@/lib/api';
import { modelListQuery, modelQuery } from './queries';
import { queryClient } from './queryClient';
import { modelOrStandIn } from './useModel';

/**
 * The model a run outside React uses (Run all, a sweep): the same cache entry the screen shows, fetched if no
 * one has asked for it yet, and the same stand-in when its details failed — so the run sends what the API tab
 * shows. A details call that already failed is not retried here: the screen is already showing the stand-in.
 */
export async function modelForRun(api: ApiConfig, modelId: string): Promise<Model> {
  const detailsQuery = modelQuery(api, modelId);
  const state = queryClient.getQueryState(detailsQuery.queryKey);
  let details: Model | undefined = state?.data;
  let failed = state?.status === 'error' && details === undefined;
  if (!details && !failed) {
    try {
      details = await queryClient.fetchQuery(detailsQuery);
    } catch {
      failed = true;
    }
  }
  const list = failed
    ? await queryClient.ensureQueryData(modelListQuery(api)).catch(() => undefined)
    : undefined;
  return modelOrStandIn(modelId, details, failed, list) ?? { id: modelId };
}
