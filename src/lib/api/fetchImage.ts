// An image the user asked to see (from an answer or a pasted URL): fetchMedia, images only.

import { fetchMedia } from './fetchMedia';

export { MAX_IMAGE_BYTES } from './fetchMedia';

export function fetchImage(url: string, signal?: AbortSignal): Promise<Blob> {
  return fetchMedia(url, signal, { accept: ['image'] });
}
