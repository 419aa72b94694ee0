import { LINES_AFTER_COMMAND } from './shellText';

/** `# comment` lines, then `name=$(curl ...`: how the media cURL snippet starts (toMediaCurl). */
const ASSIGNED_CURL = /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*[A-Za-z_]\w*=\$\(\s*(?=curl\s)/;

/** What reading the snippet's own script past its submission says; for that script it is not news. */
const SCRIPT_TAIL = [
  LINES_AFTER_COMMAND,
  'Stopped at the shell operator ")": the rest of the command was not imported.',
];

/**
 * The media cURL snippet keeps the submission's answer (`submission=$(curl ...) || ...`) and polls after it.
 * Pasted back, its curl command is the request: this returns the text from `curl` on, or null when the text
 * is not shaped like that. The polling loop after it is the snippet's own, so `quietTail` drops the warnings
 * that only say the loop was not imported.
 */
export function assignedCurl(text: string): string | null {
  const m = ASSIGNED_CURL.exec(text);
  return m ? text.slice(m[0].length) : null;
}

export function quietTail(warnings: string[]): string[] {
  return warnings.filter((w) => !SCRIPT_TAIL.includes(w));
}
