/**
 * Characters a reader cannot see or that change how the text around them is displayed: controls, format
 * characters (bidi overrides — the "Trojan Source" trick), surrogates, private use, unassigned, and the
 * line/paragraph separators. Snippets write these as escapes so that what is on screen is what is sent.
 * ZWJ/ZWNJ are left alone: emoji sequences and Persian/Indic text need them and they are harmless.
 */
export const INVISIBLE = /(?![\u200c\u200d])[\p{C}\p{Zl}\p{Zp}]/gu;

function hex4(unit: number): string {
  return unit.toString(16).padStart(4, '0');
}

/**
 * Rewrites invisible characters of JSON (or JSON-compatible JS) text as `\uXXXX` escapes, each UTF-16 unit
 * separately (JSON has no longer escape). Safe on whole JSON documents: outside strings JSON text is ASCII
 * punctuation and whitespace, which this never touches, and it never touches a backslash.
 */
export function escapeInvisibleInJson(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    // Pretty JSON's own line breaks; a newline inside a JSON string is always already written as \n.
    if (ch === '\n') return ch;
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${hex4(ch.charCodeAt(i))}`;
    return out;
  });
}

/** Pretty (2-space, the model pages' layout) or compact JSON exactly as JSON.stringify writes it,
 * invisible characters aside. */
export function jsonText(value: unknown, compact: boolean): string {
  return escapeInvisibleInJson(compact ? JSON.stringify(value) : JSON.stringify(value, null, 2));
}
