/// <reference types="node" />
// The queue client and fetchMedia against a real local HTTP server, like client.test.ts: real fetch, real
// sockets, real bytes on the wire.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, isExpiredLink } from './errors';
import { fetchImage } from './fetchImage';
import { fetchMedia } from './fetchMedia';
import { cancelGeneration, generateDirect, getGeneration, submitGeneration } from './mediaClient';
import type { MediaRequest } from './types';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function route(method: string, url: string, res: ServerResponse) {
  if (method === 'POST' && url === '/api/queue')
    return json(res, 200, { generations: [{ generation_id: 'g1', status: 'queued' }] });
  if (method === 'POST' && url === '/bad/queue')
    return json(res, 422, {
      error: { type: 'invalid_params', title: 'Invalid', detail: 'prompt is required' },
    });
  if (method === 'POST' && url === '/err200/queue')
    return json(res, 200, { error: { message: 'no credits' } });
  if (method === 'POST' && url === '/odd/queue') return json(res, 200, { hello: 'world' });
  if (method === 'GET' && url === '/api/queue/g1')
    return json(res, 200, {
      generation_id: 'g1',
      status: 'succeeded',
      result_url: 'https://cdn.example/g1.png',
    });
  if (method === 'GET' && url === '/api/queue/a%2Fb%20c') return json(res, 200, { status: 'processing' });
  if (method === 'GET' && url === '/api/queue/gone')
    return json(res, 404, { error: { message: 'Not found' } });
  if (method === 'GET' && url === '/api/queue/busy')
    return json(res, 503, { error: { message: 'Overloaded' } });
  if (method === 'GET' && url === '/api/queue/slow') return; // never answers: the client must abort
  if (method === 'DELETE' && url === '/api/queue/g1')
    return json(res, 200, { generation_id: 'g1', status: 'cancelled' });
  if (method === 'DELETE' && url === '/api/queue/empty') return void res.writeHead(204).end();
  if (method === 'DELETE' && url === '/api/queue/done')
    return json(res, 409, { error: { message: 'The job already finished' } });
  if (method === 'POST' && url === '/api/images/generate')
    return json(res, 200, { images: [{ url: 'https://cdn.example/i.png' }, { url: 'javascript:alert(1)' }] });
  if (method === 'POST' && url === '/api/videos/generate')
    return json(res, 200, { videos: [{ url: 'https://cdn.example/v' }] });
  if (method === 'POST' && url === '/none/images/generate') return json(res, 200, { images: [] });
  if (url.startsWith('/files/pic.png'))
    return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
  if (url.startsWith('/files/clip.mp4'))
    return void res.writeHead(200, { 'Content-Type': 'video/mp4' }).end(PNG);
  if (url.startsWith('/files/page'))
    return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>');
  if (url.startsWith('/files/svg'))
    return void res
      .writeHead(200, { 'Content-Type': 'image/svg+xml' })
      .end('<svg xmlns="http://www.w3.org/2000/svg"/>');
  if (url.startsWith('/files/huge')) {
    // No content-length: the reader must stop counting bytes itself.
    res.writeHead(200, { 'Content-Type': 'image/png' });
    const chunk = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 30 && res.write(chunk)) sent++;
      if (sent < 30) res.once('drain', pump);
      else res.end();
    };
    res.on('error', () => {});
    return pump();
  }
  if (url.startsWith('/files/expired'))
    return json(res, 410, { error: { message: 'This result link has expired' } });
  json(res, 404, { detail: 'Not Found' });
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
    route(req.method ?? '', url, res);
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

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('submitGeneration', () => {
  it('posts the body byte for byte and resolves to the generation ids; the key only in Authorization', async () => {
    const body: MediaRequest = {
      model: 'pixel-art-demo',
      prompt: 'a fox — 狐',
      aspect_ratio: '1:1',
      num_images: 2,
    };
    expect(await submitGeneration(api('/api', 'sk-secret'), body)).toEqual(['g1']);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.body).toBe(JSON.stringify(body));
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer sk-secret');
    const elsewhere = JSON.stringify({
      url: request?.url,
      body: request?.body,
      headers: { ...request?.headers, authorization: '' },
    });
    expect(elsewhere).not.toContain('sk-secret');
  });

  it('turns a 422 into an ApiError with the status and the server’s detail', async () => {
    const error = await failure(submitGeneration(api('/bad'), { model: 'm' }));
    expect(error.status).toBe(422);
    expect(error.serverMessage).toBe('prompt is required');
    expect(error.message).toBe('HTTP 422: prompt is required');
  });

  it('treats a 200 with an error body, or an answer without ids, as failures', async () => {
    expect((await failure(submitGeneration(api('/err200'), { model: 'm' }))).serverMessage).toBe(
      'no credits',
    );
    expect((await failure(submitGeneration(api('/odd'), { model: 'm' }))).serverMessage).toContain(
      'Expected a generation id',
    );
  });
});

