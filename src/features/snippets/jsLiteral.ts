import type { JsonValue } from '@/lib/api';
import { escapeInvisibleInJson } from './escapeInvisible';

export interface JsLiteralOptions {
  compact: boolean;
  /** Spaces in front of the line the literal starts on. */
  baseIndent?: number;
  /** Spaces per nesting level. */
  indent?: number;
}

/**
 * A JS object key. Quoted JSON-style like the rest of the literal, except `__proto__`: in an object
 * literal `"__proto__": x` sets the prototype instead of creating a property (JSON.parse creates one), so
 * it is written as the computed key `["__proto__"]`, which does create an own property.
 */
function jsKey(key: string): string {
  const quoted = escapeInvisibleInJson(JSON.stringify(key));
  return key === '__proto__' ? `[${quoted}]` : quoted;
}

/**
 * JSON value -> JS expression source that evaluates to a value whose JSON.stringify is the same JSON.
 * JSON text is valid JS since ES2019 (U+2028/2029 allowed in strings; they are escaped anyway) — the only
 * trap is `__proto__`, handled in jsKey. Numbers print as JSON.stringify prints them.
 */
export function toJsLiteral(value: JsonValue, opts: JsLiteralOptions): string {
  const step = opts.indent ?? 2;
  const write = (v: JsonValue, depth: number): string => {
    if (v === null || typeof v !== 'object') return escapeInvisibleInJson(JSON.stringify(v));
    const entries: string[] = Array.isArray(v)
      ? v.map((item) => write(item, depth + 1))
      : Object.entries(v).map(
          ([k, item]) => `${jsKey(k)}:${opts.compact ? '' : ' '}${write(item, depth + 1)}`,
        );
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return open + close;
    if (opts.compact) return open + entries.join(',') + close;
    const inner = ' '.repeat((opts.baseIndent ?? 0) + (depth + 1) * step);
    const outer = ' '.repeat((opts.baseIndent ?? 0) + depth * step);
    return `${open}\n${entries.map((e) => inner + e).join(',\n')}\n${outer}${close}`;
  };
  return write(value, 0);
}
