import { describe, expect, it } from 'vitest';
import { importRequest } from './importRequest';
import { looksLikePowerShell, powerShellCmdlet, powerShellWords } from './powerShellText';

describe('PowerShell: curl.exe', () => {
  it('reads backtick continuations, both quotes and $env: keys (kept as text)', () => {
    const text = [
      'curl.exe https://x/v1/chat/completions `',
      '  -H "Authorization: Bearer $env:OPENAI_API_KEY" `',
      "  -H 'X-Note: it''s' `",
      '  -d "{`"model`": `"m`", ""n"": 1}"',
    ].join('\r\n');
    expect(looksLikePowerShell(text)).toBe(true);
    expect(powerShellWords(text, [])).toEqual([
      'curl.exe',
      'https://x/v1/chat/completions',
      '-H',
      'Authorization: Bearer $env:OPENAI_API_KEY',
      '-H',
      "X-Note: it's",
      '-d',
      '{"model": "m", "n": 1}',
    ]);
  });

  it("reads Windows PowerShell 5.1's \\\" convention and PowerShell 7's plain quotes to the same body", () => {
    const legacy = powerShellWords(`curl.exe -d '{\\"a\\": \\"x y\\"}'`, []);
    const modern = powerShellWords(`curl.exe -d '{"a": "x y"}'`, []);
    expect(legacy).toEqual(['curl.exe', '-d', '{"a": "x y"}']);
    expect(modern).toEqual(legacy);
  });

  it('stops at a pipe, a statement end or a comment, with a warning where something was left out', () => {
    const warnings: string[] = [];
    expect(powerShellWords('curl.exe -d "{}" | ConvertFrom-Json', warnings)).toEqual([
      'curl.exe',
      '-d',
      '{}',
    ]);
    expect(powerShellWords('curl.exe a # the endpoint', warnings)).toEqual(['curl.exe', 'a']);
    expect(powerShellWords('curl.exe a `\n  b\nWrite-Host done', warnings)).toEqual(['curl.exe', 'a', 'b']);
    expect(warnings).toEqual([
      'Stopped at the shell operator "|": the rest of the command was not imported.',
      'Only the first command was imported: the lines after it (output or other commands) were not.',
    ]);
  });

  it('says so when a quote is not closed', () => {
    expect(importRequest('curl.exe https://x `\n -d "{').error).toMatch(
      /Could not read the command: .*quote/,
    );
  });

  it('imports through importRequest with no literal-key warning for $env:', () => {
    const result = importRequest(
      [
        'curl.exe http://localhost:1234/v1/chat/completions `',
        '  -H "Content-Type: application/json" `',
        '  -H "Authorization: Bearer $env:LM_API_TOKEN" `',
        `  -d '{\\"model\\": \\"m\\", \\"messages\\": []}'`,
      ].join('\n'),
    );
    expect(result).toEqual({ request: { model: 'm', messages: [] }, warnings: [], source: 'curl' });
  });
});

describe('PowerShell: Invoke-WebRequest / Invoke-RestMethod are named, not misread', () => {
  it.each([
    [
      "Chrome's Copy as PowerShell",
      '$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0"\nInvoke-WebRequest -UseBasicParsing -Uri "http://127.0.0.1:4310/api/chat/completions" `\n-Method "POST" `\n-WebSession $session `\n-ContentType "application/json" `\n-Body "{`"model`":`"m`",`"messages`":[]}"',
      'Invoke-WebRequest',
    ],
    [
      'an assignment',
      '$r = Invoke-RestMethod -Uri $url -Method Post -Body ($body | ConvertTo-Json)',
      'Invoke-RestMethod',
    ],
    ['an alias', 'irm https://x/chat/completions -Method Post -Body $json', 'Invoke-RestMethod'],
    ["Windows PowerShell's curl alias", 'curl -Uri https://x -Method POST -Body $b', 'Invoke-WebRequest'],
  ])('%s', (_name, text, cmdlet) => {
    expect(powerShellCmdlet(text)).toBe(cmdlet);
    expect(importRequest(text)).toEqual({
      request: null,
      warnings: [],
      error: `This is a PowerShell ${cmdlet} command; paste it as cURL (bash) or paste its JSON body.`,
      source: 'unknown',
    });
  });

  it('is not fooled by a body or a curl command that mentions them', () => {
    const body =
      '{"model": "m", "messages": [{"role": "user", "content": "Invoke-WebRequest -Body vs curl -d?"}]}';
    expect(powerShellCmdlet(body)).toBeNull();
    expect(powerShellCmdlet(`curl https://x/chat/completions -d '${body}'`)).toBeNull();
    expect(importRequest(`curl https://x/chat/completions -d '${body}'`).error).toBeUndefined();
  });
});
