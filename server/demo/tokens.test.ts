import { describe, expect, it } from 'vitest';
import { countPromptTokens, countTokens, lastUserText, tokenize } from './tokens.ts';

describe('tokenize', () => {
  it('joins back to the exact input', () => {
    const text =
      '## Title\n\n- **Key**: a value, with punctuation!\n```ts\nconst x = 1;\n```\r\n  trailing  ';
    expect(tokenize(text).join('')).toBe(text);
  });

  it('keeps leading spaces on words and newlines apart', () => {
    expect(tokenize('Hello world.\n\nNext')).toEqual(['Hello', ' world', '.', '\n\n', 'Next']);
  });

  it('counts an empty string as zero tokens', () => {
    expect(countTokens('')).toBe(0);
  });
});

describe('countPromptTokens', () => {
  it('grows with message text and counts image parts', () => {
    const short = countPromptTokens([{ role: 'user', content: 'hi' }]);
    const long = countPromptTokens([{ role: 'user', content: 'hi there, how are you today?' }]);
    const image = countPromptTokens([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'hi' },
          { type: 'image_url', image_url: { url: 'x' } },
        ],
      },
    ]);
    expect(long).toBeGreaterThan(short);
    expect(image).toBeGreaterThan(short);
  });
});

describe('lastUserText', () => {
  it('takes the last user turn, joining text parts', () => {
    const messages = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'reply' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'second' },
          { type: 'image_url', image_url: { url: 'u' } },
        ],
      },
    ];
    expect(lastUserText(messages)).toBe('second ');
    expect(lastUserText([{ role: 'system', content: 's' }])).toBe('');
  });
});
