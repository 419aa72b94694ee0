import { describe, expect, it } from 'vitest';
import { cellOutcome, evaluateChecks, readPattern } from './checks';
import { makeCase, makeCell, makeCheck } from './testing/cells';
import type { Cell, Check, CheckResult, TestCase } from './types';

const paris = makeCase('c1', { city: 'Paris', expected: 'France' });

function one(check: Check, cell: Partial<Cell> = {}, testCase: TestCase = paris): CheckResult {
  const [result] = evaluateChecks([check], makeCell(cell), testCase);
  if (!result) throw new Error('no result');
  expect(result.checkId).toBe(check.id);
  return result;
}

describe('contains / not-contains', () => {
  it('passes when the output holds the text, filled from the case', () => {
    expect(one(makeCheck('contains', '{{city}}'))).toEqual({
      checkId: 'chk-contains',
      pass: true,
      detail: 'Contains "Paris"',
    });
    expect(one(makeCheck('contains', '{{city}}'), {}, makeCase('c2', { city: 'Rome' })).pass).toBe(false);
  });

  it('compares case-sensitively unless ignoreCase', () => {
    expect(one(makeCheck('contains', 'PARIS')).pass).toBe(false);
    expect(one(makeCheck('contains', 'PARIS', { ignoreCase: true })).pass).toBe(true);
  });

  it('not-contains is the opposite', () => {
    expect(one(makeCheck('not-contains', 'London')).pass).toBe(true);
    const failed = one(makeCheck('not-contains', 'capital'));
    expect(failed).toMatchObject({ pass: false, detail: 'Contains "capital"' });
    expect(one(makeCheck('not-contains', 'FRANCE', { ignoreCase: true })).pass).toBe(false);
  });

  it('is undecided with nothing to look for (an empty value, or a variable the case leaves empty)', () => {
    expect(one(makeCheck('contains', '')).pass).toBeNull();
    expect(one(makeCheck('contains', '{{missing}}'))).toMatchObject({
      pass: null,
      detail: 'No text to look for',
    });
  });
});

