import { scanShell } from './shellText';

// Command substitutions — `$(...)` and backquotes — are kept as text and never run. shell-quote does not
// know them: in `-H "x-api-key: $(op item get "A B" --field c)"` it ends the double quote at the inner
// quote and splits the header in two, so the rest of the command (the URL) is misread. They are swapped
// for placeholders before the text is parsed and put back into the words afterwards.

/** Private-use characters: they mean nothing to the shell or to shell-quote, and no command uses them. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Index after the backquote that closes the one at `start`, or -1. */
function backquoteEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '`') return i + 1;
  }
  return -1;
}

/** Index after the `"` that closes the one at `start`, or -1. Substitutions inside nest. */
function doubleQuoteEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    let end = i;
    if (ch === '\\') end = i + 2;
    else if (ch === '"') return i + 1;
    else if (ch === '`') end = backquoteEnd(text, i);
    else if (text.startsWith('$(', i)) end = substitutionEnd(text, i);
    if (end < 0) return -1;
    if (end > i) i = end - 1;
  }
  return -1;
}

/**
 * Index after the `)` that closes the `$(` at `start`, or -1 when it is not closed. Inside, quoting starts
 * afresh (that is what lets `"$(op "A B")"` nest quotes), and parentheses are counted outside quotes, so
 * `$((1 + 2))` and nested `$(...)` close where bash closes them.
 */
export function substitutionEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    let end = i;
    if (ch === '\\') end = i + 2;
    else if (ch === "'") end = text.includes("'", i + 1) ? text.indexOf("'", i + 1) + 1 : -1;
    else if (ch === '"') end = doubleQuoteEnd(text, i);
    else if (ch === '`') end = backquoteEnd(text, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
    if (end < 0) return -1;
    if (end > i) i = end - 1;
  }
  return -1;
}

export interface Protected {
  /** The text with each substitution replaced by a placeholder made of plain word characters. */
  text: string;
  /** Puts the original substitutions back into a word (or any text taken from `text`). */
  restore(word: string): string;
}

/** Replaces the substitutions that bash would run — outside quotes and inside double quotes, not inside
 * single quotes or `$'...'` — by placeholders, up to a here-document. Unclosed ones are left to the parser. */
export function protectSubstitutions(text: string): Protected {
  const unchanged = { text, restore: (word: string) => word };
  if (!/\$\(|`/.test(text) || text.includes(OPEN) || text.includes(CLOSE)) return unchanged;
  const originals: string[] = [];
  let out = '';
  let copied = 0; // text before this index is in `out`
  scanShell(text, (i, quote, escaped) => {
    if (escaped || (quote !== null && quote !== '"')) return undefined;
    // A here-document's text is standard input, not shell text: left as it is.
    if (quote === null && text.startsWith('<<', i)) return text.length;
    let end = -1;
    if (text.startsWith('$(', i)) end = substitutionEnd(text, i);
    else if (text.charAt(i) === '`') end = backquoteEnd(text, i);
    if (end < 0) return undefined;
    out += `${text.slice(copied, i)}${OPEN}${originals.length}${CLOSE}`;
    originals.push(text.slice(i, end));
    copied = end;
    return end - i;
  });
  if (originals.length === 0) return unchanged;
  const placeholder = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  return {
    text: out + text.slice(copied),
    restore: (word) => word.replace(placeholder, (_m, n: string) => originals[Number(n)] ?? ''),
  };
}
