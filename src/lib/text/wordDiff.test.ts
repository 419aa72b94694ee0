import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffAnswers, toWordDiff } from './wordDiff';

describe('toWordDiff', () => {
  it('marks words only in the left as deleted and only in the right as inserted', () => {
    const diff = toWordDiff(diffWords('the quick brown fox', 'the slow brown fox jumps'));
    const text = (kind: string) =>
      diff.parts
        .filter((p) => p.kind === kind)
        .map((p) => p.text.trim())
        .join('|');
    expect(text('del')).toBe('quick');
    expect(text('ins')).toBe('slow|jumps');
    expect(diff).toMatchObject({ inserted: 2, deleted: 1 });
  });

  it('rebuilds each side from its parts', () => {
    const left = 'Temperature 0 gives the same text.\n\nEvery time.';
    const right = 'Temperature 1 gives varied text.\n\nMost times.';
    const { parts } = toWordDiff(diffWords(left, right));
    const side = (skip: 'ins' | 'del') =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('');
    expect(side('ins')).toBe(left);
    expect(side('del')).toBe(right);
  });

  it('reports identical answers as one unchanged part', () => {
    expect(toWordDiff(diffWords('same words', 'same words'))).toEqual({
      parts: [{ kind: 'same', text: 'same words' }],
      inserted: 0,
      deleted: 0,
    });
  });
});

describe('diffAnswers', () => {
  it('loads the library on demand and diffs', async () => {
    await expect(diffAnswers('a b', 'a c')).resolves.toMatchObject({ inserted: 1, deleted: 1 });
  });
});
