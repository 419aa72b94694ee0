import type { ModelKind } from '@/domain/media';
import type { SnippetTarget } from './types';

/** The kinds a media snippet is written for (a chat model gets the chat snippets). */
export type MediaKind = Exclude<ModelKind, 'chat'>;

/** `POST {base}/queue` submits; `GET {base}/queue/{id}` polls. */
export function queueUrl(target: SnippetTarget): string {
  return `${target.baseUrl.replace(/\/+$/, '')}/queue`;
}

/** Seconds between polls: Oxen suggests 2–5 s for images and 10–30 s for video; the snippets take the
 * quick end, the pace the workbench itself starts at. */
export function pollSeconds(kind: MediaKind): number {
  return kind === 'video' ? 10 : 2;
}
