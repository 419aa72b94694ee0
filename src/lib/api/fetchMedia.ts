// A generated file (or an image the user asked to see), fetched as data and shown from a blob: URL. The page's
// Content-Security-Policy lets media load only from this site, data: and blob: — so a server's answer can never
// make the browser contact a host by itself. Here the user chose to look: no key, no cookies, no referrer go.

import { ApiError, errorMessageFromBody, isAbortError } from './errors';

/** Larger images are not fetched: a picture does not need more. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Video and audio may be longer files. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;

export type MediaFamily = 'image' | 'video' | 'audio';

export interface FetchMediaOptions {
  /** The families accepted (default all three): fetchImage accepts images only. */
  accept?: readonly MediaFamily[];
}

function failure(status: number, serverMessage: string, extra: { message?: string; cause?: unknown } = {}) {
  return new ApiError({ kind: status === 0 ? 'network' : 'http', status, serverMessage, ...extra });
}

const aborted = () =>
  new ApiError({ kind: 'aborted', status: 0, serverMessage: 'The request was cancelled' });

function checkedUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw failure(0, 'Not a URL');
  }
  if (!['http:', 'https:', 'data:', 'blob:'].includes(parsed.protocol))
    throw failure(0, `A ${parsed.protocol} link is not fetched`);
  return parsed;
}

function familyOf(type: string): MediaFamily | undefined {
  const family = /^(image|video|audio)\//i.exec(type)?.[1]?.toLowerCase();
  // SVG is a document (script, links), not a picture: it is not shown from a result.
  if (!family || /^image\/svg\+xml/i.test(type)) return undefined;
  return family as MediaFamily;
}

/** Reads the body, giving up (and closing the connection) as soon as it passes `limit` bytes. */
async function readCapped(response: Response, type: string, limit: number, tooLarge: string): Promise<Blob> {
  if (!response.body) {
    const blob = await response.blob();
    if (blob.size > limit) throw failure(response.status, tooLarge);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw failure(response.status, tooLarge);
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[], { type });
}

export async function fetchMedia(
  url: string,
  signal?: AbortSignal,
  opts: FetchMediaOptions = {},
): Promise<Blob> {
  const accept = opts.accept ?? ['image', 'video', 'audio'];
  const what = accept.length === 1 && accept[0] === 'image' ? 'image' : 'file';
  const parsed = checkedUrl(url);
  let response: Response;
  try {
    response = await fetch(parsed.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      signal,
    });
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw aborted();
    throw failure(0, 'Failed to fetch', {
      message: `${parsed.host || 'The server'} did not let this page load the ${what} (it may not allow other sites to, CORS). Open it in a new tab instead.`,
      cause: error,
    });
  }
  try {
    if (!response.ok) {
      // An expired result link says so in its body ("This result link has expired"): that is worth showing.
      const text = await response.text().catch(() => '');
      throw failure(response.status, errorMessageFromBody(text, response.statusText || 'Failed'));
    }
    const type = response.headers.get('content-type') ?? '';
    const family = familyOf(type);
    if (!family || !accept.includes(family)) {
      await response.body?.cancel().catch(() => {});
      const expected = what === 'image' ? 'an image' : 'an image, video or audio file';
      throw failure(response.status, `Not ${expected} (${type || 'no type'})`);
    }
    const limit = family === 'image' ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
    const tooLarge = `The ${family === 'image' ? 'image' : 'file'} is larger than ${limit / 1024 / 1024} MB`;
    const length = Number(response.headers.get('content-length'));
    if (length > limit) {
      await response.body?.cancel().catch(() => {});
      throw failure(response.status, tooLarge);
    }
    return await readCapped(response, type, limit, tooLarge);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (signal?.aborted || isAbortError(error)) throw aborted();
    throw failure(response.status, 'The connection was lost while reading the file', { cause: error });
  }
}
