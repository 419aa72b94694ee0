import type { ChatCompletionRequest } from '@/lib/api';

/** A 150 KB data URL: big enough to push the cURL body past the command-line argument limit. */
const BIG_IMAGE = `data:image/png;base64,${'iVBORw0KGgo'.repeat(14_000)}`;

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
};
