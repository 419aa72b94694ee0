import { checkNamedHeader, checkUrl } from './importChecks';
import { LiteralParser } from './pythonLiteralParse';
import { PythonSyntaxError, type PythonToken, tokenizePython } from './pythonTokenize';
import { requestFromBody } from './requestBody';
import type { ImportedRequest } from './types';

const isOp = (t: PythonToken | undefined, text: string) => t?.kind === 'op' && t.text === text;

/** Index just past the expression starting at `i` (up to a top-level "," or the closing bracket). */
function skipExpression(tokens: PythonToken[], i: number): number {
  let depth = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'op') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text)) {
      if (depth === 0) return i;
      depth--;
    } else if (t.text === ',' && depth === 0) return i;
  }
  return i;
}

/** Position of the `(` of `requests.post(` / `requests.request(` / `httpx.post(`, or -1. */
function findCall(tokens: PythonToken[]): number {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [a, dot, b, paren] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (a?.kind === 'name' && isOp(dot, '.') && b?.kind === 'name' && isOp(paren, '(')) {
      if (/^(requests|httpx|session|s)$/.test(a.text) && /^(post|request)$/.test(b.text)) return i + 3;
    }
  }
  return -1;
}

interface CallArgs {
  positional: Array<{ start: number; end: number }>;
  keyword: Map<string, { start: number; end: number }>;
}

function callArguments(tokens: PythonToken[], open: number): CallArgs {
  const args: CallArgs = { positional: [], keyword: new Map() };
  let i = open + 1;
  while (i < tokens.length && !isOp(tokens[i], ')')) {
    const t = tokens[i];
    const keyword = t?.kind === 'name' && isOp(tokens[i + 1], '=') ? t.text : null;
    const start = keyword ? i + 2 : i;
    const end = skipExpression(tokens, start);
    if (keyword) args.keyword.set(keyword, { start, end });
    else args.positional.push({ start, end });
    i = isOp(tokens[end], ',') ? end + 1 : end;
  }
  return args;
}

function literalAt(tokens: PythonToken[], span: { start: number; end: number }) {
  const parser = new LiteralParser(tokens, span.start);
  const value = parser.value();
  if (parser.index !== span.end)
    throw new PythonSyntaxError('not a plain literal', tokens[parser.index]?.pos ?? -1);
  return value;
}

/** headers={...}: names and values are checked one by one; an f-string or expression value counts as
 * reading from the environment (the snippet's `f"Bearer {os.environ['KEY']}"`), a plain string as literal. */
function checkHeaders(tokens: PythonToken[], span: { start: number; end: number }, warnings: string[]): void {
  if (!isOp(tokens[span.start], '{')) {
    warnings.push('headers= is not a dict literal and was not read.');
    return;
  }
  let i = span.start + 1;
  while (i < span.end - 1) {
    const name = tokens[i];
    if (name?.kind !== 'string' || !isOp(tokens[i + 1], ':')) {
      warnings.push('A header whose name is not a plain string was not imported.');
      return;
    }
    const valueEnd = skipExpression(tokens, i + 2);
    const valueTokens = tokens.slice(i + 2, valueEnd);
    const plain = valueTokens.every((t) => t.kind === 'string' && !t.prefix.includes('f'));
    const fString =
      valueTokens.length === 1 && valueTokens[0]?.kind === 'string' && valueTokens[0].prefix.includes('f');
    const value = valueTokens.map((t) => (t.kind === 'string' ? t.value : '')).join('');
    const fromEnvironment = !plain && !(fString && !value.includes('{'));
    checkNamedHeader(name.value, value, fromEnvironment, warnings);
    i = isOp(tokens[valueEnd], ',') ? valueEnd + 1 : valueEnd;
  }
}

const KNOWN_KWARGS = new Set(['url', 'headers', 'json', 'stream', 'timeout', 'method']);

/** A Python `requests.post(url, headers=..., json={...})` call, or a bare dict literal. */
export function importPython(text: string): ImportedRequest {
  const warnings: string[] = [];
  const fail = (error: string): ImportedRequest => ({ request: null, warnings, error, source: 'python' });
  try {
    const tokens = tokenizePython(text);
    if (isOp(tokens[0], '{'))
      return requestFromBody(literalAt(tokens, { start: 0, end: tokens.length }), 'python', warnings);
    const open = findCall(tokens);
    if (open < 0) return fail('No requests.post(...) call was found.');
    const args = callArguments(tokens, open);
    const isRequest =
      tokens[open - 1]?.kind === 'name' && (tokens[open - 1] as { text: string }).text === 'request';
    const positional = isRequest ? args.positional.slice(1) : args.positional;
    const urlSpan = args.keyword.get('url') ?? positional[0];
    const urlToken = urlSpan ? tokens[urlSpan.start] : undefined;
    const url =
      urlSpan && urlToken?.kind === 'string' && urlSpan.end === urlSpan.start + 1
        ? urlToken.value
        : undefined;
    if (url !== undefined) checkUrl(url, warnings);
    else if (urlSpan) warnings.push('The URL is not a plain string and was not checked.');
    else checkUrl(undefined, warnings);
    const headers = args.keyword.get('headers');
    if (headers) checkHeaders(tokens, headers, warnings);
    for (const name of args.keyword.keys()) {
      if (!KNOWN_KWARGS.has(name)) warnings.push(`The argument ${name}= was not imported.`);
    }
    const json = args.keyword.get('json');
    if (!json) return fail('The call has no json= argument (data= bodies are not supported).');
    return requestFromBody(literalAt(tokens, json), 'python', warnings, url);
  } catch (e) {
    if (e instanceof PythonSyntaxError) return fail(`Could not read the Python code: ${e.message}.`);
    throw e;
  }
}
