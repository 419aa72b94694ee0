import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { oxenErrorResponse } from './errors.ts';

/** Request bodies up to 25 MB: a chat with a few images inlined as data URLs fits, a runaway upload does not. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/**
 * hono's bodyLimit refuses a declared Content-Length over the limit before reading a byte, and counts a
 * chunked body as it arrives, stopping at the limit; so no request makes the server hold more than that.
 */
export function limitBody(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler {
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => oxenErrorResponse(413, `Request body is larger than the ${megabytes} MB limit`),
  });
}
