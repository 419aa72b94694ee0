import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSuiteJson, SUITE_FORMAT, suiteToJson } from './suiteJson';
import { CHECK_TYPES, type Check, type Suite } from './types';

const suite: Suite = {
  id: 's1',
  name: 'Capitals',
  columns: ['city', 'expected'],
  cases: [
    { id: 'c1', values: { city: 'Paris', expected: 'France' } },
    { id: 'c2', values: { city: 'Rome' } },
  ],
  checks: [
    { id: 'k1', type: 'contains', value: '{{city}}', ignoreCase: true },
    {
      id: 'k2',
      type: 'judge',
      value: '',
      judge: { provider: 'demo', modelId: 'demo/judge', rubric: 'Right?', passScore: 7 },
    },
  ],
  createdAt: 1,
  updatedAt: 2,
};

function error(text: string): string {
  const result = readSuiteJson(text);
  if (!('error' in result)) throw new Error('expected an error');
  return result.error;
}

const withSuite = (patch: Record<string, unknown>) =>
  JSON.stringify({ format: SUITE_FORMAT, version: 1, suite: { ...suite, ...patch } });

describe('suiteToJson / readSuiteJson', () => {
  it('writes a versioned file and reads it back equal', () => {
    const text = suiteToJson(suite);
    expect(JSON.parse(text)).toMatchObject({ format: 'yoke-suite', version: 1 });
    expect(readSuiteJson(text)).toEqual(suite);
  });

  it('also reads a bare suite object', () => {
    expect(readSuiteJson(JSON.stringify(suite))).toEqual(suite);
  });

  it('refuses what is not JSON or not a suite, saying where', () => {
    expect(error('{nope')).toBe('The file is not JSON.');
    expect(error('[]')).toMatch(/^The suite is not valid/);
    expect(error(JSON.stringify({ format: SUITE_FORMAT, version: 99, suite }))).toMatch(
      /^Not a suite file this version reads: version/,
    );
    expect(error(withSuite({ name: 5 }))).toMatch(/^The suite is not valid: name: /);
    expect(error(withSuite({ cases: [{ id: 'c1', values: { city: 3 } }] }))).toMatch(
      /cases\.0\.values: Every value is text/,
    );
    expect(error(withSuite({ checks: [{ id: 'k', type: 'eval', value: '' }] }))).toMatch(/checks\.0\.type/);
    expect(
      error(
        withSuite({
          checks: [
            { ...suite.checks[1], judge: { provider: 'demo', modelId: 'x', rubric: '', passScore: 11 } },
          ],
        }),
      ),
    ).toMatch(/passScore/);
  });

  it('refuses repeated ids and columns', () => {
    expect(
      error(
        withSuite({
          cases: [
            { id: 'a', values: {} },
            { id: 'a', values: {} },
          ],
        }),
      ),
    ).toBe('Two cases share the id "a".');
    expect(error(withSuite({ checks: [suite.checks[0], suite.checks[0]] }))).toBe(
      'Two checks share the id "k1".',
    );
    expect(error(withSuite({ columns: ['x', 'x'] }))).toBe('The suite lists the column "x" twice.');
  });

  it('refuses huge lists before checking their items', () => {
    const started = Date.now();
    const cases = new Array(2_000_000).fill(0);
    expect(error(withSuite({ cases }))).toBe('The suite has 2,000,000 cases: at most 10,000.');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error(withSuite({ checks: new Array(101).fill(suite.checks[0]) }))).toMatch(
      /101 checks: at most 100/,
    );
  });

  it('keeps __proto__ and constructor columns as own values and never touches a prototype', () => {
    const text = `{"id":"s","name":"n","columns":["__proto__","constructor"],"createdAt":0,"updatedAt":0,"checks":[],"__proto__":{"polluted":true},"cases":[{"id":"c","values":{"__proto__":"x","constructor":"y","stray":"z"}}]}`;
    const read = readSuiteJson(text);
    if ('error' in read) throw new Error(read.error);
    const values = read.cases[0]?.values ?? {};
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(values.constructor).toBe('y');
    expect(Object.hasOwn(read, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops unknown fields and values of columns the suite does not list', () => {
    const read = readSuiteJson(
      withSuite({ extra: 1, cases: [{ id: 'c', values: { city: 'a', nope: 'b' }, x: 1 }] }),
    );
    expect(read).toMatchObject({ cases: [{ id: 'c', values: { city: 'a' } }] });
    expect(Object.hasOwn(read, 'extra')).toBe(false);
  });

  it('never throws on hostile JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const read = readSuiteJson(text);
        expect(typeof read).toBe('object');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        let text: string;
        try {
          text =
            JSON.stringify({ format: SUITE_FORMAT, version: 1, suite: { ...suite, cases: value } }) ?? 'null';
        } catch {
          return;
        }
        expect(() => readSuiteJson(text)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any valid suite', () => {
    const text = fc.string({ maxLength: 30 });
    const name = fc.string({ minLength: 1, maxLength: 20 });
    const arbitrarySuite: fc.Arbitrary<Suite> = fc
      .record({
        id: name,
        name: text,
        columns: fc.uniqueArray(fc.oneof(name, fc.constantFrom('__proto__', 'constructor', 'toString')), {
          maxLength: 6,
        }),
        createdAt: fc.nat(),
        updatedAt: fc.nat(),
        caseIds: fc.uniqueArray(name, { maxLength: 5 }),
        cellTexts: fc.array(text, { minLength: 30, maxLength: 30 }),
        checks: fc.uniqueArray(
          fc.record(
            {
              id: name,
              type: fc.constantFrom(...CHECK_TYPES),
              value: text,
              ignoreCase: fc.boolean(),
              judge: fc.record({
                provider: fc.constantFrom('demo' as const, 'oxen' as const, 'openai' as const),
                modelId: text,
                rubric: text,
                passScore: fc.integer({ min: 1, max: 10 }),
              }),
            },
            { requiredKeys: ['id', 'type', 'value'] },
          ),
          { selector: (c) => c.id, maxLength: 4 },
        ),
      })
      .map(({ caseIds, cellTexts, checks, ...rest }) => ({
        ...rest,
        checks: checks as Check[],
        cases: caseIds.map((id, i) => ({
          id,
          // Own entries, also for "__proto__".
          values: Object.fromEntries(rest.columns.map((c, j) => [c, cellTexts[(i * 6 + j) % 30] ?? ''])),
        })),
      }));
    fc.assert(
      fc.property(arbitrarySuite, (s) => {
        expect(readSuiteJson(suiteToJson(s))).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });
});
