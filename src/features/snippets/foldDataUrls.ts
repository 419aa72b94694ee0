import type { HighlightLanguage } from './languages';

// An uploaded image travels as a data URL of some hundred thousand characters on one line: shown whole it
// buries the snippet and makes every layout and highlighting pass slow. The code view folds such literals in
// what it SHOWS; what is copied is always the snippet itself.

/** Data-URL literals up to this many characters are shown whole. */
export const FOLD_THRESHOLD = 1024;
/** Characters of the payload kept after `;base64,` so the kind of data stays recognisable (a PNG's iVBOR…). */
const KEEP = 12;

/** Quote characters that open a string literal in each language's snippets. */
const QUOTES: Record<HighlightLanguage, string> = {
  // The cURL body is JSON inside a single-quoted shell word, so its data URLs sit in JSON's double quotes.
  bash: `"'`,
  python: `"'`,
  javascript: `"'\``,
  typescript: `"'\``,
};

// `data:[type/subtype][;name=value]*[;base64],` — RFC 2397's header, read case-insensitively.
const HEADER = /data:(?:[a-z0-9.+-]+\/[a-z0-9.+-]+)?(?:;[a-z0-9.+_-]+=[^;,\s"'`\\]*)*(;base64)?,/iy;
// A base64 payload never needs an escape in any of the languages; a plain one is folded only when it is
// URL-encoded (no quote, backslash or space), so the literal's end is where the payload stops.
const BASE64 = /[A-Za-z0-9+/=_-]*/y;
const PLAIN = /[^\s"'`\\]*/y;

export interface Fold {
  /** Where the folded payload begins and ends in the original code. */
  start: number;
  end: number;
}

export interface FoldResult {
  /** The code with each long data URL shortened to its head and a "…(148 KB folded)" note. */
  text: string;
  folds: Fold[];
  /** Characters left out of `text`, over all folds. */
  hiddenChars: number;
}

/** "148 KB" / "1.4 MB" for a count of characters (one byte each: data URLs are ASCII). */
export function formatSize(chars: number): string {
  const kb = chars / 1024;
  if (kb >= 1024) return `${(kb / 1024).toFixed(1)} MB`;
  return kb < 10 ? `${kb.toFixed(1)} KB` : `${Math.round(kb)} KB`;
}

/** A quote at `i` is escaped when an odd number of backslashes precede it. */
function escaped(code: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && code[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function match(re: RegExp, code: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(code);
}

/** The fold for a data URL starting at `at`, or null when it is not a whole, long, quoted data URL. */
function foldAt(code: string, at: number, quotes: string, threshold: number): Fold | null {
  const quote = code[at - 1];
  if (quote === undefined || !quotes.includes(quote) || escaped(code, at - 1)) return null;
  const header = match(HEADER, code, at);
  if (!header) return null;
  const payloadStart = at + header[0].length;
  const payload = match(header[1] ? BASE64 : PLAIN, code, payloadStart);
  const end = payloadStart + (payload?.[0].length ?? 0);
  // The literal must end right where the data URL does: a data URL inside prose is the user's text.
  if (code[end] !== quote || end - at <= threshold) return null;
  return { start: Math.min(payloadStart + KEEP, end), end };
}

/**
 * Folds every string literal of `code` that is a data URL longer than `threshold` characters. Only the
 * payload is shortened, so quotes, brackets and everything around a literal stay exactly as they are.
 */
export function foldDataUrls(
  code: string,
  language: HighlightLanguage,
  threshold = FOLD_THRESHOLD,
): FoldResult {
  const folds: Fold[] = [];
  for (let at = code.indexOf('data:'); at !== -1; ) {
    const fold = foldAt(code, at, QUOTES[language], threshold);
    if (fold) folds.push(fold);
    at = code.indexOf('data:', fold ? fold.end : at + 1);
  }
  if (folds.length === 0) return { text: code, folds, hiddenChars: 0 };
  let text = '';
  let from = 0;
  let hiddenChars = 0;
  for (const { start, end } of folds) {
    text += `${code.slice(from, start)}…(${formatSize(end - start)} folded)`;
    hiddenChars += end - start;
    from = end;
  }
  return { text: text + code.slice(from), folds, hiddenChars };
}
