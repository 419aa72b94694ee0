import { describe, expect, it } from 'vitest';
import { ApiError, errorMessageFromBody, isAbortError } from './errors';

describe('errorMessageFromBody', () => {
  it('reads the Oxen error shape (detail first)', () => {
    const body = {
      error: { type: 'unauthenticated', title: 'Unauthorized', detail: 'unauthenticated' },
      status: 'error',
      status_message: 'unauthenticated',
    };
    expect(errorMessageFromBody(body)).toBe('unauthenticated');
  });

  it('prefers the Oxen detail over the generic title', () => {
    const body = {
      error: { type: 'not_found', title: 'Not Found', detail: 'Model not found: gpt-9' },
      status: 'error',
      status_message: 'resource_not_found',
    };
    expect(errorMessageFromBody(body)).toBe('Model not found: gpt-9');
  });

  it('falls back to status_message, then the title, when detail is missing', () => {
    expect(errorMessageFromBody({ error: { title: 'Bad Request' }, status_message: 'Out of credits' })).toBe(
      'Out of credits',
    );
    expect(errorMessageFromBody({ error: { type: 'x', title: 'Bad Request' } })).toBe('Bad Request');
    expect(errorMessageFromBody({ status: 'error', status_message: 'Messages array cannot be empty' })).toBe(
      'Messages array cannot be empty',
    );
  });

  it('reads the OpenAI error shape', () => {
    const body = {
      error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: null },
    };
    expect(errorMessageFromBody(body)).toBe('Incorrect API key provided');
  });

  it('reads {detail: string} and FastAPI validation lists', () => {
    expect(errorMessageFromBody({ detail: 'Not authenticated' })).toBe('Not authenticated');
    const fastapi = {
      detail: [
        { loc: ['body', 'model'], msg: 'field required', type: 'value_error.missing' },
        { loc: ['body', 'messages', 0], msg: 'bad role' },
      ],
    };
    expect(errorMessageFromBody(fastapi)).toBe('body.model: field required; body.messages.0: bad role');
  });

  it('reads {error: "string"}', () => {
    expect(errorMessageFromBody({ error: 'You must specify a model to call' })).toBe(
      'You must specify a model to call',
    );
  });

  it('parses raw JSON text, including a JSON string literal', () => {
    expect(errorMessageFromBody('{"error":{"detail":"Model not found: x"}}')).toBe('Model not found: x');
    expect(errorMessageFromBody('"You must specify a model to call"')).toBe(
      'You must specify a model to call',
    );
    expect(errorMessageFromBody('You must specify a model to call')).toBe('You must specify a model to call');
  });

  it('shows plain text bodies, collapsed to one line', () => {
    expect(errorMessageFromBody('Bad gateway\n  upstream timed out\n')).toBe(
      'Bad gateway upstream timed out',
    );
    expect(errorMessageFromBody('{not json')).toBe('{not json');
  });

  it('reduces an HTML error page to its title', () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{}</style></head>' +
      '<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>';
    expect(errorMessageFromBody(html)).toBe('502 Bad Gateway');
  });

  it('reduces an HTML page without a title to its text, without scripts', () => {
    const html =
      '<html><body><script>var x = 1;</script><h1>Service   Unavailable</h1><p>Try &amp; retry</p></body></html>';
    expect(errorMessageFromBody(html)).toBe('Service Unavailable Try & retry');
  });

  it('truncates very long messages', () => {
    const message = errorMessageFromBody('x'.repeat(5000));
    expect(message.length).toBeLessThanOrEqual(300);
    expect(message.endsWith('…')).toBe(true);
  });

  it('uses the fallback for empty bodies', () => {
    expect(errorMessageFromBody('', 'Service Unavailable')).toBe('Service Unavailable');
    expect(errorMessageFromBody('   \n', 'Bad Gateway')).toBe('Bad Gateway');
    expect(errorMessageFromBody(undefined, 'Not Found')).toBe('Not Found');
    expect(errorMessageFromBody(null)).toBe('Unknown error');
  });

  it('shows an unknown JSON shape rather than hiding it', () => {
    expect(errorMessageFromBody({ code: 42, reason: 'weird' })).toBe('{"code":42,"reason":"weird"}');
  });
});

describe('ApiError', () => {
  it('leads an HTTP error message with the status', () => {
    const error = new ApiError({ kind: 'http', status: 401, serverMessage: 'unauthenticated' });
    expect(error.message).toBe('HTTP 401: unauthenticated');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(401);
    expect(error.kind).toBe('http');
  });

  it('uses the server message for other kinds, and honours an explicit message', () => {
    expect(new ApiError({ kind: 'stream', status: 200, serverMessage: 'overloaded' }).message).toBe(
      'overloaded',
    );
    const custom = new ApiError({
      kind: 'network',
      status: 0,
      serverMessage: 'x',
      message: 'Could not reach',
    });
    expect(custom.message).toBe('Could not reach');
    expect(custom.serverMessage).toBe('x');
  });
});

describe('isAbortError', () => {
  it('recognises aborted ApiErrors and AbortError DOMExceptions', () => {
    expect(isAbortError(new ApiError({ kind: 'aborted', status: 0, serverMessage: 'cancelled' }))).toBe(true);
    expect(isAbortError(new DOMException('The operation was aborted.', 'AbortError'))).toBe(true);
    const controller = new AbortController();
    controller.abort();
    expect(isAbortError(controller.signal.reason)).toBe(true);
  });

  it('rejects everything else', () => {
    expect(isAbortError(new ApiError({ kind: 'http', status: 500, serverMessage: 'boom' }))).toBe(false);
    expect(isAbortError(new Error('AbortError'))).toBe(false);
    expect(isAbortError(new DOMException('timed out', 'TimeoutError'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
  });
});
