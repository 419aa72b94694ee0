// How a Windows program built with the Microsoft C runtime — curl.exe among them — splits its command line
// into argv. cmd.exe and PowerShell hand the program one string; the program splits it itself, so this is
// the second and last step of reading a Windows command (cmd's carets and PowerShell's quotes come first).

/**
 * The C runtime's rules (since 2008): spaces and tabs separate arguments outside quotes; `"` starts and
 * ends quoting; `""` inside quotes is a literal quote; 2n backslashes before a `"` are n backslashes and
 * the quote still quotes, 2n+1 are n backslashes and a literal `"`; other backslashes are literal.
 *
 * `pairedBackslashes`: every `\\` is one backslash, wherever it is. Chrome doubles each backslash of the
 * value, also those before no quote, which the C runtime keeps doubled: run in cmd, a JSON escape `\n` in
 * the body reaches the server as `\\n`. The importer reads what Chrome meant — the request the page sent.
 */
export function splitWindowsArgs(line: string, pairedBackslashes = false): string[] {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '\\') {
      let end = i;
      while (line.charAt(end) === '\\') end++;
      const count = end - i;
      if (line.charAt(end) === '"') {
        current += '\\'.repeat(count >> 1);
        if (count % 2 === 1) {
          current += '"';
          i = end;
        } else i = end - 1; // the quote is read next, as a quote
      } else {
        current += '\\'.repeat(pairedBackslashes ? (count >> 1) + (count % 2) : count);
        i = end - 1;
      }
      inArg = true;
    } else if (ch === '"') {
      if (quoted && line.charAt(i + 1) === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
      inArg = true;
    } else if (!quoted && (ch === ' ' || ch === '\t' || ch === '\n')) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += ch;
      inArg = true;
    }
  }
  if (inArg) args.push(current);
  return args;
}

/**
 * Undoes the backslash escaping the C runtime reads (`\"` is `"`, `\\"` is `\` and a quote), for an argument
 * written that way on purpose: Windows PowerShell 5.1 passes `'{\"model\": \"m\"}'` to curl.exe as is, and
 * the C runtime makes it `{"model": "m"}`, so docs write it that way. Only when every quote is escaped —
 * `'{"a": "say \"hi\""}'` is PowerShell 7's meaning and stays as it is.
 */
export function unescapeWindowsQuotes(arg: string): string {
  const quotes = [...arg.matchAll(/(\\*)"/g)];
  if (quotes.length === 0 || quotes.some((m) => (m[1] ?? '').length % 2 === 0)) return arg;
  return arg.replace(/(\\*)"/g, (_m, slashes: string) => `${'\\'.repeat(slashes.length >> 1)}"`);
}
