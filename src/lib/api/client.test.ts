/// <reference types="node" />
// The client against a real local HTTP server: real fetch, real sockets, real bytes on the wire. The reference
// above brings in Node's types, which tsconfig.app.json (browser types only) does not include.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChatCompletion, getModel, listModels, streamChatCompletion } from './client';
import { ApiError } from './errors';
import type { ChatCompletionChunk, ChatCompletionRequest } from './types';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
/** Resolves when the server sees the client drop a streaming connection. */
let streamClosed: Promise<void> = Promise.resolve();

const OXEN_401 =
  '{"error":{"type":"unauthenticated","title":"Unauthorized","detail":"unauthenticated"},"status":"error","status_message":"unauthenticated"}';

function chunkLine(content: string, finish: string | null = null): string {
  const chunk = {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta: { content }, finish_reason: finish }],
  };
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

const COMPLETION = {
  id: 'cmpl',
  object: 'chat.completion',
  created: 2,
  model: 'm',
  choices: [{ index: 0, message: { role: 'assistant', content: 'whole answer' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 },
};

function json(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
}

/** Streams according to the requested model id, so each test picks a server behaviour through its body. */
function streamFor(model: string, res: ServerResponse) {
  if (model === 'json-anyway') return json(res, 200, JSON.stringify(COMPLETION));
  if (model === 'html') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>app</html>');
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  res.flushHeaders();
  streamClosed = new Promise((resolve) => res.on('close', () => resolve()));
  if (model === 'ok') {
    res.end(`${chunkLine('Hel')}: keepalive\n\n${chunkLine('lo', 'stop')}data: [DONE]\n\n`);
  } else if (model === 'cut') {
    // Two chunks, then the connection dies abruptly: no [DONE], no clean end.
    res.write(chunkLine('par') + chunkLine('tial'), () => setTimeout(() => res.socket?.destroy(), 20));
  } else if (model === 'ends-early') {
    res.end(chunkLine('only'));
  } else if (model === 'error-mid') {
    res.end(`${chunkLine('a')}data: {"error":{"message":"Model overloaded"}}\n\n`);
  } else if (model === 'slow') {
    // One chunk, then silence until the client gives up.
    res.write(chunkLine('first'));
  }
}

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (part: string) => {
    body += part;
  });
  req.on('end', () => {
    const url = req.url ?? '';
    received.push({ method: req.method ?? '', url, headers: req.headers, body });
    if (url === '/api/models')
      return json(res, 200, '{"object":"list","data":[{"id":"b"},{"id":"a"},{"x":1}]}');
    if (url === '/bare/models') return json(res, 200, '[{"id":"z"},{"id":"y"}]');
    if (url === '/api/models/org%2Fmodel%20x')
      return json(res, 200, '{"id":"org/model x","display_name":"X"}');
    if (url.startsWith('/auth/')) {
      if (req.headers.authorization === 'Bearer good-key') return json(res, 200, '{"data":[]}');
      return json(res, 401, OXEN_401);
    }
    if (url === '/empty500/models') return res.writeHead(500).end();
    if (url === '/html/models')
      return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html>');
    if (url === '/api/chat/completions') {
      const request = JSON.parse(body) as { model: string; stream?: boolean };
      if (request.stream) return streamFor(request.model, res);
      if (request.model === 'error-200') return json(res, 200, '{"error":{"message":"no credits"}}');
      return json(res, 200, JSON.stringify(COMPLETION));
    }
    json(res, 404, '{"detail":"Not Found"}');
  });
});

let origin = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

const api = (path = '/api', apiKey?: string) => ({ baseUrl: `${origin}${path}`, apiKey });

function request(model: string, stream: boolean): ChatCompletionRequest {
  // Deliberately unusual key order and non-ASCII text: the wire body must keep both.
  const body: ChatCompletionRequest = {
    model,
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Héllo "quoted" ✓ 🦀\nline two' },
    ],
    top_k: 5,
    temperature: 0.5,
    stop: ['\n\n'],
  };
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  return body;
}

async function drain(chunks: AsyncIterable<ChatCompletionChunk>) {
  const text: string[] = [];
  let error: unknown;
  try {
    for await (const chunk of chunks) text.push(chunk.choices[0]?.delta.content ?? '');
  } catch (e) {
    error = e;
  }
  return { text, error };
}

