/// <reference types="node" />
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFailure, reportModels, testConnection } from './connection';
import { ApiError } from './errors';

const PAGE = 'http://127.0.0.1:5178/';
const context = (baseUrl: string, keySent = false) => ({ baseUrl, pageUrl: PAGE, keySent });
const network = (reachability: 'cors' | 'unreachable' | 'mixed-content') =>
  new ApiError({ kind: 'network', status: 0, serverMessage: 'Failed to fetch', message: 'm', reachability });
const http = (status: number, serverMessage: string) => new ApiError({ kind: 'http', status, serverMessage });

describe('reportModels', () => {
  it('counts the models and names the first five', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id }));
    expect(reportModels(ids)).toEqual({
      kind: 'ok',
      title: 'Connected: 7 models listed',
      detail: 'a, b, c, d, e and 2 more',
    });
    expect(reportModels([{ id: 'gpt-4' }])).toMatchObject({
      title: 'Connected: 1 model listed',
      detail: 'gpt-4',
    });
  });

  it('an empty list is a server that lists no models', () => {
    expect(reportModels([]).kind).toBe('no-models');
  });
});

describe('reportFailure', () => {
  it('a CORS refusal names both origins and the fix for the server at hand', () => {
    const ollama = reportFailure(network('cors'), context('http://localhost:11434/v1'));
    expect(ollama.kind).toBe('cors');
    expect(ollama.title).toContain('browser withheld its answer');
    expect(ollama.detail).toBe('http://localhost:11434 does not allow requests from http://127.0.0.1:5178.');
    expect(ollama.fix).toContain('OLLAMA_ORIGINS=http://127.0.0.1:5178');
    expect(reportFailure(network('cors'), context('http://gpu:8000/v1')).fix).toContain('--allowed-origins');
    expect(reportFailure(network('cors'), context('http://localhost:1234/v1')).fix).toContain(
      'lms server start --cors',
    );
    expect(reportFailure(network('cors'), context('https://llm.example/v1')).fix).toContain(
      'Access-Control-Allow-Origin: http://127.0.0.1:5178',
    );
  });

  it('a closed port or unknown host is "nothing answered", not CORS', () => {
    const report = reportFailure(network('unreachable'), context('http://127.0.0.1:9/v1'));
    expect(report).toMatchObject({ kind: 'unreachable', title: 'Nothing answered at http://127.0.0.1:9' });
    expect(report.fix).toBeUndefined();
    expect(reportFailure(network('mixed-content'), context('http://gpu:8000/v1')).kind).toBe('mixed-content');
  });

  it('401 and 403 are a refused key; without a key it says none was sent', () => {
    const wrong = reportFailure(http(401, 'Incorrect API key provided'), context('http://h/v1', true));
    expect(wrong).toEqual({
      kind: 'refused-key',
      title: 'The server refused the key (HTTP 401)',
      detail: 'It said: Incorrect API key provided',
    });
    const missing = reportFailure(http(403, 'Forbidden'), context('http://h/v1', false));
    expect(missing.kind).toBe('refused-key');
    expect(missing.detail).toContain('No key was sent');
  });

  it('a 404 on /models is a server without a model list; other statuses carry the server message', () => {
    const none = reportFailure(http(404, '404 page not found'), context('http://h/v1'));
    expect(none.title).toBe('The server lists no models; you can type a model id');
    expect(none.detail).toContain('404 page not found');
    expect(reportFailure(http(502, 'Bad gateway'), context('http://h/v1'))).toEqual({
      kind: 'http',
      title: 'The server answered HTTP 502',
      detail: 'Bad gateway',
    });
  });

  it('a 2xx that is not a model list, and anything else, is unreadable', () => {
    expect(reportFailure(http(200, 'not JSON'), context('http://h/v1')).kind).toBe('unreadable');
    expect(reportFailure(new Error('boom'), context('http://h/v1')).kind).toBe('unreadable');
  });
});

describe('testConnection against a real server', () => {
  let slowBase = '';
  let keyedBase = '';
  const slow = createServer(() => {
    // Never answers.
  });
  const keyed = createServer((req, res) => {
    if (req.headers.authorization === 'Bearer right') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"data":[{"id":"m1"}]}');
    } else {
      res
        .writeHead(401, { 'Content-Type': 'application/json' })
        .end('{"error":{"message":"Incorrect API key provided"}}');
    }
  });
  beforeAll(async () => {
    for (const server of [slow, keyed]) {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    }
    slowBase = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/v1`;
    keyedBase = `http://127.0.0.1:${(keyed.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    slow.closeAllConnections();
    for (const server of [slow, keyed]) await new Promise((resolve) => server.close(resolve));
  });

  it('lists the models with the right key and reports the refusal with a wrong one', async () => {
    const ok = await testConnection({ baseUrl: keyedBase, apiKey: 'right' }, new AbortController().signal);
    expect(ok.models).toEqual([{ id: 'm1' }]);
    expect(ok.report.kind).toBe('ok');
    const refused = await testConnection(
      { baseUrl: keyedBase, apiKey: 'wrong' },
      new AbortController().signal,
    );
    expect(refused.models).toBeUndefined();
    expect(refused.report.title).toBe('The server refused the key (HTTP 401)');
  });

  it('gives up after the timeout, and rejects when the caller aborts', async () => {
    const late = await testConnection({ baseUrl: slowBase }, new AbortController().signal, 200);
    expect(late.report.kind).toBe('timeout');
    const controller = new AbortController();
    const pending = testConnection({ baseUrl: slowBase }, controller.signal, 5_000);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
  });
});
