import { describe, expect, it } from 'vitest';
import { buildChatRequest, buildMessages } from './buildChatRequest';

const conversation = {
  system: 'Be brief.',
  turns: [
    { role: 'user' as const, text: 'Hello', images: [] },
    { role: 'assistant' as const, text: 'Hi!', images: [] },
    {
      role: 'user' as const,
      text: 'What is this?',
      images: ['https://example.com/cat.png', 'data:image/png;base64,AAAA'],
    },
  ],
};

describe('buildChatRequest', () => {
  it('puts model, messages, params and stream switches in that order', () => {
    const request = buildChatRequest({
      model: 'm',
      conversation,
      params: { temperature: 0.5, max_tokens: 10 },
      stream: true,
    });
    expect(Object.keys(request)).toEqual([
      'model',
      'messages',
      'temperature',
      'max_tokens',
      'stream',
      'stream_options',
    ]);
    expect(request.stream_options).toEqual({ include_usage: true });
  });

  it('writes "stream": false when streaming was turned off, and nothing when it was never said', () => {
    // Off by the user's hand (or a pasted "stream": false) is written, as the Oxen page's "Basic parameters" does.
    const off = buildChatRequest({ model: 'm', conversation, params: { seed: 1 }, stream: false });
    expect(Object.keys(off)).toEqual(['model', 'messages', 'seed', 'stream']);
    expect(off.stream).toBe(false);
    // A pasted request that said nothing about streaming is sent back saying nothing.
    const unsaid = buildChatRequest({ model: 'm', conversation, params: {}, stream: null });
    expect(Object.keys(unsaid)).toEqual(['model', 'messages']);
  });

  it('drops owned fields and undefined values from params', () => {
    const request = buildChatRequest({
      model: 'm',
      conversation,
      params: { model: 'other', messages: [], stream: true, top_k: undefined, seed: 3 },
      stream: null,
    });
    expect(request).toEqual({ model: 'm', messages: buildMessages(conversation), seed: 3 });
  });

  it('turns images into content parts after the text, and keeps plain strings otherwise', () => {
    const messages = buildMessages(conversation);
    expect(messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(messages[1]).toEqual({ role: 'user', content: 'Hello' });
    expect(messages[3]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
      ],
    });
  });

  it('omits an empty system prompt and an empty text part', () => {
    const messages = buildMessages({ system: '  ', turns: [{ role: 'user', text: '', images: ['u'] }] });
    expect(messages).toEqual([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'u' } }] }]);
  });

  it('never sends an empty turn (issue 10: "content": "" is rejected by Anthropic-backed models)', () => {
    const messages = buildMessages({
      system: '',
      turns: [
        { role: 'user', text: 'Hi', images: [] },
        { role: 'assistant', text: ' ', images: [] },
        { role: 'user', text: '', images: [] },
      ],
    });
    expect(messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });
});
