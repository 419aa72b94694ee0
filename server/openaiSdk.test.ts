// Software nobody here wrote, against ours: the official `openai` npm SDK talking to the demo provider and to the
// Oxen proxy over real sockets — list, retrieve, create, stream, the `.stream()` helper, and errors by class with
// `code` and `param`, as an application built on the SDK would see them.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { type Listening, listen } from './testing/listen.ts';

const KEY = 'stand-in-oxen-key';
let demo: Listening;
let upstream: Listening;
let proxy: Listening;

const options = (extra: Partial<Parameters<typeof createApp>[0]> = {}) => ({
  oxenUpstream: 'http://127.0.0.1:9/api/ai',
  demoPace: 10_000,
  testHooks: false,
  log: () => {},
  ...extra,
});

beforeAll(async () => {
  demo = await listen(createApp(options()).fetch);
  // A stand-in Oxen that demands a key, and a Yoke server proxying to it.
  upstream = await listen(createApp(options({ demoApiKey: KEY })).fetch);
  proxy = await listen(createApp(options({ oxenUpstream: `${upstream.url}/demo/api/ai` })).fetch);
});
afterAll(async () => {
  await Promise.all([demo?.close(), upstream?.close(), proxy?.close()]);
});

const client = (baseURL: string, apiKey = 'not-needed') => new OpenAI({ baseURL, apiKey, maxRetries: 0 });
const messages = [{ role: 'user' as const, content: 'Say hello in five words' }];

