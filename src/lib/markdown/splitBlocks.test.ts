import { describe, expect, it } from 'vitest';
import { splitBlocks } from './splitBlocks';

describe('splitBlocks', () => {
  it('splits paragraphs and headings at blank lines', () => {
    expect(splitBlocks('# Title\n\nFirst para\nstill first\n\n\nSecond')).toEqual([
      '# Title',
      'First para\nstill first',
      'Second',
    ]);
  });

  it('never splits inside fenced code, even across blank lines', () => {
    const text = 'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter';
    expect(splitBlocks(text)).toEqual(['Intro', '```js\nconst a = 1;\n\nconst b = 2;\n```', 'After']);
  });

  it('keeps an unfinished fence as one growing block', () => {
    expect(splitBlocks('A\n\n~~~\ncode\n\nmore')).toEqual(['A', '~~~\ncode\n\nmore']);
  });

  it('keeps loose list items together so numbering survives', () => {
    expect(splitBlocks('1. one\n\n2. two\n\n   more of two\n\nEnd')).toEqual([
      '1. one\n\n2. two\n\n   more of two',
      'End',
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitBlocks('')).toEqual([]);
    expect(splitBlocks('\n\n')).toEqual([]);
  });
});
