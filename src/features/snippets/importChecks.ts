/**
 * Checks shared by the cURL and Python importers. Header values are never echoed in warnings: they may be
 * secrets. An API key found in the text is dropped — the key lives in the provider settings only.
 */

/** `Bearer $NAME` / `Bearer ${NAME}` / `Bearer %NAME%` (shell) or an expression (Python f-string) read the
 * key from the environment; anything else after "Bearer" is a pasted key. */
export function checkAuthorization(value: string, fromEnvironment: boolean, warnings: string[]): void {
  const token = value.replace(/^\s*Bearer\s*/i, '').trim();
  if (token === '' || fromEnvironment) return;
  warnings.push(
    'The Authorization header contains a literal API key; it was dropped and not kept. Set the key in the provider settings.',
  );
}

const SECRET_HEADERS = new Set(['x-api-key', 'api-key', 'proxy-authorization', 'cookie']);

/** One `Name: value` header line (cURL's -H). */
export function checkHeader(line: string, warnings: string[]): void {
  const colon = line.indexOf(':');
  if (colon < 0) {
    warnings.push(`The header "${line.split(';')[0]}" has no value and was not imported.`);
    return;
  }
  checkNamedHeader(line.slice(0, colon).trim(), line.slice(colon + 1).trim(), null, warnings);
}

/** `fromEnvironment`: null = decide from the text ($NAME), otherwise what the caller knows. */
export function checkNamedHeader(
  name: string,
  value: string,
  fromEnvironment: boolean | null,
  warnings: string[],
): void {
  const lower = name.toLowerCase();
  if (lower === 'content-type') {
    if (!/^application\/json\s*(;.*)?$/i.test(value)) {
      warnings.push(`Content-Type "${value}" was ignored: the request is always sent as application/json.`);
    }
  } else if (lower === 'authorization') {
    // `%NAME%` is how a cmd command reads the key (PowerShell's `$env:NAME` has the `$`).
    const env = fromEnvironment ?? /^\s*Bearer\s+(\$(\{\w+\}|\w+)|%\w+%)\s*$/i.test(value);
    checkAuthorization(value, env || (fromEnvironment === null && value.includes('$')), warnings);
  } else if (SECRET_HEADERS.has(lower)) {
    warnings.push(`The ${name} header may hold a secret; it was dropped and not kept.`);
  } else {
    warnings.push(`The header "${name}" was not imported.`);
  }
}

/** The endpoints whose bodies the workbench sends: chat completions, and the queue submission (or direct call) of
 * an image or video model; another endpoint's body would not fit. */
const MEDIA_ENDPOINTS = ['/queue', '/images/generate', '/images/edit', '/videos/generate'];
const WORKBENCH_ENDPOINTS = ['/chat/completions', ...MEDIA_ENDPOINTS];

const endpointPath = (url: string) => url.replace(/[?#].*$/, '').replace(/\/+$/, '');

/** A prompt body is an image or video submission when it goes to the queue or a media endpoint, or when no
 * URL says otherwise (a pasted body); sent elsewhere (`/v1/completions`) it is a text completion. */
export function mayBeMediaUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return true;
  const path = endpointPath(url);
  return MEDIA_ENDPOINTS.some((endpoint) => path.endsWith(endpoint));
}

/** Says when the URL is not one of the workbench's endpoints. */
export function checkUrl(url: string | undefined, warnings: string[]): void {
  if (url === undefined || url === '') {
    warnings.push('No URL was given; the request goes to the selected provider.');
    return;
  }
  const path = endpointPath(url);
  if (!WORKBENCH_ENDPOINTS.some((endpoint) => path.endsWith(endpoint))) {
    warnings.push(`The URL ${url} is not a chat completions endpoint; the body was imported anyway.`);
  }
}
