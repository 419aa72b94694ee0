import { type ParseEntry, parse } from 'shell-quote';
import { cmdWords, looksLikeCmd } from './cmdText';
import { protectSubstitutions } from './commandSubstitution';
import { type CurlParts, collect } from './curlOptions';
import { checkHeader, checkUrl } from './importChecks';
import { looksLikePowerShell, powerShellWords } from './powerShellText';
import { requestFromBody } from './requestBody';
import { firstCommand, joinContinuations, splitHeredoc } from './shellText';
import type { ImportedRequest } from './types';

interface CommandWords {
  words: string[];
  /** A here-document's text: what `@-` reads. */
  stdin: string | null;
}

/** Shell words of a bash command; `$NAME` and `$(...)` are kept literally (nothing is expanded or run) and
 * glob patterns are plain words (curl receives them unexpanded when they match no file, the usual case for
 * URLs). */
function bashWords(text: string, warnings: string[]): CommandWords {
  const substitutions = protectSubstitutions(text);
  const { command, stdin } = splitHeredoc(substitutions.text, warnings);
  const line = firstCommand(joinContinuations(command), warnings);
  const entries: ParseEntry[] = parse(line, (name: string) => `$${name}`);
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(substitutions.restore(entry));
    else if ('comment' in entry) continue;
    else if (entry.op === 'glob') words.push(substitutions.restore(entry.pattern));
    else {
      warnings.push(`Stopped at the shell operator "${entry.op}": the rest of the command was not imported.`);
      break;
    }
  }
  return { words, stdin };
}

/** A prompt in front of a pasted transcript: PowerShell's `PS C:\dir> `, cmd's `C:\dir>`. */
const WINDOWS_PROMPT = /^\s*(?:PS [^>\n]*>\s*|[A-Za-z]:\\[^>\n]*>\s*)/;

/** A console transcript's `$ ` prompt; some docs repeat it on every continuation line, so it goes from all. */
function withoutPrompts(text: string): string {
  if (/^\s*\$[ \t]/.test(text)) return text.replace(/^[ \t]*\$[ \t]+/gm, '');
  return text.replace(WINDOWS_PROMPT, '');
}

/** The words curl receives, read with the rules of the shell the command was written for. */
function commandWords(text: string, warnings: string[]): CommandWords {
  const command = withoutPrompts(text);
  if (looksLikeCmd(command)) return { words: cmdWords(command, warnings), stdin: null };
  if (looksLikePowerShell(command)) return { words: powerShellWords(command, warnings), stdin: null };
  return bashWords(command, warnings);
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
    } else if (/^\s*(\$\(|`)/.test(value)) {
      const shown = value.trim().slice(0, 40);
      return {
        error: `The body is the output of a command (${option} ${shown}), which is not run; paste the JSON itself.`,
      };
    }
  }
  if (parts.data.length > 1) parts.warnings.push('Several data options were joined with "&", as curl does.');
  return { text: parts.data.map((d) => d.value).join('&') };
}

export function importCurl(text: string): ImportedRequest {
  const warnings: string[] = [];
  let words: string[];
  let stdin: string | null;
  try {
    ({ words, stdin } = commandWords(text, warnings));
  } catch (e) {
    return {
      request: null,
      warnings,
      error: `Could not read the command: ${(e as Error).message}`,
      source: 'curl',
    };
  }
  if (!/(^|[/\\])curl(\.exe)?$/i.test(words[0] ?? '')) {
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
  return requestFromBody(parsed, 'curl', warnings, parts.url[0]);
}
