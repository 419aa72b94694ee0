// Stand-ins for OpenAI-compatible software nobody here wrote, each in its own way unlike the demo (issue 9):
//  /unlike/nocors/v1    — a server that sends no CORS headers at all (both npm mock servers, a default Ollama
//                         reached from another origin): the browser refuses every answer.
//  /unlike/mockllm/v1   — answers like @dwmkerr/mock-llm: one non-streamed JSON answer whose choice has no
//                         `index`, even when asked to stream.
//  /unlike/keyed/v1     — wants a key (KEYED_STAND_IN_KEY): without it, or with another, every route answers 401
//                         with OpenAI's error shape ("Incorrect API key provided"), CORS headers included.
//  /unlike/nomodels/v1  — no /models route (404 text/plain, like a Go server's default), chat streams like
//                         Groq: usage under `x_groq` in the last chunk, not at the top level.
// Shapes are recorded from those servers' documented responses and written here in our own words.

import { Hono } from 'hono';
import { chatRequest } from '../../src/domain/schema/testing/openApiRequests.ts';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

interface ChatBody {
  model?: unknown;
  messages?: Array<{ role?: unknown; content?: unknown }>;
  stop?: unknown;
}

/** What the answer says: the roles it received and the stop sequences, so a test can see what arrived. */
function echo(body: ChatBody): string {
  const roles = (body.messages ?? []).map((m) => String(m.role)).join(',');
  return `Roles received: ${roles}. Stop received: ${JSON.stringify(body.stop ?? null)}.`;
}

async function chatBody(req: Request): Promise<ChatBody> {
  return ((await req.json().catch(() => ({}))) ?? {}) as ChatBody;
}

function sseOf(events: unknown[]): Response {
  const text = `${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('')}data: [DONE]\n\n`;
  return new Response(text, { headers: { ...CORS, 'content-type': 'text/event-stream' } });
}

/** The one key /unlike/keyed/v1 accepts. */
export const KEYED_STAND_IN_KEY = 'sk-keyed-stand-in';

function refusesKey(req: Request): Response | null {
  if (req.headers.get('authorization') === `Bearer ${KEYED_STAND_IN_KEY}`) return null;
  return Response.json(
    {
      error: {
        message: 'Incorrect API key provided',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    },
    { status: 401, headers: CORS },
  );
}

export function unlikeServers(): Hono {
  const app = new Hono();
  app.options('/unlike/*', () => new Response(null, { status: 204, headers: CORS }));

  // No CORS: the same answers, but the browser may not read them.
  app.get('/unlike/nocors/v1/models', () =>
    Response.json({ object: 'list', data: [{ id: 'mock-model', object: 'model' }] }),
  );
  app.post('/unlike/nocors/v1/chat/completions', () =>
    Response.json({ choices: [{ index: 0, message: { role: 'assistant', content: 'unseen' } }] }),
  );

  // mock-llm: no index, never streams; usage at the top level.
  app.get('/unlike/mockllm/v1/models', () =>
    Response.json(
      {
        object: 'list',
        data: [
          { id: 'gpt-4', object: 'model', owned_by: 'mock-llm' },
          { id: 'openapi-chat', object: 'model', owned_by: 'mock-llm' },
        ],
      },
      { headers: CORS },
    ),
  );
  // A model whose parameters are described the way OpenAI's OpenAPI document describes a chat request
  // (nullable, allOf over components, discriminator, x-oai* keywords).
  app.get('/unlike/mockllm/v1/models/openapi-chat', () =>
    Response.json({ id: 'openapi-chat', json_request_schema: chatRequest }, { headers: CORS }),
  );
  app.post('/unlike/mockllm/v1/chat/completions', async (c) => {
    const body = await chatBody(c.req.raw);
    // A real server takes a moment; the one-shot rate must be tokens over this whole time, not over ~0 ms.
    await new Promise((r) => setTimeout(r, 200));
    return Response.json(
      {
        id: 'chatcmpl-mock',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: body.model,
        choices: [{ message: { role: 'assistant', content: echo(body) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 12, completion_tokens: 20, total_tokens: 32 },
      },
      { headers: CORS },
    );
  });

  // Keyed: like a hosted API, nothing without the right key.
  app.get(
    '/unlike/keyed/v1/models',
    (c) =>
      refusesKey(c.req.raw) ??
      Response.json({ object: 'list', data: [{ id: 'keyed-model', object: 'model' }] }, { headers: CORS }),
  );
  app.post('/unlike/keyed/v1/chat/completions', async (c) => {
    const refused = refusesKey(c.req.raw);
    if (refused) return refused;
    const body = await chatBody(c.req.raw);
    return Response.json(
      { choices: [{ index: 0, message: { role: 'assistant', content: echo(body) }, finish_reason: 'stop' }] },
      { headers: CORS },
    );
  });

  // No /models; Groq-style usage.
  app.get(
    '/unlike/nomodels/v1/models',
    () =>
      new Response('404 page not found\n', {
        status: 404,
        headers: { ...CORS, 'content-type': 'text/plain' },
      }),
  );
  app.get(
    '/unlike/nomodels/v1/models/:id',
    () =>
      new Response('404 page not found\n', {
        status: 404,
        headers: { ...CORS, 'content-type': 'text/plain' },
      }),
  );
  app.post('/unlike/nomodels/v1/chat/completions', async (c) => {
    const body = await chatBody(c.req.raw);
    const words = echo(body).match(/\S+\s*/g) ?? [];
    const base = { id: 'chatcmpl-groq', object: 'chat.completion.chunk', model: body.model };
    return sseOf([
      { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      ...words.map((w) => ({ ...base, choices: [{ index: 0, delta: { content: w }, finish_reason: null }] })),
      {
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
        x_groq: {
          id: 'req_1',
          usage: { prompt_tokens: 9, completion_tokens: words.length, total_tokens: 9 + words.length },
        },
      },
    ]);
  });
  return app;
}
