import { describe, expect, it } from 'vitest';
import { makePane, type Pane } from '@/domain/pane';
import type { ParamState } from '@/domain/schema';
import { normalizeSchema } from '@/domain/schema';
import { parseSweepValues, repeatPanes, type SweepSpec, sweepableParams, sweepPanes } from './sweep';

const temperature: SweepSpec = { name: 'temperature', label: 'Temperature', kind: 'number', min: 0, max: 1 };
const maxTokens: SweepSpec = { name: 'max_tokens', label: 'Max tokens', kind: 'integer', min: 1 };
const effort: SweepSpec = {
  name: 'reasoning_effort',
  label: 'Effort',
  kind: 'enum',
  options: ['low', 'medium', 'high'],
};

function counter(): () => string {
  let n = 0;
  return () => `new${++n}`;
}

function panes(count: number): Pane[] {
  return Array.from({ length: count }, (_, i) => ({ ...makePane({ modelId: `m${i}` }), id: `p${i}` }));
}

describe('sweepableParams', () => {
  it('lists numbers, integers and enums (through $ref and nullable anyOf) in form order', () => {
    const normalized = normalizeSchema({
      id: 'x',
      json_request_schema: {
        type: 'object',
        $defs: {
          unit: { type: 'number', minimum: 0, maximum: 1 },
          detail: { enum: ['auto', 'low', 'high'] },
        },
        properties: {
          temperature: { $ref: '#/$defs/unit', title: 'Temperature' },
          n: { type: 'integer', exclusiveMinimum: 0 },
          detail: { $ref: '#/$defs/detail' },
          seed: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
          stop: { type: 'array', items: { type: 'string' } },
          logprobs: { type: 'boolean' },
          single: { enum: ['only'] },
        },
      },
    });
    const specs = sweepableParams(normalized);
    expect(specs.map((s) => s.name)).toEqual(['temperature', 'n', 'detail', 'seed']);
    expect(specs[0]).toMatchObject({ kind: 'number', min: 0, max: 1, label: 'Temperature' });
    expect(specs[1]).toMatchObject({ kind: 'integer', exclusiveMin: 0 });
    expect(specs[2]).toMatchObject({ kind: 'enum', options: ['auto', 'low', 'high'] });
    expect(specs[3]).toMatchObject({ kind: 'integer' });
  });

  it('offers nothing for a schema the form cannot render', () => {
    expect(sweepableParams(normalizeSchema({ id: 'b', json_request_schema: { type: 'banana' } }))).toEqual(
      [],
    );
  });
});

describe('parseSweepValues', () => {
  it('reads comma or space separated numbers', () => {
    expect(parseSweepValues('0, 0.5, 1', temperature)).toEqual({ ok: true, value: [0, 0.5, 1] });
    expect(parseSweepValues(' 0.2 .7 ', temperature)).toEqual({ ok: true, value: [0.2, 0.7] });
  });

  it('rejects values out of bounds, non-numbers, fractions for integers and duplicates', () => {
    expect(parseSweepValues('0, 1.5', temperature)).toEqual({
      ok: false,
      error: 'Temperature must be at most 1; 1.5 is above.',
    });
    expect(parseSweepValues('-1, 0', temperature)).toMatchObject({
      ok: false,
      error: expect.stringContaining('at least 0'),
    });
    expect(parseSweepValues('0x1, 0', temperature)).toEqual({ ok: false, error: '"0x1" is not a number.' });
    expect(parseSweepValues('1, Infinity', maxTokens)).toMatchObject({ ok: false });
    expect(parseSweepValues('10, 20.5', maxTokens)).toMatchObject({
      ok: false,
      error: expect.stringContaining('whole numbers'),
    });
    expect(parseSweepValues('0.5, 0.50', temperature)).toMatchObject({
      ok: false,
      error: expect.stringContaining('twice'),
    });
  });

  it('checks exclusive bounds', () => {
    const spec: SweepSpec = { name: 'n', label: 'N', kind: 'integer', exclusiveMin: 0, exclusiveMax: 5 };
    expect(parseSweepValues('0, 1', spec)).toMatchObject({
      ok: false,
      error: expect.stringContaining('above 0'),
    });
    expect(parseSweepValues('4, 5', spec)).toMatchObject({
      ok: false,
      error: expect.stringContaining('below 5'),
    });
    expect(parseSweepValues('1, 4', spec)).toEqual({ ok: true, value: [1, 4] });
  });

  it('accepts only enum members, keeping their type', () => {
    expect(parseSweepValues('low,high', effort)).toEqual({ ok: true, value: ['low', 'high'] });
    expect(parseSweepValues('low, extreme', effort)).toEqual({
      ok: false,
      error: '"extreme" is not one of low, medium, high.',
    });
    const numeric: SweepSpec = { name: 'k', label: 'K', kind: 'enum', options: [1, 2, 4] };
    expect(parseSweepValues('1, 4', numeric)).toEqual({ ok: true, value: [1, 4] });
  });

  it('needs between two and six values', () => {
    expect(parseSweepValues('0.5', temperature)).toMatchObject({
      ok: false,
      error: expect.stringContaining('at least two'),
    });
    expect(parseSweepValues('', temperature)).toMatchObject({ ok: false });
    expect(parseSweepValues('0,0.1,0.2,0.3,0.4,0.5,0.6', temperature)).toMatchObject({
      ok: false,
      error: expect.stringContaining('at most 6'),
    });
  });
});

