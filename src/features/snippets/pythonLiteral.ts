import type { JsonValue } from '@/lib/api';
import { INVISIBLE } from './escapeInvisible';

/**
 * JSON value -> Python literal source. Unlike pasting `json.dumps` output into Python (the model pages'
 * `"stream": false` bug), this writes True/False/None and Python string escapes, so the code runs and
 * `json.dumps` of the value is parse-equal to the JSON the app sends.
 */

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's escape for one code point: \xNN, \uNNNN or \UNNNNNNNN (never octal: a following digit would
 * change its meaning). Lone surrogates get \uNNNN, which Python keeps as a lone surrogate in a str, and
 * json.dumps writes back as the same "\udXXX" JSON escape JS reads. */
function escapeCodePoint(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named) return named;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x100) return `\\x${hex(cp, 2)}`;
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** A double-quoted Python str literal reading back as exactly the same code points. */
export function pythonString(text: string): string {
  const escaped = text
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    // INVISIBLE has the `u` flag, so it sees astral characters whole and lone surrogates one by one.
    .replace(INVISIBLE, escapeCodePoint);
  return `"${escaped}"`;
}

/**
 * A Python number that json.dumps prints as a number JSON.parse reads back as `n`. Integral values below
 * 1e21 (where JS stops printing all digits) become Python ints — JS's 1.0 is sent as `1`, and an int keeps
 * it so. Everything else is a float literal in JS's own shortest form (`0.5`, `1e-7`, `1e+21`), which
 * Python parses to the same double. JSON has no -0, NaN or Infinity: wireBody already turned those into
 * 0 and null.
 */
export function pythonNumber(n: number): string {
  if (!Number.isFinite(n)) return 'None';
  if (Object.is(n, -0)) return '0';
  // String(n) already has the right shape for both cases: plain digits for integral values below 1e21,
  // and otherwise a decimal or exponent form that Python reads as a float literal.
  return String(n);
}

export interface PythonLiteralOptions {
  compact: boolean;
  /** Spaces already in front of the line the literal starts on; nested lines are indented from it. */
  baseIndent?: number;
  /** Spaces per nesting level (4, the layout of json.dumps(indent=4) and the model pages). */
  indent?: number;
}

export function toPythonLiteral(value: JsonValue, opts: PythonLiteralOptions): string {
  const step = opts.indent ?? 4;
  const write = (v: JsonValue, depth: number): string => {
    if (v === null) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'number') return pythonNumber(v);
    if (typeof v === 'string') return pythonString(v);
    const entries: string[] = Array.isArray(v)
      ? v.map((item) => write(item, depth + 1))
      : Object.entries(v).map(([k, item]) => `${pythonString(k)}: ${write(item, depth + 1)}`);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return open + close;
    if (opts.compact) return open + entries.join(', ') + close;
    const inner = ' '.repeat((opts.baseIndent ?? 0) + (depth + 1) * step);
    const outer = ' '.repeat((opts.baseIndent ?? 0) + depth * step);
    return `${open}\n${entries.map((e) => inner + e).join(',\n')}\n${outer}${close}`;
  };
  return write(value, 0);
}