describe('regex', () => {
  it('reads /pattern/flags or a bare pattern', () => {
    expect(readPattern('/pa(ri)s/i')).toEqual({ source: 'pa(ri)s', flags: 'i' });
    expect(readPattern('^Paris')).toEqual({ source: '^Paris', flags: '' });
    // "bin" is no set of flags: the whole value is the pattern.
    expect(readPattern('/usr/bin')).toEqual({ source: '/usr/bin', flags: '' });
  });

  it('passes and fails on a match', () => {
    expect(one(makeCheck('regex', '^Paris\\b'))).toMatchObject({ pass: true, detail: 'Matches /^Paris\\b/' });
    expect(one(makeCheck('regex', '/^paris/'))).toMatchObject({
      pass: false,
      detail: 'Does not match /^paris/',
    });
    expect(one(makeCheck('regex', '/^paris/i')).pass).toBe(true);
  });

  it('is not fooled by the g flag (lastIndex)', () => {
    const check = makeCheck('regex', '/France/g');
    const cell = makeCell();
    expect(evaluateChecks([check, check], cell, paris).map((r) => r.pass)).toEqual([true, true]);
  });

  it('is undecided, with the error, for an invalid pattern', () => {
    const result = one(makeCheck('regex', '/(unclosed/'));
    expect(result.pass).toBeNull();
    expect(result.detail).toMatch(/^Invalid regular expression: .*(unterminated|Unterminated)/);
    expect(one(makeCheck('regex', '/a/ii')).detail).toMatch(/^Invalid regular expression: .*flags/);
  });

  it('does not run a pattern that backtracks exponentially', () => {
    const started = Date.now();
    const result = one(makeCheck('regex', '^(a+)+$'), { output: `${'a'.repeat(40)}b` });
    expect(result.pass).toBeNull();
    expect(result.detail).toMatch(/^Not run: .*exponential time/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reads patterns that are valid only without the u flag', () => {
    expect(one(makeCheck('regex', '\\-\\s'), { output: 'a - b' }).pass).toBe(true);
  });

  it('checks only the start of a huge output, and says so', () => {
    const output = `${'x'.repeat(300_000)}needle`;
    expect(one(makeCheck('regex', 'needle'), { output })).toMatchObject({
      pass: false,
      detail: 'Does not match /needle/ in the first 200,000 characters',
    });
  });
});

describe('equals-expected', () => {
  it('compares trimmed, with whitespace collapsed', () => {
    expect(one(makeCheck('equals-expected'), { output: '  France \n' }).pass).toBe(true);
    const spaced = makeCase('c', { expected: 'New   York\ncity' });
    expect(one(makeCheck('equals-expected'), { output: 'New York city' }, spaced).pass).toBe(true);
    expect(one(makeCheck('equals-expected'), { output: 'france' })).toMatchObject({
      pass: false,
      detail: 'Differs from the expected "France"',
    });
    expect(one(makeCheck('equals-expected', '', { ignoreCase: true }), { output: 'france' }).pass).toBe(true);
  });

  it('is undecided when the case has no expected value', () => {
    expect(one(makeCheck('equals-expected'), {}, makeCase('c', { city: 'x' }))).toMatchObject({
      pass: null,
      detail: 'No expected value',
    });
    expect(one(makeCheck('equals-expected'), {}, makeCase('c', { expected: '  ' })).pass).toBeNull();
  });
});

describe('valid-json', () => {
  it('passes JSON and fails anything else, saying where', () => {
    expect(one(makeCheck('valid-json'), { output: ' {"a": [1, 2]} ' }).pass).toBe(true);
    const bad = one(makeCheck('valid-json'), { output: '{"a": 1,}' });
    expect(bad.pass).toBe(false);
    expect(bad.detail).toMatch(/^Not JSON: line 1, column/);
    expect(one(makeCheck('valid-json'), { output: '' }).pass).toBe(false);
  });
});

describe('json-schema', () => {
  const schema = JSON.stringify({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
  });

  it('passes a matching output and fails one that does not, with the first error', () => {
    expect(one(makeCheck('json-schema', schema), { output: '{"city":"Paris"}' })).toMatchObject({
      pass: true,
      detail: 'Matches the schema',
    });
    const wrong = one(makeCheck('json-schema', schema), { output: '{"city": 3}' });
    expect(wrong).toMatchObject({ pass: false, detail: '/city: must be string' });
    expect(one(makeCheck('json-schema', schema), { output: 'Paris' }).detail).toMatch(/^Not JSON/);
  });

  it('is undecided when the schema is missing or cannot be used', () => {
    expect(one(makeCheck('json-schema', ''), { output: '{}' }).pass).toBeNull();
    const bad = one(makeCheck('json-schema', '{"type": 5}'), { output: '{}' });
    expect(bad.pass).toBeNull();
    expect(bad.detail).toMatch(/^The schema cannot be used: /);
    expect(one(makeCheck('json-schema', '{not json'), { output: '{}' }).detail).toMatch(/not JSON/);
  });
});

describe('latency-under and cost-under', () => {
  it('compares the cell latency with the limit in ms', () => {
    expect(one(makeCheck('latency-under', '1000'), { latencyMs: 812.4 })).toMatchObject({
      pass: true,
      detail: '812 ms (limit 1000 ms)',
    });
    expect(one(makeCheck('latency-under', '500'), { latencyMs: 812 }).pass).toBe(false);
    expect(one(makeCheck('latency-under', '812'), { latencyMs: 812 }).pass).toBe(false);
  });

  it('is undecided without a usable limit or a measured latency', () => {
    expect(one(makeCheck('latency-under', ''))).toMatchObject({ pass: null, detail: 'No limit set' });
    expect(one(makeCheck('latency-under', 'fast')).detail).toMatch(/is not a positive number/);
    expect(one(makeCheck('latency-under', '1000'), { latencyMs: null }).detail).toBe('Latency not measured');
  });

  it('compares the cost in dollars ($ allowed), undecided when not reported', () => {
    expect(one(makeCheck('cost-under', '0.001'), { cost: 0.0002 })).toMatchObject({
      pass: true,
      detail: '$0.000200 (limit $0.00100)',
    });
    expect(one(makeCheck('cost-under', '$0.0001'), { cost: 0.0002 }).pass).toBe(false);
    expect(one(makeCheck('cost-under', '0.01'), { cost: null })).toMatchObject({
      pass: null,
      detail: 'Cost not reported',
    });
  });
});

describe('judge', () => {
  const judged = makeCheck('judge', '', {
    id: 'j1',
    judge: { provider: 'demo', modelId: 'demo/judge', rubric: 'Is it right?', passScore: 7 },
  });
  const judgement = (over: object) => ({
    judgements: [
      {
        checkId: 'j1',
        request: { model: 'demo/judge', messages: [] },
        status: 'done' as const,
        output: '',
        score: 8,
        ...over,
      },
    ],
  });

  it('passes at or above the pass score and fails below', () => {
    expect(one(judged, judgement({ score: 8 }))).toEqual({
      checkId: 'j1',
      pass: true,
      detail: 'Score 8/10 (passes at 7)',
      score: 8,
    });
    expect(one(judged, judgement({ score: 7 })).pass).toBe(true);
    expect(one(judged, judgement({ score: 6 }))).toMatchObject({ pass: false, score: 6 });
  });

  it('is undecided while judging, after a judge error, without a score or a model', () => {
    expect(one(judged, judgement({ status: 'running', score: null }))).toMatchObject({
      pass: null,
      detail: 'Judging…',
    });
    expect(one(judged, judgement({ status: 'error', score: null, error: 'HTTP 500' })).detail).toBe(
      'The judge failed: HTTP 500',
    );
    expect(one(judged, judgement({ score: null })).detail).toBe('The judge gave no score');
    expect(one(judged).detail).toBe('Not judged yet');
    expect(one(makeCheck('judge')).detail).toBe('No judge model chosen');
  });
});

describe('cells without an answer', () => {
  const all = ['contains', 'regex', 'valid-json', 'latency-under'].map((t) =>
    makeCheck(t as Check['type'], '1'),
  );

  it('errored and stopped cells: every check undecided, "No output"', () => {
    for (const status of ['error', 'stopped'] as const) {
      const results = evaluateChecks(all, makeCell({ status }), paris);
      expect(results.map((r) => [r.pass, r.detail])).toEqual(all.map(() => [null, 'No output']));
    }
  });

  it('unfinished cells are not checked yet', () => {
    const results = evaluateChecks(all, makeCell({ status: 'running' }), paris);
    expect(results.every((r) => r.pass === null && r.detail === 'Waiting for the output')).toBe(true);
  });
});

describe('cellOutcome', () => {
  const result = (pass: boolean | null): CheckResult => ({ checkId: 'x', pass, detail: '' });

  it('is error for a failed request, pending until done', () => {
    expect(cellOutcome(makeCell({ status: 'error' }))).toBe('error');
    for (const status of ['queued', 'running', 'retrying', 'stopped'] as const)
      expect(cellOutcome(makeCell({ status }))).toBe('pending');
  });

  it('fails when any check fails; undecided checks do not hold a pass back', () => {
    expect(cellOutcome(makeCell({ checks: [result(true), result(false), result(null)] }))).toBe('fail');
    expect(cellOutcome(makeCell({ checks: [result(true), result(null)] }))).toBe('pass');
    expect(cellOutcome(makeCell({ checks: [] }))).toBe('pass');
  });

  it('is pending while a judge is still judging', () => {
    const running = {
      checkId: 'j',
      request: { model: 'm', messages: [] },
      status: 'running' as const,
      output: '',
      score: null,
    };
    expect(cellOutcome(makeCell({ checks: [result(null)], judgements: [running] }))).toBe('pending');
  });
});
