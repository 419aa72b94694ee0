import { describe, expect, it } from 'vitest';
import { type SplitText, splitBlocks, splitGrowing } from './splitBlocks';

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

const SAMPLES = [
  '# Title\n\nFirst para\nstill first\n\n\nSecond\n\n- a\n- b\n\n  more of b\n\n1. one\n\n2. two\n\nEnd\n',
  'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter\n\n~~~\ncode\n\n````\nstill\n~~~\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nLast',
  '- x\n\n1\n\n1. y\n\n   cont\n\n  \n\n``\n\n```\n\n\nz\n```\n\nq',
];

/** Feeds `text` to splitGrowing `step` characters at a time, as a stream does, checking every version. */
function growEach(text: string, step: number) {
  let split: SplitText | null = null;
  for (
    let end = 0;
    end <= text.length;
    end = end === text.length ? end + 1 : Math.min(text.length, end + step)
  ) {
    const prefix = text.slice(0, end);
    split = splitGrowing(split, prefix);
    expect(split.blocks, JSON.stringify(prefix)).toEqual(splitBlocks(prefix));
  }
}

describe('splitGrowing', () => {
  it('gives the same blocks as splitBlocks for every prefix of a growing text', () => {
    for (const text of SAMPLES) for (const step of [1, 2, 3, 7]) growEach(text, step);
  });

  it('keeps the finished blocks themselves, so a cache keyed on them hits', () => {
    const first = splitGrowing(null, 'A\n\nB\n\nC\n\nD');
    const next = splitGrowing(first, 'A\n\nB\n\nC\n\nD and more');
    expect(next.blocks[0]).toBe(first.blocks[0]);
    expect(next.blocks[1]).toBe(first.blocks[1]);
    expect(next.blocks).toEqual(['A', 'B', 'C', 'D and more']);
  });

  it('splits from scratch when the text is not a continuation of the previous one', () => {
    const first = splitGrowing(null, 'A\n\nB\n\nC\n\nD');
    expect(splitGrowing(first, 'X\n\nB\n\nC').blocks).toEqual(['X', 'B', 'C']);
    expect(splitGrowing(first, '').blocks).toEqual([]);
  });

  it('lets a list absorb a later item even once another block followed it', () => {
    const first = splitGrowing(null, 'P\n\nQ\n\n1. one\n\n2');
    expect(first.blocks).toEqual(['P', 'Q', '1. one', '2']);
    expect(splitGrowing(first, 'P\n\nQ\n\n1. one\n\n2. two').blocks).toEqual(['P', 'Q', '1. one\n\n2. two']);
  });
});
