import type { ChatCompletionRequest } from '@/lib/api';

/** A 150 KB data URL: big enough to push the cURL body past the command-line argument limit. */
const BIG_IMAGE = `data:image/png;base64,${'iVBORw0KGgo'.repeat(14_000)}`;

/** Text that every quoting layer must keep: shell, Python and JS strings, templates, HTML, JSON escapes. */
const HOSTILE = `it's "quoted" \\ $(id) \`id\` \${process.exit(3)} {__import__('os')} </script> \n\u2028 😀 שלום`;

/** Representative requests (the list), key order as buildChatRequest makes it. */
export const FIXTURES: Record<string, ChatCompletionRequest> = {
  plain: {
    model: 'claude-sonnet-4-20250514',
    messages: [{ role: 'user', content: 'Hello, what can you do?' }],
  },
  system: {
    model: 'claude-sonnet-4-20250514',
    messages: [
      { role: 'system', content: 'You are terse. Don\'t use "quotes".' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello.' },
      { role: 'user', content: 'Tell me more' },
    ],
    temperature: 0.7,
    max_tokens: 1024,
  },
  images: {
    model: 'vision-demo',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in these?' },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        ],
      },
    ],
  },
  bigImage: {
    model: 'vision-demo',
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: BIG_IMAGE } }] }],
  },
  structured: {
    model: 'structured-demo',
    messages: [{ role: 'user', content: 'JSON please' }],
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'answer',
        schema: { type: 'object', properties: { a: { type: 'array', items: { type: 'number' } } } },
      },
    },
    stop: ['\n\n', 'END'],
    n: 2,
    seed: 42,
    frequency_penalty: -0.5,
  },
  scalars: {
    model: 'plain-demo',
    messages: [{ role: 'user', content: 'x' }],
    logprobs: true,
    top_logprobs: null,
    echo: false,
    top_k: 40,
    min_p: 1e-7,
    huge: 1e21,
    whole: 3,
  },
  streamFalse: {
    model: 'claude-sonnet-4-20250514',
    messages: [{ role: 'user', content: 'Write a poem' }],
    temperature: 0,
    stream: false,
  },
  streaming: {
    model: 'claude-sonnet-4-20250514',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Write a poem about streams' },
    ],
    max_tokens: 40,
    stream: true,
    stream_options: { include_usage: true },
  },
  streamingImages: {
    model: 'vision-demo',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: "Describe it — it's 😀" },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
        ],
      },
    ],
    stream: true,
    stream_options: { include_usage: true },
  },
  tools: {
    model: 'claude-sonnet-4-20250514',
    messages: [
      { role: 'system', content: 'Use the tools.' },
      { role: 'user', content: `Weather in Paris? ${HOSTILE}` },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: JSON.stringify({ city: 'Paris', note: HOSTILE }) },
          },
          { id: `call_${HOSTILE}`, type: 'function', function: { name: 'lookup', arguments: '{"q": "\\"' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: JSON.stringify({ temp: 21, sky: HOSTILE }) },
      { role: 'tool', tool_call_id: `call_${HOSTILE}`, content: `not json: ${HOSTILE}` },
      {
        role: 'assistant',
        content: 'It is 21 °C.',
        tool_calls: [{ id: 'call_3', type: 'function', function: { name: 'lookup', arguments: '' } }],
      },
      { role: 'tool', tool_call_id: 'call_3', content: 'done' },
    ],
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: `Current weather. ${HOSTILE}`,
          parameters: {
            type: 'object',
            properties: {
              city: { type: 'string', description: HOSTILE, enum: ['Paris', HOSTILE] },
              [HOSTILE]: { type: 'number', default: -0.5, maximum: 1e21 },
            },
            required: ['city'],
            additionalProperties: false,
          },
          strict: true,
        },
      },
      { type: 'function', function: { name: 'lookup' } },
    ],
    tool_choice: { type: 'function', function: { name: 'get_weather' } },
    parallel_tool_calls: false,
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'weather_answer',
        description: HOSTILE,
        schema: { type: 'object', properties: { [HOSTILE]: { type: 'string', pattern: '^\\d+$' } } },
        strict: true,
      },
    },
    temperature: 0.2,
  },
  toolsStreaming: {
    model: 'claude-sonnet-4-20250514',
    messages: [
      { role: 'user', content: 'Call get_weather for Paris' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_a',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: HOSTILE },
    ],
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: HOSTILE,
          parameters: { type: 'object', properties: { city: { type: 'string' } } },
        },
      },
    ],
    tool_choice: 'auto',
    response_format: { type: 'json_object' },
    stream: true,
    stream_options: { include_usage: true },
  },
};
