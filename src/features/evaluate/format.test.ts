import { describe, expect, it } from 'vitest';
import { dollarsText, foldText, latencyText, progressText, retryText, secondsText } from './format';

describe('grid formatting', () => {
  it('writes the progress line as the toolbar shows it', () => {
    expect(progressText({ done: 12, total: 60, cost: 0.0042, etaMs: 7_200 })).toBe(
      '12 / 60 · $0.0042 · 8 s left',
    );
    expect(progressText({ done: 60, total: 60, cost: 0.0042, etaMs: 0 })).toBe('60 / 60 · $0.0042');
    expect(progressText({ done: 0, total: 6, cost: 0, etaMs: null })).toBe('0 / 6 · $0');
  });

  it('counts a retry down in whole seconds, never below zero', () => {
    expect(retryText(12_000, 10_100, 2, 6)).toBe('Retrying in 2 s (attempt 2 of 6)');
    expect(retryText(10_000, 11_000, 3, 6)).toBe('Retrying in 0 s (attempt 3 of 6)');
    expect(retryText(12_000, 10_100, 3, 20, true)).toBe('Rate limited: retrying in 2 s (wait 3 of 20)');
    expect(secondsText(125_000)).toBe('2 min 5 s');
  });

  it('writes money and time readably', () => {
    expect(dollarsText(null)).toBe('—');
    expect(dollarsText(1.254)).toBe('$1.25');
    expect(dollarsText(0.000123)).toBe('$0.00012');
    expect(latencyText(850.4)).toBe('850 ms');
    expect(latencyText(1234)).toBe('1.23 s');
  });

  it('folds a long output at a word and leaves a short one whole', () => {
    expect(foldText('short')).toEqual({ shown: 'short', folded: false });
    const long = 'word '.repeat(200);
    const { shown, folded } = foldText(long, 100);
    expect(folded).toBe(true);
    expect(shown.endsWith('word…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(101);
  });
});
