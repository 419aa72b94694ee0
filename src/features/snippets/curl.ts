import type { ChatCompletionRequest } from '@/lib/api';
import { assertEnvVarName } from './envVar';
import { jsonText } from './escapeInvisible';
import type { SnippetOptions, SnippetTarget } from './types';
import { isStreaming, wireBody } from './wireBody';

/**
 * Bash single quotes keep every byte literally except `'` itself, which is written as `'\''` (close, escaped
 * quote, reopen). shell-quote's `quote` is not used: depending on the content it switches between double
 * quotes (where `$`, backticks and `!` need care), `'"'"'` and backslash escaping, which is harder to
 * audit than this one rule. NUL cannot occur: the body is JSON text, where JSON.stringify writes control
 * characters as `\u0000`-style escapes.
 */
export function shellSingleQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** URLs made only of these characters are safe unquoted in bash (no globbing, expansion or word split). */
const SHELL_SAFE = /^[A-Za-z0-9._~:/@%+=,-]+$/;

export function shellWord(text: string): string {
  return SHELL_SAFE.test(text) ? text : shellSingleQuote(text);
}

/**
 * Linux refuses a single command-line argument over 128 KiB (MAX_ARG_STRLEN), so a large body — typically
 * an uploaded image as a data URL — cannot go in `-d '...'`. Above this size (UTF-8 bytes) the body is fed
 * on standard input from a quoted here-document instead, which has no size limit and expands nothing.
 */
export const CURL_ARGUMENT_LIMIT = 100_000;

/** The delimiter line of the here-document. No line of the body can equal it: the body is a JSON object,
 * so its first and last lines are `{...` and `...}`, and every line between is indented. */
export const HEREDOC_DELIMITER = 'JSON';

/**
 * The model pages' cURL layout: `-X POST url`, the two headers, then `-d '<pretty JSON>'`. The key stays in
 * the environment: `$VAR` inside double quotes is expanded by bash at run time. Streaming adds `-N` so
 * curl prints each server-sent event as it arrives instead of buffering.
 */
export function toCurl(request: ChatCompletionRequest, target: SnippetTarget, opts: SnippetOptions): string {
  const envVar = assertEnvVarName(target.keyEnvVar);
  const body = jsonText(wireBody(request), opts.compact);
  const curl = isStreaming(request) ? 'curl -N' : 'curl';
  const head = [
    `${curl} -X POST ${shellWord(target.chatUrl)} \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -H "Authorization: Bearer $${envVar}" \\`,
  ];
  if (new TextEncoder().encode(body).length > CURL_ARGUMENT_LIMIT) {
    // --data-binary, not -d: -d strips newlines from what it reads from a file or stdin.
    return [...head, `  --data-binary @- <<'${HEREDOC_DELIMITER}'`, body, HEREDOC_DELIMITER].join('\n');
  }
  return [...head, `  -d ${shellSingleQuote(body)}`].join('\n');
}
