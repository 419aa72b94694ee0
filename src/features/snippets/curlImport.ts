import { type ParseEntry, parse } from 'shell-quote';
import { checkHeader, checkUrl } from './importChecks';
import { requestFromBody } from './requestBody';
import type { ImportedRequest } from './types';

type ShellQuote = "'" | '"' | "$'" | null;

/**
 * Walks shell text the way bash reads quotes: '...' (all literal), "..." and $'...' (backslash escapes),
 * and backslash escapes outside quotes. `visit` sees every position with the quote it is in and whether a
 * backslash escapes it; returning a number skips that many characters.
 */
function scanShell(
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

/** Options that take a value and carry the body / headers / URL / method. */
const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
const HEADER_OPTIONS = new Set(['-H', '--header']);
const METHOD_OPTIONS = new Set(['-X', '--request']);
/** Options that change nothing about the request (output, progress, buffering). */
const HARMLESS = new Set([
  '-N',
  '--no-buffer',
  '-s',
  '--silent',
  '-S',
  '--show-error',
  '-L',
  '--location',
  '-f',
  '--fail',
  '--fail-with-body',
  '--compressed',
  '-v',
  '--verbose',
  '-i',
  '--include',
  '-k',
  '--insecure',
  '-g',
  '--globoff',
  '--http1.1',
  '--http2',
  '-#',
  '--progress-bar',
  '-q',
]);
/** Options known to take a value, so that value is not mistaken for the URL; they are not imported. */
const IGNORED_WITH_VALUE = new Set([
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-o',
  '--output',
  '-m',
  '--max-time',
  '--connect-timeout',
  '--retry',
  '-w',
  '--write-out',
  '-x',
  '--proxy',
  '--cacert',
  '--cert',
  '-E',
  '--key',
  '-T',
  '--upload-file',
  '-F',
  '--form',
  '-K',
  '--config',
  '--resolve',
  '--limit-rate',
  '-r',
  '--range',
  '--data-urlencode',
  '--oauth2-bearer',
  '-U',
  '--proxy-user',
]);
/** Short options that take a value and may be glued to it (-d{...}, -HAccept:x). */
const SHORT_WITH_VALUE = new Set([
  '-d',
  '-H',
  '-X',
  '-u',
  '-A',
  '-e',
  '-b',
  '-c',
  '-o',
  '-m',
  '-w',
  '-x',
  '-E',
  '-T',
  '-F',
  '-K',
  '-r',
  '-U',
]);
/** Options whose value is a credential: never echoed back in a warning. */
const SECRET = new Set(['-u', '--user', '--oauth2-bearer', '-U', '--proxy-user']);

interface CurlParts {
  url: string[];
  method: string | null;
  headers: string[];
  data: Array<{ option: string; value: string }>;
  warnings: string[];
}

/** Shell words of the command; `$NAME` is kept literally (nothing is expanded) and glob patterns are plain
 * words (curl receives them unexpanded when they match no file, the usual case for URLs). */
function shellWords(text: string, warnings: string[]): string[] {
  const entries: ParseEntry[] = parse(joinContinuations(text), (name: string) => `$${name}`);
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(entry);
    else if ('comment' in entry) continue;
    else if (entry.op === 'glob') words.push(entry.pattern);
    else {
      warnings.push(`Stopped at the shell operator "${entry.op}": the rest of the command was not imported.`);
      break;
    }
  }
  return words;
}

/** Splits glued short options: -sSL, -d'{...}', -XPOST. */
function expandShort(word: string): string[] {
  if (!/^-[^-]/.test(word) || word.length === 2) return [word];
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const flag = `-${word.charAt(i)}`;
    out.push(flag);
    if (SHORT_WITH_VALUE.has(flag) && i + 1 < word.length) {
      out.push(word.slice(i + 1));
      break;
    }
  }
  return out;
}

function collect(words: string[]): CurlParts {
  const parts: CurlParts = { url: [], method: null, headers: [], data: [], warnings: [] };
  const queue = words.flatMap(expandShort);
  let optionsEnded = false;
  while (queue.length > 0) {
    const word = queue.shift() as string;
    const takesValue = DATA_OPTIONS.has(word) || HEADER_OPTIONS.has(word) || METHOD_OPTIONS.has(word);
    if (optionsEnded || !word.startsWith('-') || word === '-') parts.url.push(word);
    else if (word === '--') optionsEnded = true;
    else if (takesValue || word === '--url' || IGNORED_WITH_VALUE.has(word)) {
      const value = queue.shift();
      if (value === undefined) parts.warnings.push(`Option ${word} has no value.`);
      else if (DATA_OPTIONS.has(word)) parts.data.push({ option: word, value });
      else if (HEADER_OPTIONS.has(word)) parts.headers.push(value);
      else if (METHOD_OPTIONS.has(word)) parts.method = value;
      else if (word === '--url') parts.url.push(value);
      else if (SECRET.has(word))
        parts.warnings.push(`Option ${word} holds credentials; it was dropped and not kept.`);
      else parts.warnings.push(`Option ${word} ${value} was not imported.`);
    } else if (!HARMLESS.has(word)) parts.warnings.push(`Unknown option ${word} was not imported.`);
  }
  return parts;
}

/** The body as curl would send it: several data options are joined with "&"; @- reads the here-document,
 * another @file cannot be read. */
function bodyText(parts: CurlParts, stdin: string | null): { text: string } | { error: string } {
  if (parts.data.length === 0) return { error: 'The command sends no body (-d / --data / --json).' };
  for (const [i, { option, value }] of parts.data.entries()) {
    if (value === '@-' && option !== '--data-raw' && stdin !== null) {
      // -d/--data strip newlines from what they read; JSON does not care, so the text is used as is.
      parts.data[i] = { option, value: stdin };
    } else if (value.startsWith('@') && option !== '--data-raw') {
      return { error: `The body is read from a file (${option} ${value}); paste the file's JSON instead.` };
    }
  }
  if (parts.data.length > 1) parts.warnings.push('Several data options were joined with "&", as curl does.');
  return { text: parts.data.map((d) => d.value).join('&') };
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

export function importCurl(text: string): ImportedRequest {
  const warnings: string[] = [];
  let words: string[];
  const { command, stdin } = splitHeredoc(text, warnings);
  try {
    words = shellWords(command.replace(/^\s*\$\s+/, ''), warnings);
  } catch (e) {
    return {
      request: null,
      warnings,
      error: `Could not read the command: ${(e as Error).message}`,
      source: 'curl',
    };
  }
  if (!/(^|\/)curl(\.exe)?$/.test(words[0] ?? '')) {
    return { request: null, warnings, error: 'This is not a curl command.', source: 'curl' };
  }
  const parts = collect(words.slice(1));
  warnings.push(...parts.warnings);
  if (parts.method !== null && parts.method.toUpperCase() !== 'POST') {
    warnings.push(`The method ${parts.method} was replaced by POST.`);
  }
  if (parts.url.length > 1) warnings.push(`Only the first of ${parts.url.length} URLs was considered.`);
  checkUrl(parts.url[0], warnings);
  for (const header of parts.headers) checkHeader(header, warnings);
  const body = bodyText(parts, stdin);
  if ('error' in body) return { request: null, warnings, error: body.error, source: 'curl' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (e) {
    return {
      request: null,
      warnings,
      error: `The body is not valid JSON: ${(e as Error).message}`,
      source: 'curl',
    };
  }
  return requestFromBody(parsed, 'curl', warnings);
}
