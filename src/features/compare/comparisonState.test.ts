import { describe, expect, it } from 'vitest';
import { makePane, type Pane } from '@/domain/pane';
import type { RunRecord } from '@/domain/run';
import {
  baseUrlToConfirm,
  exportComparison,
  exportFileName,
  panesFromShared,
  toShared,
} from './comparisonState';
import { decodeComparison, encodeComparison } from './shareLink';

const conversation = { system: 'Be brief', turns: [{ role: 'user' as const, text: 'Hi', images: [] }] };

function pane(partial: Partial<Pane>): Pane {
  return makePane(partial);
}

describe('toShared / panesFromShared', () => {
  const panes = [
    pane({
      modelId: 'a',
      paramsByModel: {
        a: { values: { temperature: 0 }, explicit: ['temperature'] },
        b: { values: { x: 1 }, explicit: [] },
      },
    }),
    pane({ modelId: 'b', systemOverride: 'Own', provider: 'oxen' }),
  ];

  it('keeps the configuration, drops other models’ parameters, results and the base URL when unused', () => {
    const shared = toShared(panes, conversation, false, 'http://secret.local/v1');
    expect(shared).toEqual({
      v: 1,
      conversation,
      stream: false,
      panes: [
        { model: 'a', params: { values: { temperature: 0 }, explicit: ['temperature'] } },
        { model: 'b', system: 'Own', provider: 'oxen' },
      ],
    });
  });

  it('restores equivalent panes through an encoded link', () => {
    const decoded = decodeComparison(encodeComparison(toShared(panes, conversation, true, '')));
    if (!decoded.ok) throw new Error(decoded.error);
    const restored = panesFromShared(decoded.value, false);
    expect(restored.map((p) => [p.modelId, p.paramsByModel, p.systemOverride, p.provider])).toEqual([
      ['a', { a: { values: { temperature: 0 }, explicit: ['temperature'] } }, null, undefined],
      ['b', {}, 'Own', 'oxen'],
    ]);
    // A link carries configuration only: restored panes are new (new ids, so no runs of their own yet).
    expect(restored.map((p) => p.id)).not.toContain(panes[0]?.id);
  });

  it('asks about a foreign OpenAI-compatible base URL, and drops those panes’ provider if declined', () => {
    const withOpenai = [...panes, pane({ modelId: 'llama', provider: 'openai' })];
    const shared = toShared(withOpenai, conversation, true, 'http://their.host/v1/');
    expect(shared.baseUrl).toBe('http://their.host/v1');
    expect(baseUrlToConfirm(shared, 'http://localhost:11434/v1')).toBe('http://their.host/v1');
    expect(baseUrlToConfirm(shared, 'http://their.host/v1/')).toBeNull();
    expect(panesFromShared(shared, false)[2]?.provider).toBeUndefined();
    expect(panesFromShared(shared, true)[2]?.provider).toBe('openai');
    expect(baseUrlToConfirm(toShared(panes, conversation, true, 'http://x'), 'http://y')).toBeNull();
  });
});

describe('exportComparison', () => {
  it("includes each pane's latest run with its start time and figures, and the provider that answered", () => {
    const startedAt = Date.parse('2025-01-02T03:04:00Z');
    const run: RunRecord = {
      id: 'r1',
      target: 'pane:x',
      request: { model: 'a', messages: [{ role: 'user', content: 'Hi' }] },
      provider: 'demo',
      pricing: null,
      status: 'done',
      choices: ['Hello'],
      finishReasons: ['stop'],
      createdAt: startedAt,
      startedAt,
      firstTokenAt: startedAt + 100,
      endedAt: startedAt + 500,
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
    };
    const panes = [pane({ modelId: 'a' }), pane({ modelId: 'b', provider: 'oxen' })];
    const now = new Date('2025-01-02T03:04:05Z');
    const file = exportComparison(panes, [run, undefined], conversation, true, 'demo', now);
    expect(file.exportedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(file.panes[0]).toMatchObject({
      pane: 1,
      model: 'a',
      provider: 'demo',
      figures: {
        ttftMs: 100,
        totalMs: 500,
        completionTokens: 1,
        promptTokens: 3,
        cost: null,
        estimated: false,
      },
      result: {
        id: 'r1',
        status: 'done',
        choices: ['Hello'],
        startedAt: '2025-01-02T03:04:00.000Z',
        request: run.request,
      },
    });
    expect(file.panes[0]?.result).not.toHaveProperty('endedAt');
    expect(file.panes[1]).toMatchObject({ provider: 'oxen', figures: null, params: null, result: null });
    expect(JSON.stringify(file)).not.toMatch(/apiKey/);
    expect(exportFileName(now)).toBe('yoke-comparison-2025-01-02-03-04-05.json');
  });
});

describe('variable values in links and files', () => {
  const withVariables = {
    system: 'About {{city}}',
    turns: [{ role: 'user' as const, text: 'Hello {{name}} and \\{{literal}}', images: [] }],
  };
  const panes = [pane({ modelId: 'a' }), pane({ modelId: 'b', systemOverride: 'As {{persona}}' })];
  const values = { city: 'Paris', name: '', persona: 'a poet', stale: 'typed once, no longer in the prompt' };

  it('a link carries the values of the variables some pane sends, not empty or stale ones, and reads back', () => {
    const shared = toShared(panes, withVariables, true, '', values);
    expect(shared.variables).toEqual({ city: 'Paris', persona: 'a poet' });
    const decoded = decodeComparison(encodeComparison(shared));
    expect(decoded).toMatchObject({ ok: true, value: { variables: { city: 'Paris', persona: 'a poet' } } });
  });

  it('a link without values says nothing about them', () => {
    expect(toShared(panes, withVariables, true, '', {})).not.toHaveProperty('variables');
    expect(toShared(panes, withVariables, true, '')).not.toHaveProperty('variables');
  });

  it('an exported file names the values the results were filled with', () => {
    const file = exportComparison(
      panes,
      [undefined, undefined],
      withVariables,
      true,
      'demo',
      new Date(0),
      values,
    );
    expect(file.variables).toEqual({ city: 'Paris', persona: 'a poet' });
    expect(file.conversation).toBe(withVariables);
  });
});