describe('listModels / getModel', () => {
  it('reads {data: [...]} without sorting, skipping entries without an id', async () => {
    const models = await listModels(api());
    expect(models.map((m) => m.id)).toEqual(['b', 'a']);
    expect(received[0]?.method).toBe('GET');
  });

  it('reads a bare array', async () => {
    expect((await listModels(api('/bare'))).map((m) => m.id)).toEqual(['z', 'y']);
  });

  it('tolerates a trailing slash on the base URL', async () => {
    expect((await listModels(api('/bare/'))).map((m) => m.id)).toEqual(['z', 'y']);
  });

  it('encodes the model id into the path', async () => {
    const model = await getModel(api(), 'org/model x');
    expect(model).toEqual({ id: 'org/model x', display_name: 'X' });
    expect(received[0]?.url).toBe('/api/models/org%2Fmodel%20x');
  });

  it('sends no Authorization header and no Content-Type without a key or a body', async () => {
    await listModels(api('/api', '   '));
    const headers = received[0]?.headers ?? {};
    expect(headers.authorization).toBeUndefined();
    expect(headers['content-type']).toBeUndefined();
  });

  it('sends the key as a Bearer token', async () => {
    await listModels(api('/auth', 'good-key'));
    expect(received[0]?.headers.authorization).toBe('Bearer good-key');
  });

  it('maps a 401 to an http ApiError with the status and the Oxen message', async () => {
    const error = await listModels(api('/auth', 'bad-key')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 401, serverMessage: 'unauthenticated' });
    expect((error as ApiError).message).toBe('HTTP 401: unauthenticated');
    expect((error as ApiError).body).toEqual(JSON.parse(OXEN_401));
  });

  it('uses the status text when an error has no body', async () => {
    const error = await listModels(api('/empty500')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'HTTP 500: Internal Server Error' });
  });

  it('maps a 404 with {detail}', async () => {
    const error = await getModel(api('/nowhere'), 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'HTTP 404: Not Found' });
  });

  it('explains a 200 HTML page (a wrong base URL hitting an SPA fallback)', async () => {
    const error = await listModels(api('/html')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 200 });
    expect((error as ApiError).message).toContain('not JSON (text/html)');
  });

  it('reports a closed port as a network error naming the origin but never the key', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await listModels({
      baseUrl: `http://127.0.0.1:${port}/api/ai`,
      apiKey: 'sk-secret-123',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    const message = (error as ApiError).message;
    expect(message).toContain(`http://127.0.0.1:${port}`);
    expect(message).toContain('Could not reach the server');
    expect(message).not.toContain('/api/ai');
    expect(message).not.toContain('sk-secret-123');
  });

  it('refuses a key that cannot be a header value without echoing it', async () => {
    const error = await listModels(api('/api', 'sk-abc def')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect((error as ApiError).message).not.toContain('sk-abc');
    expect(received).toEqual([]);
  });

  it('maps an already-aborted signal to kind aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await listModels(api(), controller.signal).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'aborted', status: 0 });
  });
});

describe('createChatCompletion', () => {
  it('sends the body byte for byte, with JSON headers and the key', async () => {
    const body = request('m', false);
    const completion = await createChatCompletion(api('/api', 'k-1'), body);
    expect(completion).toEqual(COMPLETION);
    const seen = received[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe(JSON.stringify(body));
    expect(seen?.body.startsWith('{"model":"m","messages":[')).toBe(true);
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers.authorization).toBe('Bearer k-1');
  });

  it('treats a 200 carrying only an error as a failure', async () => {
    const error = await createChatCompletion(api(), request('error-200', false)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 200, serverMessage: 'no credits' });
  });
});

describe('streamChatCompletion', () => {
  it('streams chunks to [DONE], sending the exact body and SSE headers', async () => {
    const body = request('ok', true);
    const { text, error } = await drain(streamChatCompletion(api('/api', 'k-2'), body));
    expect(error).toBeUndefined();
    expect(text).toEqual(['Hel', 'lo']);
    const seen = received[0];
    expect(seen?.body).toBe(JSON.stringify(body));
    expect(seen?.headers.accept).toBe('text/event-stream');
    expect(seen?.headers['content-type']).toBe('application/json');
    expect(seen?.headers.authorization).toBe('Bearer k-2');
  });

  it('yields the chunks that arrived, then a stream error, when the connection is cut', async () => {
    const { text, error } = await drain(streamChatCompletion(api(), request('cut', true)));
    expect(text).toEqual(['par', 'tial']);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'stream',
      message: 'The stream ended before the server finished (no [DONE])',
    });
  });

  it('gives a stream error when the server ends cleanly but without [DONE]', async () => {
    const { text, error } = await drain(streamChatCompletion(api(), request('ends-early', true)));
    expect(text).toEqual(['only']);
    expect(error).toMatchObject({ kind: 'stream', status: 200 });
  });

  it('gives a stream error with the server message for an error event mid-stream', async () => {
    const { text, error } = await drain(streamChatCompletion(api(), request('error-mid', true)));
    expect(text).toEqual(['a']);
    expect(error).toMatchObject({ kind: 'stream', serverMessage: 'Model overloaded' });
  });

  it('maps abort mid-stream to kind aborted and closes the connection', async () => {
    const controller = new AbortController();
    const text: string[] = [];
    let error: unknown;
    try {
      for await (const chunk of streamChatCompletion(api(), request('slow', true), controller.signal)) {
        text.push(chunk.choices[0]?.delta.content ?? '');
        controller.abort();
      }
    } catch (e) {
      error = e;
    }
    expect(text).toEqual(['first']);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'aborted', status: 0 });
    await streamClosed; // would time out if the socket stayed open
  });

  it('closes the connection when the consumer stops early', async () => {
    for await (const chunk of streamChatCompletion(api(), request('slow', true))) {
      expect(chunk.choices[0]?.delta.content).toBe('first');
      break;
    }
    await streamClosed;
  });

  it('turns a JSON answer to a streaming request into one chunk', async () => {
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of streamChatCompletion(api(), request('json-anyway', true))) chunks.push(chunk);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.choices[0]?.delta.content).toBe('whole answer');
    expect(chunks[0]?.usage).toEqual(COMPLETION.usage);
  });

  it('explains an HTML page instead of an event stream', async () => {
    const { error } = await drain(streamChatCompletion(api(), request('html', true)));
    expect(error).toMatchObject({ kind: 'http', status: 200 });
    expect((error as ApiError).message).toContain('web page');
  });

  it('maps a 401 before streaming to an http error', async () => {
    const { text, error } = await drain(streamChatCompletion(api('/auth', 'nope'), request('ok', true)));
    expect(text).toEqual([]);
    expect(error).toMatchObject({ kind: 'http', status: 401, message: 'HTTP 401: unauthenticated' });
  });
});
