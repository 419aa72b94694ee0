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

  it('sends no stream keys when not streaming', () => {
    const request = buildChatRequest({ model: 'm', conversation, params: {}, stream: false });
    expect(Object.keys(request)).toEqual(['model', 'messages']);
  });

  it('drops owned fields and undefined values from params', () => {
    const request = buildChatRequest({
      model: 'm',
      conversation,
      params: { model: 'other', messages: [], stream: true, top_k: undefined, seed: 3 },
      stream: false,
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
});
