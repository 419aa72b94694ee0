import { LINES_AFTER_COMMAND } from './shellText';
import { unescapeWindowsQuotes } from './windowsArgs';

// PowerShell. Invoke-WebRequest / Invoke-RestMethod (Chrome's "Copy as PowerShell", Microsoft's docs) take
// their body from -Body, often a variable or a hashtable piped to ConvertTo-Json: that is not read, and
// the error says what to paste instead. `curl.exe` from PowerShell is read: backtick continuations,
// '...' and "..." quoting, then the words go to the same option collection as bash.

const CMDLET = /^[ \t]*(?:\$[\w.:]+\s*=\s*)?(Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b/im;
/** Windows PowerShell 5.1 makes `curl` an alias of Invoke-WebRequest; its parameters give it away (before
 * any quote, so a body that mentions `-Body` does not count). */
const ALIAS_PARAMETERS = /^curl\b[^'"\n]*\s-(Uri|Method|Body|Headers|ContentType|UseBasicParsing|InFile)\b/i;

/** The cmdlet a PowerShell command calls ("Invoke-WebRequest"), or null when it is none of them. The
 * cmdlet must start a line (maybe after `$r = `), so a body that mentions one is not taken for it. */
export function powerShellCmdlet(text: string): string | null {
  const name = CMDLET.exec(text)?.[1]?.toLowerCase();
  if (name === 'invoke-restmethod' || name === 'irm') return 'Invoke-RestMethod';
  if (name === 'invoke-webrequest' || name === 'iwr') return 'Invoke-WebRequest';
  return ALIAS_PARAMETERS.test(text) ? 'Invoke-WebRequest' : null;
}

/** curl.exe continued with backticks, or reading a key with `$env:NAME`: bash has neither. */
export function looksLikePowerShell(text: string): boolean {
  return /`[ \t]*\r?\n/.test(text) || /\$env:\w/i.test(text);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0' };

/** The end of a quoted string starting at `start` and its value. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text.charAt(start);
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === quote && text.charAt(i + 1) === quote) {
      value += quote; // '' inside '...' and "" inside "..." are the quote itself
      i++;
    } else if (ch === quote) return { value, end: i + 1 };
    else if (ch === '`' && quote === '"') {
      const next = text.charAt(++i);
      value += ESCAPES[next] ?? next;
    } else value += ch; // `$env:NAME` and `$(...)` stay as text: nothing is expanded or run
  }
  throw new Error(`a ${quote === '"' ? 'double' : 'single'} quote is not closed`);
}

/**
 * The arguments PowerShell passes to curl.exe. Throws on an unclosed quote. Stops, with a warning, at a
 * pipe, `;`, a comment or the end of the statement.
 */
export function powerShellWords(text: string, warnings: string[]): string[] {
  const src = text.replace(/\r\n/g, '\n');
  const words: string[] = [];
  let word: string | null = null;
  const end = () => {
    if (word !== null) words.push(unescapeWindowsQuotes(word));
    word = null;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    const continuation = ch === '`' ? /^`[ \t]*\n/.exec(src.slice(i, i + 80)) : null;
    if (continuation) {
      end();
      i += continuation[0].length - 1;
    } else if (ch === '`') {
      word = (word ?? '') + src.charAt(++i); // outside quotes a backtick escapes the next character
    } else if (ch === "'" || ch === '"') {
      const read = quoted(src, i);
      word = (word ?? '') + read.value;
      i = read.end - 1;
    } else if (ch === ' ' || ch === '\t') {
      end();
    } else if (ch === '|' || ch === ';' || (ch === '#' && word === null) || ch === '\n') {
      if (ch === '|' || ch === ';') {
        warnings.push(`Stopped at the shell operator "${ch}": the rest of the command was not imported.`);
      } else if (ch === '\n' && src.slice(i).trim() !== '') {
        warnings.push(LINES_AFTER_COMMAND);
      }
      break;
    } else word = (word ?? '') + ch;
  }
  end();
  return words;
}