describe('getGeneration', () => {
  it('reads the job and escapes the id into the path', async () => {
    const job = await getGeneration(api(), 'g1');
    expect(job).toMatchObject({ generationId: 'g1', status: 'succeeded' });
    expect(job.outputs[0]?.url).toBe('https://cdn.example/g1.png');
    const other = await getGeneration(api(), 'a/b c');
    expect(received[1]?.url).toBe('/api/queue/a%2Fb%20c');
    expect(other.generationId).toBe('a/b c');
  });

  it('reports 404 and 503 with their status and message', async () => {
    const gone = await failure(getGeneration(api(), 'gone'));
    expect([gone.status, gone.serverMessage]).toEqual([404, 'Not found']);
    const busy = await failure(getGeneration(api(), 'busy'));
    expect([busy.status, busy.serverMessage]).toEqual([503, 'Overloaded']);
  });

  it('rejects with an aborted ApiError when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = getGeneration(api(), 'slow', controller.signal);
    setTimeout(() => controller.abort(), 30);
    const error = await failure(pending);
    expect(error.kind).toBe('aborted');
  });
});

describe('cancelGeneration', () => {
  it('sends DELETE and reads the cancelled job; an empty answer is null', async () => {
    expect(await cancelGeneration(api('/api', 'k'), 'g1')).toMatchObject({ status: 'cancelled' });
    expect(received[0]?.method).toBe('DELETE');
    expect(received[0]?.body).toBe('');
    expect(received[0]?.headers['content-type']).toBeUndefined();
    expect(await cancelGeneration(api(), 'empty')).toBeNull();
  });

  it('reports a 409 for a job that already ended', async () => {
    const error = await failure(cancelGeneration(api(), 'done'));
    expect([error.status, error.serverMessage]).toEqual([409, 'The job already finished']);
  });
});

describe('generateDirect', () => {
  it('reads images, dropping unsafe URLs, and videos as videos', async () => {
    expect(await generateDirect(api(), '/images/generate', { model: 'm', prompt: 'p' })).toEqual([
      { kind: 'image', url: 'https://cdn.example/i.png', mimeType: 'image/png' },
    ]);
    expect(await generateDirect(api(), '/videos/generate', { model: 'v', prompt: 'p' })).toEqual([
      { kind: 'video', url: 'https://cdn.example/v' },
    ]);
    expect(received.map((r) => r.url)).toEqual(['/api/images/generate', '/api/videos/generate']);
  });

  it('fails when the answer holds no file', async () => {
    const error = await failure(generateDirect(api('/none'), '/images/generate', { model: 'm' }));
    expect(error.serverMessage).toContain('Expected generated files');
  });
});

describe('fetchMedia', () => {
  it('fetches an image as a typed blob without credentials, key or referrer', async () => {
    const blob = await fetchMedia(`${origin}/files/pic.png?expires=9`);
    expect(blob.type).toBe('image/png');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(PNG));
    expect(received[0]?.headers.authorization).toBeUndefined();
    expect(received[0]?.headers.cookie).toBeUndefined();
    expect(received[0]?.headers.referer).toBeUndefined();
  });

  it('accepts video but fetchImage does not', async () => {
    expect((await fetchMedia(`${origin}/files/clip.mp4`)).type).toBe('video/mp4');
    expect((await failure(fetchImage(`${origin}/files/clip.mp4`))).serverMessage).toBe(
      'Not an image (video/mp4)',
    );
  });

  it('refuses web pages, SVG, and schemes other than http(s)/data/blob', async () => {
    expect((await failure(fetchMedia(`${origin}/files/page`))).serverMessage).toContain('text/html');
    expect((await failure(fetchMedia(`${origin}/files/svg`))).serverMessage).toContain('image/svg+xml');
    expect((await failure(fetchMedia('javascript:alert(1)'))).serverMessage).toContain('javascript:');
    expect((await failure(fetchMedia('not a url'))).serverMessage).toBe('Not a URL');
  });

  it('reads data: URLs', async () => {
    const blob = await fetchMedia(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBe(PNG.length);
  });

  it('stops reading an image past 20 MB', async () => {
    const error = await failure(fetchMedia(`${origin}/files/huge`));
    expect(error.serverMessage).toBe('The image is larger than 20 MB');
  });

  it('says an expired link is one, with the server’s message', async () => {
    const error = await failure(fetchMedia(`${origin}/files/expired.png`));
    expect([error.status, error.serverMessage]).toEqual([410, 'This result link has expired']);
    expect(isExpiredLink(error)).toBe(true);
    expect(isExpiredLink(new ApiError({ kind: 'http', status: 500, serverMessage: 'x' }))).toBe(false);
    expect(isExpiredLink(new Error('410'))).toBe(false);
  });
});
