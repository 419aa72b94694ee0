import { describe, expect, it } from 'vitest';
import { pythonScript, pythonStringLiteral } from './pythonScript';
import { makeCase, makeCell, makeCheck, makeRun } from './testing/cells';
import { cellKey } from './types';

const target = {
  chatUrl: 'https://example.test/v1/chat/completions',
  baseUrl: 'https://example.test/v1',
  keyEnvVar: 'OPENAI_API_KEY',
};

/** The JSON document embedded in a script, read back as Python would (the literal's escapes are JSON's). */
function embedded(script: string): {
  url: string;
  concurrency: number;
  cells: Array<{ body: string; checks: Array<Record<string, unknown>> }>;
} {
  const line = script.split('\n').find((l) => l.startsWith('DATA = json.loads('));
  if (!line) throw new Error('no DATA line');
  const literal = line.slice('DATA = json.loads('.length, -1);
  // Python's \xNN and \UNNNNNNNN are not JSON; turn them into \u escapes to read the literal here.
  const asJson = literal
    .replace(/\\x([0-9a-f]{2})/g, '\\u00$1')
    .replace(/\\U([0-9a-f]{8})/g, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return String.fromCodePoint(code)
        .split('')
        .map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .join('');
    });
  return JSON.parse(JSON.parse(asJson));
}

describe('pythonStringLiteral', () => {
  it('escapes quotes, backslashes, controls and everything outside printable ASCII', () => {
    expect(pythonStringLiteral('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(pythonStringLiteral('\n\t\u0000é')).toBe('"\\x0a\\x09\\x00\\xe9"');
    expect(pythonStringLiteral('\u2028😀')).toBe('"\\u2028\\U0001f600"');
    expect(pythonStringLiteral('"""')).toBe('"\\"\\"\\""');
  });
});

describe('pythonScript', () => {
  const run = makeRun({
    checks: [
      makeCheck('contains', '{{city}}', { id: 'k1' }),
      makeCheck('latency-under', 'soon', { id: 'k2' }),
    ],
    cases: [makeCase('c1', { city: 'Paris' }), makeCase('c2', { city: '' })],
  });
  const cells = {
    [cellKey('c1', 'p1')]: makeCell({
      caseId: 'c1',
      paneId: 'p1',
      request: { model: 'a', messages: [], stream: true },
    }),
    [cellKey('c2', 'p2')]: makeCell({ caseId: 'c2', paneId: 'p2', request: { model: 'b', messages: [] } }),
  };

  it('embeds each cell body as the exact JSON text the grid sends, only for cells that have one', () => {
    const data = embedded(pythonScript({ run, cells, target, concurrency: 3 }));
    expect(data.url).toBe(target.chatUrl);
    expect(data.concurrency).toBe(3);
    expect(data.cells.map((c) => c.body)).toEqual([
      JSON.stringify(cells[cellKey('c1', 'p1')]?.request),
      JSON.stringify(cells[cellKey('c2', 'p2')]?.request),
    ]);
  });

  it('fills contains checks per case and leaves undecidable ones to null', () => {
    const data = embedded(pythonScript({ run, cells, target, concurrency: 3 }));
    expect(data.cells[0]?.checks).toEqual([
      { label: 'contains "{{city}}"', ignoreCase: false, type: 'contains', needle: 'Paris' },
      { label: 'latency under soon ms', ignoreCase: false, type: 'none' },
    ]);
    // Case 2 has no city: nothing to look for.
    expect(data.cells[1]?.checks[0]).toMatchObject({ type: 'none' });
  });

  it('reads a required key from the environment (failing loudly), an optional one with a default', () => {
    const required = pythonScript({ run, cells, target, concurrency: 4 });
    expect(required).toContain('API_KEY = os.environ[DATA["keyEnvVar"]]');
    expect(required).not.toContain('print(API_KEY');
    const optional = pythonScript({ run, cells, target: { ...target, keyOptional: true }, concurrency: 4 });
    expect(optional).toContain('API_KEY = os.environ.get(DATA["keyEnvVar"], "")');
  });

  it('bounds the concurrency to 1–64', () => {
    expect(embedded(pythonScript({ run, cells, target, concurrency: 0 })).concurrency).toBe(1);
    expect(embedded(pythonScript({ run, cells, target, concurrency: 1000 })).concurrency).toBe(64);
  });
});
