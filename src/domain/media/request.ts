import { effectiveParams, type NormalizedSchema, type ParamState, sentParams } from '@/domain/schema';
import type { JsonValue, MediaRequest } from '@/lib/api';
import { setOwn } from '@/lib/json';

export interface MediaRequestInput {
  modelId: string;
  normalized: NormalizedSchema | undefined;
  stored: ParamState | undefined;
}

/** Exactly what Generate submits for a pane: the model, then the parameters the form sends (the prompt is one
 * of them: media schemas carry it), in schema order. null until a model is chosen and its schema known. */
export function mediaRequest(input: MediaRequestInput): MediaRequest | null {
  const { modelId, normalized } = input;
  if (!modelId || !normalized) return null;
  const body: MediaRequest = { model: modelId };
  for (const [name, value] of Object.entries(
    sentParams(effectiveParams(input.stored, normalized), normalized),
  )) {
    if (name === 'model') continue;
    setOwn(body, name, value as JsonValue);
  }
  return body;
}

/** The prompt a job shows and gives its images as alt text: `prompt`, else the first of `multi_prompt`. */
export function promptOf(request: MediaRequest): string {
  if (typeof request.prompt === 'string') return request.prompt;
  const multi = request.multi_prompt;
  if (Array.isArray(multi)) {
    const first = multi.find((p): p is string => typeof p === 'string');
    if (first !== undefined) return first;
  }
  return '';
}
