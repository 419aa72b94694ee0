/**
 * One published-style cURL command: where such commands are published (`source`), the text as a reader
 * would paste it, and what the import must do with it. The commands are written in each source's style,
 * not copied; URLs point wherever the source points (the corpus test sends them to the capture server).
 */
export interface CurlFixture {
  id: string;
  /** Where a command like this is published: "Groq quickstart", "Chrome DevTools Copy as cURL (cmd)". */
  source: string;
  /** The shell it is written for: bash fixtures are also run for real; cmd and PowerShell cannot be here. */
  shell: 'bash' | 'cmd' | 'powershell';
  /** The command as published. */
  command: string;
  /** A transcript's output after the command: pasted along with it, never run. */
  output?: string;
  expect: 'imports' | { error: RegExp };
  /** Warnings the import must give (others may come too: Chrome's dozen headers, for one). */
  warns?: RegExp[];
  /** cmd and PowerShell: the bash fixture whose body, as curl really sent it, this must import to. */
  sameBodyAs?: string;
}

/** The text a reader pastes: the command and, for a transcript, the output shown after it. */
export function pastedText(fixture: CurlFixture): string {
  return fixture.output === undefined ? fixture.command : `${fixture.command}\n${fixture.output}`;
}
