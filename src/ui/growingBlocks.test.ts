import { describe, expect, it } from 'vitest';
import { growingBlocks } from './growingBlocks';

describe('growingBlocks', () => {
  it('joins back to the text, and short texts are one block', () => {
    expect(growingBlocks('')).toEqual(['']);
    expect(growingBlocks('abc', 8)).toEqual(['abc']);
    const text = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
    expect(growingBlocks(text, 64).join('')).toBe(text);
  });

  it('cuts after a space or comma in the second half of a window, else at the size', () => {
    expect(growingBlocks('aaaa bbbbbbb', 8)).toEqual(['aaaa ', 'bbbbbbb']);
    expect(growingBlocks('abcdefghijkl', 8)).toEqual(['abcdefgh', 'ijkl']);
    expect(growingBlocks('{"a": 1,"b": 2222}', 10)).toEqual(['{"a": 1,', '"b": 2222}']);
  });

  it('a full block never changes as the text grows', () => {
    const full = Array.from({ length: 300 }, (_, i) => `w${i * 7}${i % 3 ? ' ' : ','}`).join('');
    let previous: string[] = [];
    for (let n = 0; n <= full.length; n += 13) {
      const blocks = growingBlocks(full.slice(0, n), 50);
      for (let i = 0; i < previous.length - 1; i++) expect(blocks[i]).toBe(previous[i]);
      previous = blocks;
    }
  });
});
