import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
import { requestArbitrary } from '@/testing';
import { buildChatRequest } from './buildChatRequest';
import { requestToWorkbench } from './requestToWorkbench';

describe('requestToWorkbench', () => {
  it('is the inverse of buildChatRequest (300 generated requests)', () => {
    fc.assert(
      fc.property(requestArbitrary('/nonexistent'), (request) => {
        const state = requestToWorkbench(request);
        expect(state.warnings).toEqual([]);
        expect(JSON.stringify(buildChatRequest(state))).toBe(JSON.stringify(request));
      }),
      { numRuns: 300 },
    );
  });

  it('maps system prompt, turns with images, params and streaming', () => {
    const request: ChatCompletionRequest = {
      model: 'm',
      messages: [
        { role: 'system', content: 'S' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look' },
            { type: 'image_url', image_url: { url: 'u1' } },
          ],
        },
        { role: 'assistant', content: 'ok' },
      ],
      temperature: 0.2,
      stream: true,
      stream_options: { include_usage: true },
    };
    expect(requestToWorkbench(request)).toEqual({
      model: 'm',
      conversation: {
        system: 'S',
        turns: [
          { role: 'user', text: 'look', images: ['u1'] },
          { role: 'assistant', text: 'ok', images: [] },
        ],
      },
      params: { temperature: 0.2 },
      stream: true,
      warnings: [],
    });
  });

  it('lists what it cannot hold', () => {
    const request = JSON.parse(
      JSON.stringify({
        model: 'm',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image_url', image_url: { url: 'u' } },
              { type: 'text', text: 'a' },
              { type: 'text', text: 'b' },
              { type: 'input_audio' },
            ],
          },
          { role: 'system', content: 'late' },
          { role: 'tool', content: 'x', tool_call_id: '1' },
          { role: 'assistant', content: null },
          { role: 'user', content: 'hi', name: 'bob' },
        ],
        stream_options: { include_usage: true },
      }),
    ) as ChatCompletionRequest;
    const state = requestToWorkbench(request);
    expect(state.conversation.turns).toEqual([
      { role: 'user', text: 'a\nb', images: ['u'] },
      // A system message after the first place stays a turn, sent as written.
      { role: 'system', text: 'late', images: [] },
      { role: 'tool', text: 'x', images: [], toolCallId: '1' },
      { role: 'user', text: 'hi', images: [] },
    ]);
    expect(state.warnings).toEqual([
      'Message 1: content part 4 ("input_audio" part) is not supported and was left out.',
      'Message 1: its 2 text parts were joined into one.',
      'Message 1: text now comes before the images.',
      'Message 4 has no text content and was left out.',
      'Message 5: name not imported.',
      '"stream_options" is set by the workbench itself (include_usage when streaming); the pasted value was not kept.',
    ]);
  });

  it('keeps a parameter named __proto__ as a plain member', () => {
    const request = JSON.parse('{"model":"m","messages":[],"__proto__":{"x":1}}') as ChatCompletionRequest;
    const { params } = requestToWorkbench(request);
    expect(Object.keys(params)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });
});

describe('developer messages', () => {
  it('keep their role, and are sent back as written', () => {
    const request = {
      model: 'gpt-5',
      messages: [
        { role: 'developer' as const, content: 'Talk like a pirate.' },
        { role: 'user' as const, content: 'Are semicolons optional in JavaScript?' },
      ],
    };
    const state = requestToWorkbench(request);
    expect(state.warnings).toEqual([]);
    expect(state.conversation.turns[0]).toEqual({
      role: 'developer',
      text: 'Talk like a pirate.',
      images: [],
    });
    expect(
      buildChatRequest({ model: 'gpt-5', conversation: state.conversation, params: {}, stream: false })
        .messages,
    ).toEqual(request.messages);
  });
});
