/**
 * A tokenizer for the subset of Python source that request snippets are made of: literals, names,
 * punctuation. It exists so import can read `json={...}` literals (and the headers around them) without a
 * Python interpreter. Indentation and newlines are not significant for that, so they are skipped.
 */

export type PythonToken =
  | { kind: 'string'; value: string; prefix: string; raw: string; pos: number }
  | { kind: 'number'; text: string; pos: number }
  | { kind: 'name'; text: string; pos: number }
  | { kind: 'op'; text: string; pos: number };

export class PythonSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
    this.name = 'PythonSyntaxError';
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const HEX_WIDTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Decodes the escapes of a non-raw str literal body, as CPython does. */
function decodeEscapes(body: string, pos: number): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body.charAt(i + 1);
    i++;
    if (next === '\n') continue; // backslash-newline joins lines inside a string
    if (next === '\r') {
      if (body.charAt(i + 1) === '\n') i++;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const width = HEX_WIDTH[next];
    if (width !== undefined) {
      const digits = body.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(digits)) {
        throw new PythonSyntaxError(`truncated \\${next} escape`, pos);
      }
      const cp = Number.parseInt(digits, 16);
      if (cp > 0x10ffff) throw new PythonSyntaxError(`\\${next}${digits} is not a Unicode code point`, pos);
      // fromCharCode for \u keeps lone surrogates exactly; fromCodePoint for the 8-digit form.
      out += width === 8 ? String.fromCodePoint(cp) : String.fromCharCode(cp);
      i += width;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i));
    if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8));
      i += octal[0].length - 1;
      continue;
    }
    if (next === 'N')
      throw new PythonSyntaxError('\\N{...} escapes (character names) are not supported', pos);
    // Unknown escapes keep their backslash in Python (with a warning); so do we.
    out += `\\${next}`;
  }
  return out;
}

const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const NUMBER =
  /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/y;
const STRING_START = /([rRbBuUfF]{0,2})('''|"""|'|")/y;

function readString(src: string, start: number): { token: PythonToken; end: number } | null {
  STRING_START.lastIndex = start;
  const m = STRING_START.exec(src);
  if (!m) return null;
  const prefix = (m[1] ?? '').toLowerCase();
  const quote = m[2] ?? '"';
  if (!/^(|r|u|b|br|rb|f|fr|rf)$/.test(prefix)) return null;
  const raw = prefix.includes('r');
  let i = start + m[0].length;
  const bodyStart = i;
  for (;;) {
    if (i >= src.length) throw new PythonSyntaxError('unterminated string literal', start);
    const ch = src.charAt(i);
    if (ch === '\\') {
      i += 2; // in raw strings too, a backslash stops the next quote from closing the string
      continue;
    }
    if (quote.length === 1 && ch === '\n') throw new PythonSyntaxError('unterminated string literal', start);
    if (src.startsWith(quote, i)) break;
    i++;
  }
  const body = src.slice(bodyStart, i);
  const end = i + quote.length;
  // f-strings and bytes are returned undecoded; the literal parser refuses them with a clear message.
  const value = raw || prefix.includes('f') || prefix.includes('b') ? body : decodeEscapes(body, start);
  return { token: { kind: 'string', value, prefix, raw: src.slice(start, end), pos: start }, end };
}

export function tokenizePython(src: string): PythonToken[] {
  const tokens: PythonToken[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
      i++;
      continue;
    }
    if (ch === '\\' && /^\\\r?\n/.test(src.slice(i, i + 3))) {
      i += src.charAt(i + 1) === '\r' ? 3 : 2;
      continue;
    }
    if (ch === '#') {
      while (i < src.length && src.charAt(i) !== '\n') i++;
      continue;
    }
    const str = readString(src, i);
    if (str) {
      tokens.push(str.token);
      i = str.end;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = /[0-9.]/.test(ch) ? NUMBER.exec(src) : null;
    if (num && num[0] !== '.') {
      tokens.push({ kind: 'number', text: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(src);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos: i });
      i += name[0].length;
      continue;
    }
    const op = /^(\*\*|==|!=|<=|>=|->|:=)/.exec(src.slice(i, i + 2));
    const text = op ? (op[0] as string) : ch;
    tokens.push({ kind: 'op', text, pos: i });
    i += text.length;
  }
  return tokens;
}
