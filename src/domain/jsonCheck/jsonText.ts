// Reading JSON a person typed or a model wrote: the value, or where and why it is not JSON — said with a line
// and column, because "Unexpected token } in JSON at position 1432" is no help in a textarea.

import { jsonExceeds } from '@/lib/json';
import { jsonErrorAt } from './jsonErrorAt';

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** Deeper values are refused right after parsing: every later walk (ajv, the folded view) recurses. */
export const JSON_CHECK_LIMITS = { depth: 128, nodes: 2_000_000 } as const;

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Parses `text` as JSON, or says where it stops being JSON. */
export function readJsonText(text: string): JsonText {
  if (text.trim() === '') return { ok: false, message: 'empty: nothing to read' };
  try {
    const value: unknown = JSON.parse(text);
    const deep = jsonExceeds(value, JSON_CHECK_LIMITS);
    return deep ? { ok: false, message: `too large to check: ${deep}` } : { ok: true, value };
  } catch {
    const at = jsonErrorAt(text);
    if (!at) return { ok: false, message: 'not valid JSON' };
    const { line, column } = lineColumn(text, at.offset);
    const found =
      at.offset >= text.length
        ? 'the text ends'
        : `found ${JSON.stringify(text.slice(at.offset, at.offset + 12))}`;
    return { ok: false, message: `line ${line}, column ${column}: expected ${at.expected}, ${found}` };
  }
}
