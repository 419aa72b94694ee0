// An image the user asked to see (from an answer or a pasted URL), fetched as data and shown from a blob: URL.
// The page's Content-Security-Policy lets images load only from this site, data: and blob: — so a model answer
// can never make the browser contact a host by itself. Here the user chose the host; no cookies or referrer go.

import { ApiError, isAbortError } from './errors';

/** Larger images are not fetched: a picture in an answer does not need more. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export async function fetchImage(url: string, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors', signal });
  } catch (error) {
    if (signal?.aborted || isAbortError(error))
      throw new ApiError({ kind: 'aborted', status: 0, serverMessage: 'The request was cancelled' });
    throw new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'Failed to fetch',
      message: `${new URL(url).host} did not let this page load the image (it may not allow other sites to, CORS). Open it in a new tab instead.`,
      cause: error,
    });
  }
  if (!response.ok)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: response.statusText || 'Failed',
    });
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/'))
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: `Not an image (${type || 'no type'})`,
    });
  const length = Number(response.headers.get('content-length'));
  if (length > MAX_IMAGE_BYTES)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: 'The image is larger than 20 MB',
    });
  const blob = await response.blob();
  if (blob.size > MAX_IMAGE_BYTES)
    throw new ApiError({
      kind: 'http',
      status: response.status,
      serverMessage: 'The image is larger than 20 MB',
    });
  return blob;
}
