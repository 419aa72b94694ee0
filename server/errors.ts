// Errors in the shape Oxen's API returns, so the client's error handling sees the same thing from the demo,
// the proxy and the real service.
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

const TYPES: Record<number, string> = {
  401: 'unauthenticated',
  404: 'not_found',
  500: 'server_error',
  502: 'upstream_error',
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

export function oxenErrorResponse(status: number, message: string): Response {
  return Response.json(oxenErrorBody(status, message), { status });
}
