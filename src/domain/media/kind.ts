import type { Model } from '@/lib/api';
import type { ModelKind } from './types';

const IMAGE_ENDPOINTS = new Set(['/images/generate', '/images/edit']);
const VIDEO_ENDPOINTS = new Set(['/videos/generate']);

/** What a model makes. Oxen names it in `endpoint`; without one (OpenAI-compatible lists), a model whose
 * outputs are images or video and no text is a media model; everything else is chat — a chat model that can
 * also return images stays chat (its images come inline in the answer). */
export function modelKind(model: Pick<Model, 'endpoint' | 'capabilities'> | undefined): ModelKind {
  if (!model) return 'chat';
  const endpoint = model.endpoint?.trim().replace(/\/+$/, '');
  if (endpoint !== undefined && endpoint !== '') {
    if (IMAGE_ENDPOINTS.has(endpoint)) return 'image';
    if (VIDEO_ENDPOINTS.has(endpoint)) return 'video';
    return 'chat';
  }
  const output = model.capabilities?.output ?? [];
  if (output.includes('text')) return 'chat';
  if (output.includes('video')) return 'video';
  if (output.includes('image')) return 'image';
  return 'chat';
}
