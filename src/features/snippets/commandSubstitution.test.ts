import { describe, expect, it } from 'vitest';
import { protectSubstitutions, substitutionEnd } from './commandSubstitution';
import { importRequest } from './importRequest';
import { firstCommand } from './shellText';

const body = `'{"model": "m", "messages": []}'`;

describe('command substitutions stay in their word, as text', () => {
  it.each([
    ['$(op item get "A B" --field c)', '$(op item get "A B" --field c)'],
    ['$(a $(b "c)") d) tail', '$(a $(b "c)") d)'],
    ["$(echo ')' \\) x) y", "$(echo ')' \\) x)"],
    ['$((1 + (2 * 3))) z', '$((1 + (2 * 3)))'],
  ])('%s ends where bash ends it', (text, substitution) => {
    expect(text.slice(0, substitutionEnd(text, 0))).toBe(substitution);
  });

  it('is -1 when it is not closed', () => {
    expect(substitutionEnd('$(echo "a)', 0)).toBe(-1);
  });

  it('protects $(...) and backquotes outside quotes and in double quotes, not in single quotes', () => {
    const text = `a "$(x "1 2")" $(y) \`z "3 4"\` '$(lit)' $'$(lit2)'`;
    const { text: safe, restore } = protectSubstitutions(text);
    expect(safe).not.toContain('x "1 2"');
    expect(safe).toContain("'$(lit)' $'$(lit2)'");
    expect(restore(safe)).toBe(text);
  });

  it('leaves a here-document text alone', () => {
    const text = `curl -d @- <<'JSON'\n{"content": "$(not run) \`nor this"}\nJSON`;
    expect(protectSubstitutions(text).text).toBe(text);
  });

  it('reads the URL right and drops the secret header (the bug: shell-quote split the header in two)', () => {
    const result = importRequest(
      `curl -H "x-api-key: $(op item get "A B" --field c)" https://x/v1/chat/completions -d ${body}`,
    );
    expect(result).toEqual({
      request: { model: 'm', messages: [] },
      warnings: ['The x-api-key header may hold a secret; it was dropped and not kept.'],
      source: 'curl',
    });
  });

  it('counts a key read by a command as read from the environment', () => {
    const result = importRequest(
      `curl https://x/v1/chat/completions -H "Authorization: Bearer $(gcloud auth print-access-token)" -H "x-goog-user-project: \`cat "my project.txt"\`" -d ${body}`,
    );
    expect(result.warnings).toEqual(['The header "x-goog-user-project" was not imported.']);
  });

  it('says that a body made by a command cannot be imported', () => {
    expect(importRequest('curl https://x/chat/completions -d "$(cat "my body.json")"').error).toBe(
      'The body is the output of a command (-d $(cat "my body.json")), which is not run; paste the JSON itself.',
    );
  });
});

describe('where a bash command ends', () => {
  it('cuts a transcript at the output, keeping lines that lost their backslash', () => {
    const warnings: string[] = [];
    const text = `curl https://x\n  -H 'a: b'\n\n  https://y\n{"id": "chatcmpl-1"}\n$ echo done`;
    expect(firstCommand(text, warnings)).toBe(`curl https://x\n  -H 'a: b'\n\n  https://y`);
    expect(warnings).toHaveLength(1);
  });

  it('does not cut inside quotes', () => {
    const text = `curl -d '{\n"model": "m"}'`;
    expect(firstCommand(text, [])).toBe(text);
  });

  it('imports a transcript with its output', () => {
    const result = importRequest(
      `$ curl https://x/v1/chat/completions -d ${body}\n{"id":"chatcmpl-1","choices":[]}`,
    );
    expect(result.request).toEqual({ model: 'm', messages: [] });
    expect(result.warnings).toEqual([
      'Only the first command was imported: the lines after it (output or other commands) were not.',
    ]);
  });
});
