import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import { normalizeSchema } from '@/domain/schema';
import { paneRequest } from './pane';

const normalized = normalizeSchema({ id: 'm' });
const conversation: Conversation = {
  system: 'You answer about {{city}}.',
  turns: [
    { role: 'user', text: 'Hello {{name}} from {{city}}', images: ['https://img.example/{{name}}.png'] },
    { role: 'assistant', text: 'Hi', images: [] },
  ],
};
const input = {
  modelId: 'm',
  normalized,
  stored: undefined,
  conversation,
  systemOverride: null,
  stream: true,
};

describe('paneRequest with variables', () => {
  it('sends the text filled with the values given, image URLs as they are', () => {
    const request = paneRequest({ ...input, variables: { name: 'Ada', city: 'Paris' } });
    expect(request?.messages).toEqual([
      { role: 'system', content: 'You answer about Paris.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Hello Ada from Paris' },
          { type: 'image_url', image_url: { url: 'https://img.example/{{name}}.png' } },
        ],
      },
      { role: 'assistant', content: 'Hi' },
    ]);
  });

  it("fills the pane's own system prompt, not the shared one", () => {
    const request = paneRequest({
      ...input,
      systemOverride: 'Speak as {{name}}.',
      variables: { name: 'Ada' },
    });
    expect(request?.messages[0]).toEqual({ role: 'system', content: 'Speak as Ada.' });
  });

  it('sends a variable without a value empty, and with no values at all every variable empty', () => {
    expect(paneRequest({ ...input, variables: { name: 'Ada' } })?.messages[0]).toEqual({
      role: 'system',
      content: 'You answer about .',
    });
    const bare = paneRequest(input);
    expect(bare?.messages[1]).toMatchObject({ content: [{ type: 'text', text: 'Hello  from ' }, {}] });
  });

  it('writes an escaped \\{{ as literal braces', () => {
    const request = paneRequest({
      ...input,
      conversation: { system: '', turns: [{ role: 'user', text: 'Use \\{{literal}} here', images: [] }] },
      variables: { literal: 'no' },
    });
    expect(request?.messages).toEqual([{ role: 'user', content: 'Use {{literal}} here' }]);
  });
});
