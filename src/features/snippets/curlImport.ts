import { type ParseEntry, parse } from 'shell-quote';
import { checkHeader, checkUrl } from './importChecks';
import { requestFromBody } from './requestBody';
import { joinContinuations, splitHeredoc } from './shellText';
import type { ImportedRequest } from './types';

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
