// Shell-text preprocessing for cURL import: what shell-quote's parser does not handle itself
// (line continuations, here-documents, where the command ends), done quote-aware so quoted text is never
// touched.

type ShellQuote = "'" | '"' | "$'" | null;

/**
 * Walks shell text the way bash reads quotes: '...' (all literal), "..." and $'...' (backslash escapes),
 * and backslash escapes outside quotes. `visit` sees every position with the quote it is in and whether a
 * backslash escapes it; returning a number skips that many characters.
 */
export function scanShell(
  text: string,
  visit: (i: number, quote: ShellQuote, escaped: boolean) => number | undefined,
): void {
  let quote: ShellQuote = null;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const wasEscaped = escaped;
    escaped = false;
    const skip = visit(i, quote, wasEscaped);
    if (skip !== undefined) {
      i += skip - 1;
      continue;
    }
    if (wasEscaped) continue; // an escaped character never opens or closes a quote
    const ch = text.charAt(i);
    if (quote === "'") {
      if (ch === "'") quote = null;
    } else if (ch === '\\') {
      escaped = true;
    } else if (quote !== null) {
      if (ch === (quote === '"' ? '"' : "'")) quote = null;
    } else if (ch === "'") {
      quote = text.charAt(i - 1) === '$' ? "$'" : "'";
    } else if (ch === '"') {
      quote = '"';
    }
  }
}

/**
 * Bash drops backslash-newline outside quotes and inside double quotes, but keeps it inside single quotes.
 * shell-quote does not know line continuations, so they are removed first, quote-aware, so that a
 * backslash-newline inside a single-quoted body is kept.
 */
export function joinContinuations(text: string): string {
  let out = '';
  scanShell(text, (i, quote, escaped) => {
    const ch = text.charAt(i);
    if (ch === '\\' && !escaped && (quote === null || quote === '"')) {
      if (text.charAt(i + 1) === '\n') return 2;
      if (text.startsWith('\r\n', i + 1)) return 3;
    }
    out += ch;
    return undefined;
  });
  return out;
}

/**
 * Splits off a here-document (`--data-binary @- <<'JSON'` ... `JSON`, what toCurl writes for large bodies):
 * shell-quote does not read them. Returns the command without the here-document and its text, which is
 * standard input for `@-`. With an unquoted delimiter bash would expand `$` and backticks in the text;
 * that is not done here, and said.
 */
export function splitHeredoc(text: string, warnings: string[]): { command: string; stdin: string | null } {
  let at = -1;
  scanShell(text, (i, quote, escaped) => {
    if (quote === null && !escaped && text.startsWith('<<', i) && text.charAt(i + 2) !== '<') at = i;
    return at >= 0 ? text.length : undefined; // found: stop scanning
  });
  if (at < 0) return { command: text, stdin: null };
  const m = /^<<(-?)[ \t]*(['"]?)([A-Za-z_]\w*)\2/.exec(text.slice(at));
  if (!m) return { command: text, stdin: null };
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) {
    warnings.push(`The here-document ${m[3]} has no text.`);
    return { command: text, stdin: null };
  }
  const delimiter = m[3] as string;
  const stripTabs = m[1] === '-';
  const clean = (line: string) => (stripTabs ? line.replace(/^\t+/, '') : line);
  const lines = text.slice(lineEnd + 1).split('\n');
  const end = lines.findIndex((line) => clean(line).replace(/\r$/, '') === delimiter);
  if (end < 0) {
    warnings.push(`The here-document ${delimiter} is not closed.`);
    return { command: text, stdin: null };
  }
  if (m[2] === '') warnings.push('The here-document is unquoted: $ and backticks in it were not expanded.');
  const command = [text.slice(0, at) + text.slice(at + m[0].length, lineEnd), ...lines.slice(end + 1)].join(
    '\n',
  );
  return { command, stdin: `${lines.slice(0, end).map(clean).join('\n')}\n` };
}

/** Said when a paste goes on after the command; every shell reader uses it. */
export const LINES_AFTER_COMMAND =
  'Only the first command was imported: the lines after it (output or other commands) were not.';

/**
 * Where the command ends. shell-quote reads a newline as a space, but in bash an unquoted newline ends the
 * command, and a pasted transcript goes on with the command's output (`{"id": ...}`) or the next prompt.
 * A following line that starts with an option or a URL is still joined: that is a command whose trailing
 * backslashes were lost on the way (a doc page, a chat), which bash would not run but is plain to read.
 */
export function firstCommand(text: string, warnings: string[]): string {
  let cut = -1;
  scanShell(text, (i, quote, escaped) => {
    if (quote !== null || escaped || text.charAt(i) !== '\n') return undefined;
    const next = (text.slice(i + 1).split('\n', 1)[0] ?? '').trim();
    if (next === '' || next.startsWith('-') || /^['"]?https?:\/\//.test(next)) return undefined;
    cut = i;
    return text.length; // found: stop scanning
  });
  if (cut < 0) return text;
  warnings.push(LINES_AFTER_COMMAND);
  return text.slice(0, cut);
}
