import { describe, expect, it } from 'vitest';
import { type MediaPaneParams, refusal, setPromptEverywhere, shareFromFirst, withParam } from './mediaShare';

const pixel = {
  prompt: { type: 'string' },
  aspect_ratio: { type: 'string', enum: ['1:1', '16:9', '9:16', '4:3', '21:9'], default: '1:1' },
  seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
};
const squareOnly = {
  prompt: { type: 'string' },
  aspect_ratio: { type: 'string', enum: ['1:1', '4:3'] },
  seed: { type: 'integer', minimum: 0, maximum: 1000 },
};
const sketch = { prompt: { type: 'string' }, width: { type: 'integer' }, seed: { type: 'integer' } };

const pane = (number: number, properties: Record<string, unknown>, values = {}): MediaPaneParams => ({
  number,
  properties,
  params: { values, explicit: Object.keys(values) },
});

describe('withParam', () => {
  it('sets a value as the user choice and unsets it with undefined', () => {
    const set = withParam({ values: { a: 1 }, explicit: [], verbatim: ['seed'] }, 'seed', 7);
    expect(set).toEqual({ values: { a: 1, seed: 7 }, explicit: ['seed'], verbatim: [] });
    expect(withParam(set, 'seed', undefined)).toEqual({ values: { a: 1 }, explicit: [], verbatim: [] });
  });
});

describe('refusal', () => {
  it('checks enum, type and bounds', () => {
    expect(refusal(pixel.aspect_ratio, '16:9')).toBeNull();
    expect(refusal(squareOnly.aspect_ratio, '16:9')).toBe('does not offer 16:9');
    expect(refusal(pixel.seed, 1.5)).toBe('takes integer, not 1.5');
    expect(refusal(squareOnly.seed, 5000)).toBe('takes 1000 or less, not 5000');
    expect(refusal({ type: 'integer', minimum: 1 }, 0)).toBe('takes 1 or more, not 0');
    expect(refusal({ type: ['integer', 'null'] }, 3)).toBeNull();
  });
});

describe('setPromptEverywhere', () => {
  it('writes the prompt into every pane that has one, as a sent value', () => {
    const panes = [pane(1, pixel), pane(2, { seed: { type: 'integer' } }), pane(3, sketch, { seed: 2 })];
    expect(setPromptEverywhere(panes, 'a red fox')).toEqual([
      { index: 0, params: { values: { prompt: 'a red fox' }, explicit: ['prompt'] } },
      { index: 2, params: { values: { seed: 2, prompt: 'a red fox' }, explicit: ['seed', 'prompt'] } },
    ]);
    expect(setPromptEverywhere([pane(1, pixel, { prompt: 'x' })], '')).toEqual([
      { index: 0, params: { values: {}, explicit: [] } },
    ]);
  });
});

describe('shareFromFirst', () => {
  it('copies seed and aspect ratio where the schema allows, and names the panes that cannot take them', () => {
    const panes = [
      pane(1, pixel, { seed: 42, aspect_ratio: '16:9' }),
      pane(2, pixel, { seed: 1 }),
      pane(3, squareOnly),
      pane(4, sketch),
    ];
    const result = shareFromFirst(panes);
    expect(result.edits).toEqual([
      {
        index: 1,
        params: { values: { seed: 42, aspect_ratio: '16:9' }, explicit: ['seed', 'aspect_ratio'] },
      },
      { index: 2, params: { values: { seed: 42 }, explicit: ['seed'] } },
      { index: 3, params: { values: { seed: 42 }, explicit: ['seed'] } },
    ]);
    expect(result.refused).toEqual([
      "Pane 3's aspect_ratio does not offer 16:9",
      'Pane 4 has no aspect_ratio',
    ]);
    expect(result.copied).toEqual(['seed 42 → 3 panes', 'aspect_ratio 16:9 → 1 pane']);
  });

  it('says when pane 1 has nothing to copy', () => {
    const result = shareFromFirst([pane(1, pixel, { aspect_ratio: '1:1' }), pane(2, pixel)]);
    expect(result.refused).toEqual(['Pane 1 has no seed set']);
    expect(result.edits).toEqual([
      { index: 1, params: { values: { aspect_ratio: '1:1' }, explicit: ['aspect_ratio'] } },
    ]);
  });

  it('works for 6 panes and for one', () => {
    const six = [1, 2, 3, 4, 5, 6].map((n) =>
      pane(n, pixel, n === 1 ? { seed: 9, aspect_ratio: '4:3' } : {}),
    );
    expect(shareFromFirst(six).edits.map((e) => e.index)).toEqual([1, 2, 3, 4, 5]);
    expect(shareFromFirst([six[0] as MediaPaneParams]).edits).toEqual([]);
  });
});