describe('the openai SDK against the demo provider', () => {
  const sdk = () => client(`${demo.url}/demo/api/ai`);

  it('lists and retrieves models, with Oxen fields passed through', async () => {
    const ids = [];
    for await (const model of sdk().models.list()) ids.push(model.id);
    expect(ids).toContain('claude-sonnet-4-20250514');
    const model = (await sdk().models.retrieve('claude-sonnet-4-20250514')) as OpenAI.Model & {
      json_request_schema?: unknown;
    };
    expect(model.id).toBe('claude-sonnet-4-20250514');
    expect(model.json_request_schema).toMatchObject({ type: 'object' });
  });

  it('creates a completion with usage', async () => {
    const completion = await sdk().chat.completions.create({ model: 'plain-demo', messages, seed: 1 });
    expect(completion.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams, chunk by chunk, with usage at the end', async () => {
    const stream = await sdk().chat.completions.create({
      model: 'plain-demo',
      messages,
      seed: 1,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      usage = chunk.usage ?? usage;
    }
    const whole = await sdk().chat.completions.create({ model: 'plain-demo', messages, seed: 1 });
    expect(text).toBe(whole.choices[0]?.message.content);
    expect(usage?.completion_tokens).toBe(whole.usage?.completion_tokens);
  });

  it("works with the SDK's .stream() helper", async () => {
    const runner = sdk().chat.completions.stream({ model: 'plain-demo', messages, seed: 2 });
    const pieces: string[] = [];
    runner.on('content', (delta) => pieces.push(delta));
    const final = await runner.finalChatCompletion();
    expect(pieces.join('')).toBe(final.choices[0]?.message.content);
    expect(final.choices[0]?.finish_reason).toBe('stop');
  });

  const weatherTool: OpenAI.ChatCompletionFunctionTool = {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'The weather in a city',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
        required: ['city', 'unit'],
        additionalProperties: false,
      },
    },
  };
  const askWeather = [{ role: 'user' as const, content: 'What does get_weather say about Oslo?' }];

  it('returns a non-streamed tool call the SDK types describe', async () => {
    const completion = await sdk().chat.completions.create({
      model: 'plain-demo',
      messages: askWeather,
      tools: [weatherTool],
      seed: 1,
    });
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    const call = choice?.message.tool_calls?.[0];
    expect(call?.type).toBe('function');
    if (call?.type !== 'function') throw new Error('expected a function call');
    expect(call.function.name).toBe('get_weather');
    expect(JSON.parse(call.function.arguments)).toMatchObject({ city: expect.any(String) });
  });

  it('streams tool-call fragments that accumulate into the same call, and answers the tool result', async () => {
    const stream = await sdk().chat.completions.create({
      model: 'plain-demo',
      messages: askWeather,
      tools: [weatherTool],
      seed: 1,
      stream: true,
    });
    const calls: Array<{ id: string; name: string; arguments: string }> = [];
    let finish: string | null = null;
    for await (const chunk of stream) {
      for (const delta of chunk.choices[0]?.delta.tool_calls ?? []) {
        calls[delta.index] ??= { id: '', name: '', arguments: '' };
        const call = calls[delta.index];
        if (!call) continue;
        call.id ||= delta.id ?? '';
        call.name += delta.function?.name ?? '';
        call.arguments += delta.function?.arguments ?? '';
      }
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(finish).toBe('tool_calls');
    const whole = await sdk().chat.completions.create({
      model: 'plain-demo',
      messages: askWeather,
      tools: [weatherTool],
      seed: 1,
    });
    const wholeCall = whole.choices[0]?.message.tool_calls?.[0];
    if (wholeCall?.type !== 'function') throw new Error('expected a function call');
    expect(calls).toEqual([
      { id: wholeCall.id, name: 'get_weather', arguments: wholeCall.function.arguments },
    ]);

    const answer = await sdk().chat.completions.create({
      model: 'plain-demo',
      tools: [weatherTool],
      messages: [
        ...askWeather,
        { role: 'assistant', content: null, tool_calls: [wholeCall] },
        { role: 'tool', tool_call_id: wholeCall.id, content: '{"temp": 4}' },
      ],
    });
    expect(answer.choices[0]?.message.content).toContain('The get_weather tool returned: {"temp": 4}');
  });

  it("accumulates the demo's tool-call stream with the SDK's .stream() helper", async () => {
    const runner = sdk().chat.completions.stream({
      model: 'structured-demo',
      messages: [{ role: 'user', content: 'Call get_weather and get_time' }],
      tools: [
        weatherTool,
        { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } },
      ],
      seed: 2,
    });
    const done: string[] = [];
    runner.on('tool_calls.function.arguments.done', (event) => done.push(event.name));
    const final = await runner.finalChatCompletion();
    const calls = final.choices[0]?.message.tool_calls ?? [];
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    expect(calls.map((c) => (c.type === 'function' ? c.function.name : c.type))).toEqual([
      'get_weather',
      'get_time',
    ]);
    expect(done).toEqual(['get_weather', 'get_time']);
    for (const c of calls)
      if (c.type === 'function') expect(() => JSON.parse(c.function.arguments)).not.toThrow();
  });

  it('parses json_schema output with the .stream() helper', async () => {
    const runner = sdk().chat.completions.stream({
      model: 'structured-demo',
      messages,
      seed: 3,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'greeting',
          strict: true,
          schema: {
            type: 'object',
            properties: { text: { type: 'string' }, words: { type: 'integer', minimum: 1, maximum: 5 } },
            required: ['text', 'words'],
            additionalProperties: false,
          },
        },
      },
    });
    const final = await runner.finalChatCompletion();
    expect(JSON.parse(final.choices[0]?.message.content ?? '')).toMatchObject({ text: expect.any(String) });
  });

  it.each([
    [
      'a parameter out of range',
      { model: 'claude-sonnet-4-20250514', messages, temperature: 1.5 },
      OpenAI.BadRequestError,
      400,
      'invalid_value',
      'temperature',
      'temperature must be <= 1',
    ],
    [
      'a parameter the model does not take',
      { model: 'reasoning-mini-demo', messages, temperature: 0.5 },
      OpenAI.BadRequestError,
      400,
      'unsupported_parameter',
      'temperature',
      "Unsupported parameter: 'temperature' is not supported with this model.",
    ],
    [
      'an unknown model',
      { model: 'no-such-model', messages },
      OpenAI.NotFoundError,
      404,
      'model_not_found',
      'model',
      'Model not found: no-such-model',
    ],
    [
      'no messages',
      { model: 'plain-demo', messages: [] },
      OpenAI.BadRequestError,
      400,
      'invalid_value',
      'messages',
      'Messages array cannot be empty',
    ],
  ])(
    'reports %s as the right error class, with code and param',
    async (_name, body, kind, status, code, param, text) => {
      const error = await sdk()
        .chat.completions.create(body as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(kind);
      const apiError = error as InstanceType<typeof OpenAI.APIError>;
      expect(apiError.status).toBe(status);
      expect(apiError.code).toBe(code);
      expect(apiError.param).toBe(param);
      // The SDK's message is the server's sentence, not a dump of the JSON body.
      expect(apiError.message).toBe(`${status} ${text}`);
    },
  );
});

describe('the openai SDK through the Oxen proxy', () => {
  const through = (key: string) => client(`${proxy.url}/proxy/oxen`, key);

  it('lists, creates and streams with the right key', async () => {
    const page = await through(KEY).models.list();
    expect(page.data.length).toBeGreaterThan(0);
    const completion = await through(KEY).chat.completions.create({ model: 'plain-demo', messages });
    expect(completion.choices[0]?.message.content).toBeTruthy();
    const stream = await through(KEY).chat.completions.create({
      model: 'plain-demo',
      messages,
      stream: true,
    });
    let chunks = 0;
    for await (const _chunk of stream) chunks += 1;
    expect(chunks).toBeGreaterThan(1);
  });

  it('reports a wrong key as an AuthenticationError', async () => {
    const error = await through('wrong')
      .models.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(401);
  });
});
