// Errors in the shape Oxen's API returns, so the client's error handling sees the same thing from the demo,
// the proxy and the real service — with OpenAI's `error.message` / `code` / `param` alongside, as compatible
// servers add them, so the official SDKs report the error (e.message, e.code, e.param) rather than raw JSON.
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  504: 'Gateway Timeout',
};

const TYPES: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  // Oxen's type for parameters a media model refuses.
  422: 'invalid_params',
  429: 'rate_limit_error',
  500: 'server_error',
  502: 'upstream_error',
  504: 'upstream_timeout',
};

/** OpenAI's machine-readable codes for the statuses the demo and the proxy answer with. */
const CODES: Record<number, string> = {
  401: 'invalid_api_key',
  404: 'model_not_found',
  413: 'request_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limit_exceeded',
};

export interface ErrorDetails {
  /** OpenAI's error code, e.g. "unsupported_parameter" (default: by status). */
  code?: string;
  /** The request member at fault, e.g. "temperature". */
  param?: string;
}

export interface OxenErrorBody {
  error: {
    type: string;
    title: string;
    detail: string;
    message: string;
    code: string | null;
    param: string | null;
  };
  status: 'error';
  status_message: string;
}

export function oxenErrorBody(status: number, message: string, details: ErrorDetails = {}): OxenErrorBody {
  return {
    error: {
      type: TYPES[status] ?? 'invalid_request_error',
      title: TITLES[status] ?? 'Error',
      detail: message,
      message,
      code: details.code ?? CODES[status] ?? null,
      param: details.param ?? null,
    },
    status: 'error',
    status_message: message,
  };
}

export function oxenErrorResponse(
  status: number,
  message: string,
  headers?: Record<string, string>,
  details?: ErrorDetails,
): Response {
  return Response.json(oxenErrorBody(status, message, details), { status, headers });
}

/** A 405 naming the methods a route does answer, in its Allow header as RFC 9110 asks. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  const allow = allowed.join(', ');
  return oxenErrorResponse(405, `Method ${method} is not allowed here; use ${allow}`, { Allow: allow });
}