describe('sweepPanes', () => {
  const base: ParamState = { values: { temperature: 1, max_tokens: 64 }, explicit: ['max_tokens'] };

  it('replaces the source with one pane per value, the swept parameter explicit, the rest copied', () => {
    const list = panes(3);
    list[1] = {
      ...(list[1] as Pane),
      systemOverride: 'Be terse',
      paramsByModel: { other: { values: { a: 1 }, explicit: [] } },
    };
    const result = sweepPanes(list, 'p1', 'temperature', [0, 0.5], base, false, counter());
    if (!result.ok) throw new Error(result.error);
    const { panes: next, runIds } = result.value;
    expect(next.map((p) => p.id)).toEqual(['p0', 'new1', 'new2', 'p2']);
    expect(runIds).toEqual(['new1', 'new2']);
    for (const [i, t] of [0, 0.5].entries()) {
      const pane = next[i + 1] as Pane;
      expect(pane.modelId).toBe('m1');
      expect(pane.systemOverride).toBe('Be terse');
      // A copy carries the configuration only: its runs start empty (they are kept by pane id elsewhere).
      expect(Object.keys(pane).sort()).toEqual(['id', 'modelId', 'paramsByModel', 'systemOverride']);
      expect(pane.paramsByModel.m1).toEqual({
        values: { temperature: t, max_tokens: 64 },
        explicit: ['max_tokens', 'temperature'],
      });
      expect(pane.paramsByModel.other).toEqual({ values: { a: 1 }, explicit: [] });
    }
    // Copies share nothing mutable with the source or each other.
    expect(next[1]?.paramsByModel.other).not.toBe(list[1]?.paramsByModel.other);
    expect(base.values.temperature).toBe(1);
  });

  it('keeps the source first when asked', () => {
    const result = sweepPanes(panes(1), 'p0', 'temperature', [0, 1], base, true, counter());
    expect(result.ok && result.value.panes.map((p) => p.id)).toEqual(['p0', 'new1', 'new2']);
  });

  it('refuses to go past six panes with a clear message', () => {
    const result = sweepPanes(panes(5), 'p0', 'temperature', [0, 0.5, 1], base, false, counter());
    expect(result).toEqual({
      ok: false,
      error:
        '3 values need 3 panes; with the 4 other panes that makes 7, more than the 6 allowed. Remove panes or sweep fewer values.',
    });
    // Exactly six is fine.
    expect(sweepPanes(panes(4), 'p0', 'temperature', [0, 0.5, 1], base, false, counter()).ok).toBe(true);
    expect(sweepPanes(panes(4), 'p0', 'temperature', [0, 0.5, 1], base, true, counter()).ok).toBe(false);
  });
});

describe('repeatPanes', () => {
  it('adds k−1 copies after the source and runs all k', () => {
    const result = repeatPanes(panes(2), 'p0', 3, counter());
    if (!result.ok) throw new Error(result.error);
    expect(result.value.panes.map((p) => p.id)).toEqual(['p0', 'new1', 'new2', 'p1']);
    expect(result.value.runIds).toEqual(['p0', 'new1', 'new2']);
    expect(result.value.panes[1]?.modelId).toBe('m0');
  });

  it('rejects too many runs and fewer than two', () => {
    expect(repeatPanes(panes(3), 'p0', 5, counter())).toMatchObject({
      ok: false,
      error: expect.stringContaining('At most 4 here'),
    });
    expect(repeatPanes(panes(1), 'p0', 1, counter())).toMatchObject({ ok: false });
    expect(repeatPanes(panes(1), 'p0', 2.5, counter())).toMatchObject({ ok: false });
    expect(repeatPanes(panes(1), 'nope', 2, counter())).toMatchObject({ ok: false });
  });
});
