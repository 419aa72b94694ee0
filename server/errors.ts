// Errors in the shape Oxen's API returns, so the client's error handling sees the same thing from the demo,
// the proxy and the real service.
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

const TYPES: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  500: 'server_error',
  502: 'upstream_error',
  504: 'upstream_timeout',
};

export interface OxenErrorBody {
  error: { type: string; title: string; detail: string };
  status: 'error';
  status_message: string;
}

export function oxenErrorBody(status: number, message: string): OxenErrorBody {
  return {
    error: {
      type: TYPES[status] ?? 'invalid_request_error',
      title: TITLES[status] ?? 'Error',
      detail: message,
    },
    status: 'error',
    status_message: message,
  };
}

export function oxenErrorResponse(
  status: number,
  message: string,
  headers?: Record<string, string>,
): Response {
  return Response.json(oxenErrorBody(status, message), { status, headers });
}

/** A 405 naming the methods a route does answer, in its Allow header as RFC 9110 asks. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  const allow = allowed.join(', ');
  return oxenErrorResponse(405, `Method ${method} is not allowed here; use ${allow}`, { Allow: allow });
}
