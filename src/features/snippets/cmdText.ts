import { LINES_AFTER_COMMAND } from './shellText';
import { splitWindowsArgs } from './windowsArgs';

// Windows cmd.exe commands: Chrome's and Edge's "Copy as cURL (cmd)", Firefox's "Copy as cURL (Windows)"
// and hand-written ones. Chrome writes every argument as ^"...^" and puts a caret before each character it
// is unsure of: `^"^{^\^"model^\^":...^}^"` — to cmd an escaped quote, an escaped brace, an escaped
// backslash and an escaped quote, so curl.exe's C runtime then reads `"{\"model\":...}"`. A newline inside
// an argument is `^` + two newlines; ` ^` at the end of a line continues the command. Reading it is the
// same two steps: what cmd does to the text (this file), then how curl.exe splits it (windowsArgs.ts).

/** Commands continued with `^`, and Chrome's and Firefox's output (the URL right after curl in ^"...^", or
 * Chrome's escaped quote ^\^"): a bash command has none of these outside its quoted body text. */
export function looksLikeCmd(text: string): boolean {
  return /\^\r?\n/.test(text) || /^\s*\S*curl(\.exe)?\s+\^"/i.test(text) || text.includes('^\\^"');
}

/**
 * Older Chrome versions quoted an argument without newlines with a plain `"` but still put carets inside
 * (`"^{^\^"model^\^":1^}"`). To cmd a caret inside quotes is literal, so that text never ran as meant; a
 * caret before Chrome's escaped quote `\^"` marks it, and then every caret is read as the escape Chrome
 * meant (and doubled backslashes as one, see splitWindowsArgs). Otherwise cmd's own rule holds, which is
 * also what Firefox's output needs.
 */
function isChromeOutput(text: string): boolean {
  return text.includes('^\\^"');
}

const OPERATORS = new Set(['&', '|', '<', '>']);

/**
 * What cmd.exe passes to the program: carets removed (each escapes the character after it; one at the end
 * of a line joins the next line, whose first character it escapes — for Chrome that is the second newline,
 * kept as a newline), quotes kept for the C runtime. Nothing is expanded: `%NAME%` stays as written. An
 * unescaped `&`, `|`, `<`, `>` or newline outside quotes ends the command, as in cmd.
 */
export function cmdCommandLine(text: string, warnings: string[]): string {
  const src = text.replace(/\r\n/g, '\n');
  const caretsInQuotes = isChromeOutput(src);
  let line = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '^' && (!quoted || caretsInQuotes)) {
      if (src.charAt(i + 1) === '\n') i++; // a continuation: the newline goes, the next character is escaped
      line += src.charAt(i + 1);
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      line += ch;
    } else if (!quoted && OPERATORS.has(ch)) {
      warnings.push(`Stopped at the shell operator "${ch}": the rest of the command was not imported.`);
      break;
    } else if (!quoted && ch === '\n') {
      if (src.slice(i).trim() !== '') {
        warnings.push(LINES_AFTER_COMMAND);
      }
      break;
    } else line += ch;
  }
  return line;
}

/** The words of a cmd command: what curl.exe receives, or for Chrome's output what Chrome meant it to. */
export function cmdWords(text: string, warnings: string[]): string[] {
  return splitWindowsArgs(cmdCommandLine(text, warnings), isChromeOutput(text));
}
