import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@/lib/api';
import { hostileString } from '@/testing';
import { pythonNumber, pythonString, toPythonLiteral } from './pythonLiteral';
import { parsePythonLiteral } from './pythonLiteralParse';
import { PythonSyntaxError } from './pythonTokenize';

describe('toPythonLiteral', () => {
  it('writes Python constants, not JSON ones', () => {
    expect(toPythonLiteral({ a: true, b: false, c: null }, { compact: true })).toBe(
      '{"a": True, "b": False, "c": None}',
    );
  });

  it('writes numbers that json.dumps prints back as the same JSON number', () => {
    expect(pythonNumber(1)).toBe('1');
    expect(pythonNumber(1.0)).toBe('1');
    expect(pythonNumber(0.5)).toBe('0.5');
    expect(pythonNumber(-0)).toBe('0');
    expect(pythonNumber(1e21)).toBe('1e+21');
    expect(pythonNumber(1e-7)).toBe('1e-7');
    expect(pythonNumber(1e20)).toBe('100000000000000000000');
    expect(pythonNumber(Number.NaN)).toBe('None');
  });

  it('escapes quotes, backslashes and invisible characters, keeps visible Unicode', () => {
    expect(pythonString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(pythonString("it's")).toBe('"it\'s"');
    expect(pythonString('\n\t\r\u0000\u007f')).toBe('"\\n\\t\\r\\x00\\x7f"');
    expect(pythonString('\ud800x')).toBe('"\\ud800x"');
    expect(pythonString('\u202e\u2028\u{e0001}')).toBe('"\\u202e\\u2028\\U000e0001"');
    expect(pythonString('😀 שלום')).toBe('"😀 שלום"');
    expect(pythonString('{x} \\N{BULLET}')).toBe('"{x} \\\\N{BULLET}"');
  });

  it('pretty layout is json.dumps(indent=4) shifted by the base indent', () => {
    expect(toPythonLiteral({ a: [1, {}], b: [] }, { compact: false, baseIndent: 2 })).toBe(
      '{\n      "a": [\n          1,\n          {}\n      ],\n      "b": []\n  }',
    );
  });
});

describe('parsePythonLiteral', () => {
  it('reads every escape form but \\N', () => {
    expect(parsePythonLiteral(String.raw`"\x41\u0042\U0001F600\101\n\\\'\"\q"`)).toBe('AB😀A\n\\\'"\\q');
    expect(parsePythonLiteral(String.raw`"\ud83d\ude00"`)).toBe('😀'); // as json.dumps + JSON.parse would
    expect(() => parsePythonLiteral(String.raw`"\N{BULLET}"`)).toThrow(/\\N\{\.\.\.\} escapes/);
  });

  it('reads raw strings, prefixes, triple quotes and implicit concatenation', () => {
    expect(parsePythonLiteral(String.raw`r"\n" u'x' """a"b""" '''c'''`)).toBe('\\nxa"bc');
  });

  it('reads dicts, lists, tuples, trailing commas, comments and numbers', () => {
    const value = parsePythonLiteral(`{
      'b': (1, 2.5, -3e2,),  # a comment
      "a": [0x1F, 0o17, 0b11, 1_000, .5, 1., (), (None,), (True)],
      1: False,
    }`);
    expect(JSON.stringify(value)).toBe(
      '{"1":false,"b":[1,2.5,-300],"a":[31,15,3,1000,0.5,1,[],[null],true]}',
    );
  });

  it('keeps key order and Python duplicate-key semantics; "__proto__" stays a member', () => {
    expect(JSON.stringify(parsePythonLiteral('{"x": 1, "y": 2, "x": 3}'))).toBe('{"x":3,"y":2}');
    const proto = parsePythonLiteral('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(proto)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['f"hi {x}"', /f-strings are not supported/],
    ['b"bytes"', /bytes/],
    ['{1, 2}', /sets/],
    ['1j', /complex/],
    ['1e999', /out of range/],
    ['body', /not a literal/],
    ['dict(a=1)', /not a literal/],
    ['"unterminated', /unterminated/],
    ['[1, 2] + [3]', /after the literal/],
  ])('refuses %s', (source, message) => {
    expect(() => parsePythonLiteral(source)).toThrow(PythonSyntaxError);
    expect(() => parsePythonLiteral(source)).toThrow(message);
  });

  it('is the inverse of toPythonLiteral (key order included), pretty and compact', () => {
    const str = hostileString('/nonexistent');
    const json = fc.letrec<{ v: JsonValue }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        str,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(
          str.filter((k) => k !== '__proto__'),
          tie('v'),
          { maxKeys: 4 },
        ),
      ),
    })).v;
    fc.assert(
      fc.property(json, fc.boolean(), (value, compact) => {
        const back = parsePythonLiteral(toPythonLiteral(value, { compact }));
        expect(JSON.stringify(back)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });
});
