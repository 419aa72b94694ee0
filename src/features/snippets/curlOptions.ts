// curl's options as the importer reads them, whatever shell the command was written for: bash, cmd and
// PowerShell readers all hand their words to `collect`.

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
/** Options whose value is a credential (a password, a token, a session cookie): never echoed in a warning. */
const SECRET = new Set(['-u', '--user', '--oauth2-bearer', '-U', '--proxy-user', '-b', '--cookie']);

export interface CurlParts {
  url: string[];
  method: string | null;
  headers: string[];
  data: Array<{ option: string; value: string }>;
  warnings: string[];
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

export function collect(words: string[]): CurlParts {
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
