import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmdCommandLine, cmdWords, looksLikeCmd } from './cmdText';
import { importRequest } from './importRequest';

/** Characters Chrome leaves without a caret: letters, digits, whitespace and a few punctuation marks. */
const CHROME_SAFE = /[A-Za-z0-9\s_\-:=+~'/.,?;()*`]/;

/**
 * One argument as Chrome DevTools' "Copy as cURL (cmd)" writes it, following the scheme its source
 * describes (this is a model of it, not its code): `\` and `"` become `\\` and `\"`, and those and every
 * character outside the safe set get a caret; `%` before a name character gets a second caret after it; a
 * newline is a caret and two newlines; the argument is wrapped in ^"...^" (older versions: plain quotes
 * when there is no newline).
 */
function chromeCmdArg(value: string, plainQuotes = false): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch === '\\') out += '^\\^\\';
    else if (ch === '"') out += '^\\^"';
    else if (ch === '\n' || (ch === '\r' && value.charAt(i + 1) === '\n')) {
      if (ch === '\r') i++;
      out += '^\n\n';
    } else if (ch === '%') out += /[A-Za-z0-9_]/.test(value.charAt(i + 1)) ? '^%^' : '^%';
    else out += CHROME_SAFE.test(ch) ? ch : `^${ch}`;
  }
  const quote = plainQuotes && !/[\r\n]/.test(value) ? '"' : '^"';
  return `${quote}${out}${quote}`;
}

const chromeCommand = (args: string[], plainQuotes = false) =>
  `curl ${args.map((a) => chromeCmdArg(a, plainQuotes)).join(' ^\n  ')}`;

describe('cmd.exe commands (Copy as cURL (cmd))', () => {
  it("reads Chrome's form of a chat request", () => {
    const text = [
      'curl ^"http://127.0.0.1:4310/api/chat/completions^" ^',
      '  -H ^"content-type: application/json^" ^',
      '  --data-raw ^"^{^\\^"model^\\^":^\\^"plain-demo^\\^",^\\^"messages^\\^":^[^{^\\^"role^\\^":^\\^"user^\\^",^\\^"content^\\^":^\\^"hi^\\^"^}^]^}^"',
    ].join('\n');
    expect(looksLikeCmd(text)).toBe(true);
    expect(cmdWords(text, [])).toEqual([
      'curl',
      'http://127.0.0.1:4310/api/chat/completions',
      '-H',
      'content-type: application/json',
      '--data-raw',
      '{"model":"plain-demo","messages":[{"role":"user","content":"hi"}]}',
    ]);
  });

  it('reads back whatever Chrome writes, newlines, carets, percent signs and emoji included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (some, old) => {
          // Older Chrome's plain-quoted form is recognised by its escaped quotes (^\^"), which every JSON body has.
          const args = old ? [...some, '{"a":1}'] : some;
          const text = chromeCommand(['http://x/chat/completions', ...args], old);
          expect(looksLikeCmd(text)).toBe(true);
          expect(cmdWords(text, [])).toEqual([
            'curl',
            'http://x/chat/completions',
            ...args.map((a) => a.replace(/\r\n/g, '\n')),
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a newline inside an argument (^ and two newlines)', '^"a^\n\nb^"', ['a\nb']],
    ['%NAME% protected from expansion', '^"100^% ^%^PATH^%^"', ['100% %PATH%']],
    ['CRLF line ends', '^"a^" ^\r\n  ^"b^"', ['a', 'b']],
    ['a caret inside plain quotes is literal (Firefox, hand-written)', '"x^y" ^"z^"', ['x^y', 'z']],
    ["Firefox's form: quotes escaped with backslashes only", '^"{\\"a\\":^[1^]}^"', ['{"a":[1]}']],
    ['hand-written, continued with ^', '"http://x" ^\n  -d "{\\"a\\": 1}"', ['http://x', '-d', '{"a": 1}']],
  ])('%s', (_name, args, words) => {
    expect(cmdWords(`curl ${args}`, [])).toEqual(['curl', ...words]);
  });

  it('stops at an operator outside quotes, as cmd does ("Copy all as cURL" joins with &)', () => {
    const warnings: string[] = [];
    expect(cmdCommandLine('curl ^"a^" &\r\ncurl ^"b^"', warnings)).toBe('curl "a" ');
    expect(warnings).toEqual([
      'Stopped at the shell operator "&": the rest of the command was not imported.',
    ]);
    expect(cmdCommandLine('curl "a & b" ^& c', [])).toBe('curl "a & b" & c');
  });

  it('stops at the end of the command line and says so when more follows', () => {
    const warnings: string[] = [];
    expect(cmdWords('curl ^"a^"\n{"id": 1}', warnings)).toEqual(['curl', 'a']);
    expect(warnings).toHaveLength(1);
  });

  it('is not taken for bash', () => {
    for (const text of [
      `curl https://x -d '{"a": "^"}'`,
      `curl https://x -d '{"a": "2 ^", "b": "x ^"}'`,
      'curl https://x \\\n  -d "{}"',
      `curl https://x -d '{"regex": "^[a-z]+$"}'`,
    ]) {
      expect(looksLikeCmd(text)).toBe(false);
    }
  });

  it('imports through importRequest; %NAME% keys count as read from the environment', () => {
    const result = importRequest(
      [
        'curl.exe -X POST "https://x/v1/chat/completions" ^',
        '  -H "Authorization: Bearer %OPENAI_API_KEY%" ^',
        '  -H "Content-Type: application/json" ^',
        '  -d "{\\"model\\": \\"m\\", \\"messages\\": []}"',
      ].join('\r\n'),
    );
    expect(result).toEqual({ request: { model: 'm', messages: [] }, warnings: [], source: 'curl' });
  });
});
