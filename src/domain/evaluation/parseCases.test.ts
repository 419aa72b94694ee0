import { describe, expect, it } from 'vitest';
import { matchColumns } from './matchColumns';
import { CASE_LIMITS, type ParsedCases, parseCases } from './parseCases';

function ok(result: ParsedCases | { error: string }): ParsedCases {
  if ('error' in result) throw new Error(`expected cases, got error: ${result.error}`);
  return result;
}

function error(result: ParsedCases | { error: string }): string {
  if (!('error' in result)) throw new Error('expected an error');
  return result.error;
}

describe('parseCases: CSV', () => {
  it('takes the header row as the columns and one case per row', () => {
    const parsed = ok(parseCases('city,expected\nParis,France\nRome,Italy\n'));
    expect(parsed).toEqual({
      columns: ['city', 'expected'],
      rows: [
        { city: 'Paris', expected: 'France' },
        { city: 'Rome', expected: 'Italy' },
      ],
      warnings: [],
    });
  });

  it('keeps quoted commas, quoted newlines (also CRLF) and "" escapes inside one cell', () => {
    const text = 'q,a\r\n"one, two","line 1\r\nline 2"\r\n"say ""hi""",x\r\n';
    const parsed = ok(parseCases(text));
    expect(parsed.rows).toEqual([
      { q: 'one, two', a: 'line 1\r\nline 2' },
      { q: 'say "hi"', a: 'x' },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('drops a byte order mark, so the first column is not named "\\uFEFFcity"', () => {
    const parsed = ok(parseCases('\uFEFFcity,country\nParis,France'));
    expect(parsed.columns).toEqual(['city', 'country']);
    expect(parsed.rows[0]).toEqual({ city: 'Paris', country: 'France' });
  });

  it('skips empty lines and lines of empty cells', () => {
    const parsed = ok(parseCases('a,b\n\n1,2\n,\n   \n3,4\n\n'));
    expect(parsed.rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('pads a short row with empty cells and says so', () => {
    const parsed = ok(parseCases('a,b,c\n1,2,3\n4\n'));
    expect(parsed.rows[1]).toEqual({ a: '4', b: '', c: '' });
    expect(parsed.warnings).toEqual(['Case 2 has 1 of 3 cells: the rest are empty.']);
  });

  it('keeps the extra cells of a long row under "column N" names, every row getting the column', () => {
    const parsed = ok(parseCases('a,b\n1,2\n3,4,5,6\n'));
    expect(parsed.columns).toEqual(['a', 'b', 'column 3', 'column 4']);
    expect(parsed.rows).toEqual([
      { a: '1', b: '2', 'column 3': '', 'column 4': '' },
      { a: '3', b: '4', 'column 3': '5', 'column 4': '6' },
    ]);
    expect(parsed.warnings).toEqual([
      'Case 2 has 2 more cells than the header: kept under "column 3", "column 4".',
    ]);
  });

  it('names blank headers and makes repeated ones unique, saying each', () => {
    const parsed = ok(parseCases('name,,name, name ,column 2\n1,2,3,4,5'));
    expect(parsed.columns).toEqual(['name', 'column 2', 'name 2', 'name 3', 'column 2 2']);
    expect(parsed.rows[0]).toEqual({
      name: '1',
      'column 2': '2',
      'name 2': '3',
      'name 3': '4',
      'column 2 2': '5',
    });
    expect(parsed.warnings).toHaveLength(4);
    expect(parsed.warnings[0]).toBe('Column 2 has no name: called it "column 2".');
    expect(parsed.warnings[1]).toBe('Column 3 repeats the name "name": called it "name 2".');
  });

  it('keeps a column named __proto__ as an own entry, not the prototype', () => {
    const parsed = ok(parseCases('__proto__,b\n{"x":1},2'));
    const row = parsed.rows[0] ?? {};
    expect(Object.hasOwn(row, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row.b).toBe('2');
  });

  it('reads a single column (no delimiter to detect) without a warning', () => {
    expect(ok(parseCases('city\nParis\nRome'))).toEqual({
      columns: ['city'],
      rows: [{ city: 'Paris' }, { city: 'Rome' }],
      warnings: [],
    });
  });

  it('guesses a semicolon delimiter', () => {
    expect(ok(parseCases('a;b\n1;2\n3;4')).rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('says an unterminated quote instead of failing the file', () => {
    const parsed = ok(parseCases('a,b\n1,"open\n'));
    expect(parsed.rows[0]?.a).toBe('1');
    expect(parsed.warnings.some((w) => /Quoted field unterminated/.test(w))).toBe(true);
  });

  it('reads a forced csv as comma-separated even with tabs in it', () => {
    expect(ok(parseCases('a\tb,c\n1\t2,3', 'csv')).columns).toEqual(['a\tb', 'c']);
  });
});

describe('parseCases: TSV', () => {
  it('reads a spreadsheet paste: tabs in the first line and no comma', () => {
    const parsed = ok(parseCases('city\tcountry\nParis, Texas\tUSA\nRome\tItaly'));
    expect(parsed.columns).toEqual(['city', 'country']);
    expect(parsed.rows).toEqual([
      { city: 'Paris, Texas', country: 'USA' },
      { city: 'Rome', country: 'Italy' },
    ]);
  });

  it('takes tabs when the commas of the first line are inside quotes', () => {
    const parsed = ok(parseCases('"a, b"\tc\n1\t2'));
    expect(parsed.columns).toEqual(['a, b', 'c']);
  });

  it('keeps quoted newlines in a TSV cell', () => {
    expect(ok(parseCases('a\tb\n"x\ny"\t2', 'tsv')).rows).toEqual([{ a: 'x\ny', b: '2' }]);
  });

  it('is CSV when the first line has both tabs and commas outside quotes', () => {
    expect(ok(parseCases('a,b\tc\n1,2\t3')).columns).toEqual(['a', 'b\tc']);
  });
});

describe('parseCases: JSONL', () => {
  it('reads one object per line, columns in first-seen order, values as text', () => {
    const text = [
      '{"city":"Paris","n":3,"ok":true}',
      '',
      '{"tags":["a","b"],"city":"Rome","meta":{"x":1},"none":null}',
    ].join('\n');
    const parsed = ok(parseCases(text));
    expect(parsed.columns).toEqual(['city', 'n', 'ok', 'tags', 'meta', 'none']);
    expect(parsed.rows).toEqual([
      { city: 'Paris', n: '3', ok: 'true', tags: '', meta: '', none: '' },
      { city: 'Rome', n: '', ok: '', tags: '["a","b"]', meta: '{"x":1}', none: '' },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('names a bad line by its number and reads the rest', () => {
    const parsed = ok(parseCases('{"a":"1"}\n{"a": nope}\n[1,2]\n{"a":"2"}\r\n', 'jsonl'));
    expect(parsed.rows).toEqual([{ a: '1' }, { a: '2' }]);
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.warnings[0]).toMatch(/^Line 2 is not JSON/);
    expect(parsed.warnings[1]).toBe('Line 3 is not a JSON object: skipped.');
  });

  it('is an error only when no line could be read', () => {
    expect(error(parseCases('nope\n[1]', 'jsonl'))).toMatch(/^Line 1 is not JSON/);
  });

  it('keeps a __proto__ key as an own column', () => {
    const parsed = ok(parseCases('{"__proto__":"x","b":"y"}'));
    expect(parsed.columns).toEqual(['__proto__', 'b']);
    expect(Object.hasOwn(parsed.rows[0] ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(parsed.rows[0])).toBe(Object.prototype);
  });

  it('strips a BOM before the first object', () => {
    expect(ok(parseCases('\uFEFF{"a":"1"}')).columns).toEqual(['a']);
  });
});

describe('parseCases: limits and nothing to read', () => {
  it('refuses empty text', () => {
    expect(error(parseCases(''))).toBe('The text is empty.');
    expect(error(parseCases(' \n\n'))).toBe('The text is empty.');
  });

  it('refuses more rows than the limit', () => {
    const text = `a\n${'x\n'.repeat(CASE_LIMITS.rows + 1)}`;
    expect(error(parseCases(text))).toMatch(/more than 10,000 cases/);
    expect(ok(parseCases(`a\n${'x\n'.repeat(CASE_LIMITS.rows)}`)).rows).toHaveLength(CASE_LIMITS.rows);
    const jsonl = '{"a":"x"}\n'.repeat(CASE_LIMITS.rows + 1);
    expect(error(parseCases(jsonl))).toMatch(/more than 10,000 cases/);
  });

  it('refuses more columns than the limit', () => {
    const header = Array.from({ length: CASE_LIMITS.columns + 1 }, (_, i) => `c${i}`).join(',');
    expect(error(parseCases(`${header}\n1`))).toBe('The file has 201 columns: a suite holds at most 200.');
    const wide = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, i]));
    expect(error(parseCases(JSON.stringify(wide)))).toMatch(/201 columns/);
  });

  it('refuses a cell longer than the limit, naming the row and column', () => {
    const big = 'x'.repeat(CASE_LIMITS.cellChars + 1);
    expect(error(parseCases(`a,b\n1,${big}`))).toMatch(
      /^Row 1, column "b" holds more than 2,000,000 characters/,
    );
    expect(error(parseCases(JSON.stringify({ a: big })))).toMatch(/^Row 1, column "a"/);
  });

  it('caps the warnings at 20 and counts the rest', () => {
    const parsed = ok(parseCases(`a,b\n${'1\n'.repeat(30)}`));
    expect(parsed.warnings).toHaveLength(21);
    expect(parsed.warnings[20]).toBe('…and 10 more warnings.');
  });
});

describe('matchColumns', () => {
  it('splits columns into matched variables, extra columns and missing variables', () => {
    expect(matchColumns(['topic', 'expected', 'notes', 'City'], ['city', 'topic', 'tone'])).toEqual({
      matched: ['topic'],
      extra: ['notes', 'City'],
      missing: ['city', 'tone'],
    });
  });

  it('has nothing missing or extra when the table fits the prompt', () => {
    expect(matchColumns(['a', 'b'], ['b', 'a'])).toEqual({ matched: ['b', 'a'], extra: [], missing: [] });
  });
});
