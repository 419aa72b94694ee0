import { describe, expect, it } from 'vitest';
import { generate } from './generator.ts';
import { readGenerationParams } from './params.ts';
import { requestedTokens, wellFormed } from './prose.ts';
import { countTokens } from './tokens.ts';

describe('requested length', () => {
  it('reads "N words" or "N tokens" from the prompt, bounded', () => {
    expect(requestedTokens('Write at least 4000 words on tuning')).toBe(4000);
    expect(requestedTokens('about 300 tokens please')).toBe(300);
    expect(requestedTokens('no number here')).toBe(0);
    expect(requestedTokens('999999 words')).toBe(20_000);
  });

  it('writes a long answer when asked, and max_tokens still caps it', () => {
    const long = generate('Write at least 4000 words about streaming', readGenerationParams({ seed: 3 }))[0];
    expect(countTokens(long?.text ?? '')).toBeGreaterThanOrEqual(4000);
    expect(long?.finishReason).toBe('stop');
    const capped = generate('Write 4000 words', readGenerationParams({ seed: 3, max_tokens: 500 }))[0];
    expect(capped?.finishReason).toBe('length');
    expect(countTokens(capped?.text ?? '')).toBeLessThanOrEqual(500);
  });

  it('leaves ordinary prompts short', () => {
    const short = generate('Explain sampling', readGenerationParams({ seed: 3 }))[0];
    expect(countTokens(short?.text ?? '')).toBeLessThan(400);
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udfffx')).toBe('\ufffdx');
    expect(wellFormed('x\ud83d')).toBe('x\ufffd');
    expect(wellFormed('😀 שלום')).toBe('😀 שלום');
  });
});
