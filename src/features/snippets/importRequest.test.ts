import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChatRequest, requestToWorkbench } from '@/domain/request';
import type { ChatCompletionRequest } from '@/lib/api';
import { requestArbitrary } from '@/testing';
import { toCurl } from './curl';
import { importRequest } from './importRequest';
import { toPythonRequests } from './pythonRequests';
import { FIXTURES } from './testing/fixtures';
import { targetFor } from './testing/targets';
import type { SnippetGenerator } from './types';

const targets = [
  targetFor('oxen', '', 'http://localhost:5173'),
  targetFor('demo', '', 'http://localhost:5173'),
  targetFor('openai', 'http://localhost:11434/v1', 'http://localhost:5173'),
];
const body = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
const bodyJson = JSON.stringify(body);

describe('importRequest ∘ export is the identity', () => {
  const exporters: Array<[string, SnippetGenerator, 'curl' | 'python' | 'json']> = [
    ['cURL', toCurl, 'curl'],
    ['Python', toPythonRequests, 'python'],
    ['JSON', (r, _t, o) => (o.compact ? JSON.stringify(r) : JSON.stringify(r, null, 2)), 'json'],
  ];

  it.each(exporters)(
    '%s, for hostile generated requests with tools and tool turns (300 cases)',
    (_name, generate, source) => {
      fc.assert(
        fc.property(
          requestArbitrary('/nonexistent'),
          fc.constantFrom(...targets),
          fc.boolean(),
          (request, target, compact) => {
            const result = importRequest(generate(request, target, { compact }));
            expect(result.error).toBeUndefined();
            expect(result.warnings).toEqual([]);
            expect(result.source).toBe(source);
            expect(JSON.stringify(result.request)).toBe(JSON.stringify(request));
            // And through the workbench: the imported conversation (tools, tool turns, response format
            // included) and parameters build the same request again, key order included.
            const state = requestToWorkbench(result.request as ChatCompletionRequest);
            expect(JSON.stringify(buildChatRequest(state))).toBe(JSON.stringify(request));
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it.each(Object.entries(FIXTURES))(
    'fixture %s, through cURL (incl. the here-document form) and Python',
    (_n, request) => {
      for (const generate of [toCurl, toPythonRequests]) {
        for (const compact of [false, true]) {
          const result = importRequest(generate(request, targets[0] as (typeof targets)[0], { compact }));
          expect(result.warnings).toEqual([]);
          expect(JSON.stringify(result.request)).toBe(JSON.stringify(request));
        }
      }
    },
  );
});

describe('importRequest, foreign cURL', () => {
  const imported = (text: string) => importRequest(text);

  it.each([
    ['--data-raw', `curl https://api.openai.com/v1/chat/completions --data-raw '${bodyJson}'`],
    ['--data', `curl https://api.openai.com/v1/chat/completions --data '${bodyJson}'`],
    ['--data-binary', `curl https://api.openai.com/v1/chat/completions --data-binary '${bodyJson}'`],
    ['--json', `curl https://api.openai.com/v1/chat/completions --json '${bodyJson}'`],
    ['glued -d', `curl https://x/v1/chat/completions -d'${bodyJson}'`],
    ['--url', `curl --url https://x/v1/chat/completions -d '${bodyJson}'`],
    [
      'prompt and line continuations',
      `$ curl https://x/v1/chat/completions \\\n  -X POST \\\r\n  -d '${bodyJson}'`,
    ],
    [
      '-H variants',
      `curl -H 'content-type: application/json' --header "Authorization: Bearer \${OPENAI_API_KEY}" -HContent-Type:application/json https://x/chat/completions -d '${bodyJson}'`,
    ],
    ['harmless flags', `curl -sSL -N --compressed https://x/chat/completions -d '${bodyJson}'`],
    [
      'double-quoted body',
      `curl https://x/chat/completions -d "{\\"model\\": \\"m\\", \\"messages\\": [{\\"role\\": \\"user\\", \\"content\\": \\"hi\\"}]}"`,
    ],
    [
      "$'...' body",
      `curl https://x/chat/completions -d $'{"model": "m", "messages": [{"role": "user", "content": "hi"}]}'`,
    ],
    [
      'unquoted here-document body',
      `curl https://x/chat/completions --data-binary @- <<JSON\n${bodyJson}\nJSON`,
    ],
  ])('%s', (_name, text) => {
    const result = imported(text);
    expect(result.error).toBeUndefined();
    expect(result.source).toBe('curl');
    expect(result.request).toEqual(body);
    if (!text.includes('<<JSON')) expect(result.warnings).toEqual([]);
    else
      expect(result.warnings).toEqual([
        'The here-document is unquoted: $ and backticks in it were not expanded.',
      ]);
  });

  it('keeps a backslash-newline inside single quotes (bash does)', () => {
    const result = imported(`curl https://x/chat/completions -d '{"model": "m\\\n", "messages": []}'`);
    expect(result.error).toMatch(/not valid JSON/); // a raw newline inside a JSON string: bash keeps it, JSON refuses
  });

  it('sees here-document markers only outside quotes', () => {
    const result = imported(`curl https://x/chat/completions -d '{"model": "<<A", "messages": []}'`);
    expect(result).toEqual({ request: { model: '<<A', messages: [] }, warnings: [], source: 'curl' });
  });

  it("reads $'...' escapes", () => {
    const result = imported(`curl https://x/chat/completions -d $'{"model": "it\\'s", "messages": []}'`);
    expect(result.request?.model).toBe("it's");
  });

  it('drops a literal key with a warning that does not repeat it', () => {
    const result = imported(
      `curl https://x/chat/completions -H "Authorization: Bearer sk-live-123" -d '${bodyJson}'`,
    );
    expect(result.request).toEqual(body);
    expect(result.warnings).toEqual([expect.stringMatching(/literal API key; it was dropped/)]);
    expect(JSON.stringify(result)).not.toContain('sk-live-123');
  });

  it('drops -u credentials and secret headers without echoing them', () => {
    const result = imported(
      `curl -u me:hunter2 -H 'x-api-key: hunter3' https://x/chat/completions -d '${bodyJson}'`,
    );
    expect(result.warnings).toHaveLength(2);
    expect(JSON.stringify(result)).not.toMatch(/hunter/);
  });

  it('warns about unknown flags, other headers, methods, URLs and shell operators', () => {
    const result = imported(
      `curl -X PUT --frobnicate -m 5 -H 'X-Trace: 1' -H 'Content-Type: text/plain' https://x/v1/completions -d '${bodyJson}' | jq .`,
    );
    expect(result.request).toEqual(body);
    expect(result.warnings).toEqual([
      'Stopped at the shell operator "|": the rest of the command was not imported.',
      'Unknown option --frobnicate was not imported.',
      'Option -m 5 was not imported.',
      'The method PUT was replaced by POST.',
      'The URL https://x/v1/completions is not a chat completions endpoint; the body was imported anyway.',
      'The header "X-Trace" was not imported.',
      'Content-Type "text/plain" was ignored: the request is always sent as application/json.',
    ]);
  });

  it('does not expand $VAR, $(...) or backticks, and never runs anything', () => {
    const result = imported(
      `curl https://x/chat/completions -d '{"model": "$HOME $(id) \`id\`", "messages": []}'`,
    );
    expect(result.request?.model).toBe('$HOME $(id) `id`');
  });

  it.each([
    ['no body', 'curl https://x/chat/completions', /no body/],
    ['body from a file', 'curl https://x/chat/completions -d @body.json', /read from a file/],
    ['invalid JSON', "curl https://x/chat/completions -d '{oops'", /not valid JSON/],
    ['not curl', 'wget https://x', /Paste a cURL command/],
    [
      'a model that is not an id',
      `curl https://x/chat/completions -d '{"model": 7, "messages": []}'`,
      /not a model id/,
    ],
    ['no messages', `curl https://x/chat/completions -d '{"model": "m"}'`, /no "messages"/],
  ])('errors: %s', (_name, text, error) => {
    const result = imported(text);
    expect(result.request).toBeNull();
    expect(result.error).toMatch(error);
  });
});

describe('a request without a model', () => {
  it("imports, keeps the current model and says so (llama.cpp's examples send none)", () => {
    const result = importRequest(
      `curl http://localhost:8080/v1/chat/completions --json '{"messages": [{"role": "user", "content": "hi"}]}'`,
    );
    expect(result.request).toEqual({ messages: [{ role: 'user', content: 'hi' }] });
    expect(result.warnings).toContain('The request names no model; the current model is kept.');
  });
});

describe('importRequest, Python and JSON', () => {
  it('reads a requests.post call with keyword url, comments and an f-string key', () => {
    const result = importRequest(`import os, requests
r = requests.post(
    url="https://x/chat/completions",  # the endpoint
    headers={"Authorization": f"Bearer {os.environ['OXEN_API_KEY']}"},
    json={'model': 'm', 'messages': [{'role': 'user', 'content': 'h' "i"}],},
    timeout=30,
)`);
    expect(result).toEqual({ request: body, warnings: [], source: 'python' });
  });

  it('drops a literal key in Python headers', () => {
    const result = importRequest(
      `requests.post("https://x/chat/completions", headers={"Authorization": "Bearer sk-1"}, json=${bodyJson})`,
    );
    expect(result.request).toEqual(body);
    expect(result.warnings).toEqual([expect.stringMatching(/literal API key/)]);
    expect(JSON.stringify(result)).not.toContain('sk-1');
  });

  it('reports what it cannot read', () => {
    expect(importRequest('requests.post(url, json=body)').error).toMatch(/"body" is not a literal/);
    expect(importRequest('requests.post(url, data=x)').error).toMatch(/no json= argument/);
    expect(importRequest('requests.post("u", json={"model": f"{m}", "messages": []})').error).toMatch(
      /f-strings/,
    );
    expect(
      importRequest(
        'requests.post("https://x/chat/completions", json={"model": "m", "messages": []}, verify=False)',
      ).warnings,
    ).toEqual(['The argument verify= was not imported.']);
  });

  it('reads a bare JSON body and a bare Python dict', () => {
    expect(importRequest(`  ${JSON.stringify(body, null, 2)}\n`)).toEqual({
      request: body,
      warnings: [],
      source: 'json',
    });
    expect(
      importRequest("{'model': 'm', 'messages': [{'role': 'user', 'content': 'hi'}], 'stream': False}")
        .request,
    ).toEqual({
      ...body,
      stream: false,
    });
  });

  it('keeps the pasted key order and members, and warns about what the workbench cannot show', () => {
    const pasted: ChatCompletionRequest = JSON.parse(
      '{"temperature": 1, "model": "m", "messages": [{"role": "tool", "content": "x"}, {"role": "system", "content": "late"}], "stream_options": {"include_usage": false}}',
    );
    const result = importRequest(JSON.stringify(pasted));
    expect(JSON.stringify(result.request)).toBe(JSON.stringify(pasted));
    // The tool message and stream_options; the later system message is kept as a turn now.
    expect(result.warnings).toHaveLength(2);
  });

  it('says what to paste when it recognises nothing', () => {
    expect(importRequest('   ').error).toBe('Nothing to import.');
    expect(importRequest('hello').error).toMatch(/Paste a cURL command/);
  });
});

describe('import limits', () => {
  it('refuses a request nested thousands of levels deep with a message, in every form', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const json = `{"model":"m","messages":[],"x":${deep}}`;
    for (const text of [
      json,
      `curl https://h/v1/chat/completions -d '${json}'`,
      `requests.post(url, json=${json})`,
    ]) {
      const result = importRequest(text);
      expect(result.request).toBeNull();
      expect(result.error).toMatch(/nested more than/);
    }
  });

  it('refuses text beyond the size limit before reading it', () => {
    expect(importRequest(`{"model":"m","messages":[],"x":"${'a'.repeat(33 * 1_048_576)}"}`).error).toMatch(
      /at most 32 MB/,
    );
  });
});
