import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWindowsArgs, unescapeWindowsQuotes } from './windowsArgs';

/** Quotes one argument so the C runtime reads it back: the usual rule (double the backslashes that end up
 * before a quote, escape the quote), written here independently of the reader. */
function quoteForCrt(arg: string): string {
  let out = '"';
  let slashes = 0;
  for (const ch of arg) {
    if (ch === '\\') slashes++;
    else {
      out += '\\'.repeat(ch === '"' ? slashes * 2 + 1 : slashes) + ch;
      slashes = 0;
    }
  }
  return `${out}${'\\'.repeat(slashes * 2)}"`;
}

describe('splitWindowsArgs', () => {
  it.each([
    ['a b\tc', ['a', 'b', 'c']],
    ['"a b" c', ['a b', 'c']],
    ['"{\\"model\\": 1}"', ['{"model": 1}']],
    ['a\\\\b \\\\\\"x', ['a\\\\b', '\\"x']],
    ['"a\\\\" b', ['a\\', 'b']],
    ['"say ""hi"""', ['say "hi"']],
    ['--header="x: 1"', ['--header=x: 1']],
    ['""', ['']],
    ['  ', []],
  ])('%j', (line, args) => {
    expect(splitWindowsArgs(line)).toEqual(args);
  });

  it('reads back any arguments quoted the standard way', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), (args) => {
        expect(splitWindowsArgs(args.map(quoteForCrt).join(' '))).toEqual(args);
      }),
      { numRuns: 300 },
    );
  });
});

describe('unescapeWindowsQuotes (Windows PowerShell 5.1 arguments)', () => {
  it('unescapes when every quote is escaped', () => {
    expect(unescapeWindowsQuotes('{\\"model\\": \\"m\\"}')).toBe('{"model": "m"}');
    expect(unescapeWindowsQuotes('{\\"path\\": \\"C:\\\\\\\\\\"}')).toBe('{"path": "C:\\\\"}');
  });

  it('leaves an argument with plain quotes (PowerShell 7) or none alone', () => {
    expect(unescapeWindowsQuotes('{"a": "say \\"hi\\""}')).toBe('{"a": "say \\"hi\\""}');
    expect(unescapeWindowsQuotes('a\\b')).toBe('a\\b');
  });
});
