import { describe, expect, it } from 'vitest';
import { makePane, type Pane } from '@/domain/pane';
import type { ParamState } from '@/domain/schema';
import { formatValue, paneTitle, shortModelName } from './paneTitle';
import { repeatPanes, sweepPanes } from './sweep';

const SONNET = 'claude-sonnet-4-20250514';

function pane(id: string, modelId: string, params?: ParamState, from: Partial<Pane> = {}): Pane {
  return { ...makePane({ modelId, paramsByModel: params ? { [modelId]: params } : {}, ...from }), id };
}

const titles = (panes: readonly Pane[]) => panes.map((_, i) => paneTitle(panes, i, 'demo').text);

describe('shortModelName', () => {
  it('drops the vendor path, a date stamp and ":latest"', () => {
    expect(shortModelName(SONNET)).toBe('claude-sonnet-4');
    expect(shortModelName('meta-llama/Llama-3-8B:latest')).toBe('Llama-3-8B');
    expect(shortModelName('gpt-4o-2024-08-06')).toBe('gpt-4o');
    expect(shortModelName('plain-demo')).toBe('plain-demo');
    expect(shortModelName('/')).toBe('/');
  });
});

describe('formatValue', () => {
  it('says default, on/off, and clips long values', () => {
    expect(formatValue(undefined)).toBe('default');
    expect(formatValue(true)).toBe('on');
    expect(formatValue(0.5)).toBe('0.5');
    expect(formatValue('low')).toBe('low');
    expect(formatValue(['###', 'END OF ANSWER'])).toBe('["###","END OF …');
  });
});

describe('paneTitle', () => {
  it('names the model and the parameters that differ from pane 1', () => {
    const panes = [
      pane('a', SONNET, {
        values: { temperature: 0.2, max_tokens: 64 },
        explicit: ['temperature', 'max_tokens'],
      }),
      pane('b', SONNET, {
        values: { temperature: 0.5, max_tokens: 64 },
        explicit: ['temperature', 'max_tokens'],
      }),
      pane('c', SONNET, { values: { temperature: 0.2 }, explicit: ['temperature'] }),
    ];
    expect(titles(panes)).toEqual([
      'claude-sonnet-4 · T 0.2 · max 64',
      'claude-sonnet-4 · T 0.5',
      'claude-sonnet-4 · max default',
    ]);
    expect(paneTitle(panes, 1, 'demo').parts).toEqual(['claude-sonnet-4', 'T 0.5']);
    expect(paneTitle(panes, 1, 'demo').full).toBe(`${SONNET} · T 0.5`);
  });

  it('titles every pane of a sweep by its swept value, the first one included', () => {
    const base: ParamState = { values: { temperature: 0.7, max_tokens: 64 }, explicit: ['max_tokens'] };
    const other = pane('other', 'plain-demo');
    let n = 0;
    const swept = sweepPanes(
      [pane('src', SONNET, base), other],
      'src',
      'temperature',
      [0, 0.5, 1],
      base,
      false,
      () => `s${++n}`,
    );
    if (!swept.ok) throw new Error(swept.error);
    expect(titles(swept.value.panes)).toEqual([
      'claude-sonnet-4 · T 0',
      'claude-sonnet-4 · T 0.5',
      'claude-sonnet-4 · T 1',
      'plain-demo',
    ]);
  });

  it('keeps repeats titled alike (the pane number tells them apart) and values not explicitly set out', () => {
    const set: ParamState = { values: { temperature: 0.3, top_p: 0.9 }, explicit: ['temperature'] };
    let n = 0;
    const repeated = repeatPanes([pane('src', SONNET, set)], 'src', 3, () => `r${++n}`);
    if (!repeated.ok) throw new Error(repeated.error);
    expect(titles(repeated.value.panes)).toEqual(['claude-sonnet-4', 'claude-sonnet-4', 'claude-sonnet-4']);
  });

  it('across models names only what the other pane sets, its provider and its own system prompt', () => {
    const panes = [
      pane('a', SONNET, { values: { temperature: 0.2 }, explicit: ['temperature'] }),
      pane(
        'b',
        'gpt-4o',
        { values: { temperature: 1, seed: 7 }, explicit: ['temperature', 'seed'] },
        {
          provider: 'openai',
          systemOverride: 'Be terse.',
        },
      ),
      pane('c', 'gpt-4o'),
    ];
    expect(titles(panes)).toEqual([
      'claude-sonnet-4',
      'gpt-4o · T 1 · seed 7 · OpenAI-compatible · own system prompt',
      'gpt-4o',
    ]);
  });

  it('counts what does not fit, names a pane without a model, and survives an unknown index', () => {
    const many: ParamState = {
      values: { temperature: 1, top_p: 0.5, seed: 1, presence_penalty: 1, frequency_penalty: 1 },
      explicit: ['temperature', 'top_p', 'seed', 'presence_penalty', 'frequency_penalty'],
    };
    const panes = [pane('a', SONNET), pane('b', SONNET, many), pane('c', '')];
    expect(titles(panes)).toEqual([
      'claude-sonnet-4 · T default · top-p default · freq default · +2 more',
      'claude-sonnet-4 · T 1 · top-p 0.5 · freq 1 · +2 more',
      'No model yet',
    ]);
    expect(paneTitle(panes, 1, 'demo').full).toContain('pres 1 · seed 1');
    expect(paneTitle(panes, 9, 'demo').text).toBe('');
  });

  it('lists differences in one order whichever pane set what first', () => {
    const panes = [
      pane('a', SONNET, {
        values: { zeta: 1, max_tokens: 64, temperature: 0 },
        explicit: ['zeta', 'max_tokens', 'temperature'],
      }),
      pane('b', SONNET, { values: { alpha: true }, explicit: ['alpha'] }),
    ];
    expect(titles(panes)).toEqual([
      'claude-sonnet-4 · T 0 · max 64 · alpha default · +1 more',
      'claude-sonnet-4 · T default · max default · alpha on · +1 more',
    ]);
  });

  it('reads a model id such as __proto__ as just an id', () => {
    const panes = [pane('a', '__proto__'), pane('b', 'toString')];
    expect(titles(panes)).toEqual(['__proto__', 'toString']);
  });
});
