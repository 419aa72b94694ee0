import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '@/domain/request';
import { markExplicit, normalizeSchema, resetAll, sentParams } from '@/domain/schema';
import type { ChatCompletionRequest } from '@/lib/api';
import { claudeSchema } from '../../../server/demo/schemas';
import { toCurl } from './curl';
import { toPythonRequests } from './pythonRequests';
import { targetFor } from './testing/targets';

// The Oxen model page (shared/reference/oxen-model-page-claude-sonnet-4.md) is the house format. These
// are its "Minimal" and "Basic parameters" snippets, character for character — except `"stream": false`
// in Python, the page's bug, which must be `False`.

const oxen = targetFor('oxen', '', 'http://localhost:5173');
const minimal: ChatCompletionRequest = {
  model: 'claude-sonnet-4-20250514',
  messages: [{ role: 'user', content: 'Hello, what can you do?' }],
};
const basic: ChatCompletionRequest = { ...minimal, temperature: 0.7, max_tokens: 1024, stream: false };

describe('house format (Oxen model page)', () => {
  it('cURL, minimal', () => {
    expect(toCurl(minimal, oxen, { compact: false })).toBe(
      [
        'curl -X POST https://hub.oxen.ai/api/ai/chat/completions \\',
        '  -H "Content-Type: application/json" \\',
        '  -H "Authorization: Bearer $OXEN_API_KEY" \\',
        "  -d '{",
        '  "model": "claude-sonnet-4-20250514",',
        '  "messages": [',
        '    {',
        '      "role": "user",',
        '      "content": "Hello, what can you do?"',
        '    }',
        '  ]',
        "}'",
      ].join('\n'),
    );
  });

  it('cURL, basic parameters', () => {
    const text = toCurl(basic, oxen, { compact: false });
    expect(text).toContain('  ],\n  "temperature": 0.7,\n  "max_tokens": 1024,\n  "stream": false\n}\'');
    expect(text.startsWith('curl -X POST')).toBe(true); // stream:false is not the streaming variant
  });

  it('Python, minimal', () => {
    expect(toPythonRequests(minimal, oxen, { compact: false })).toBe(
      [
        'import os',
        'import requests',
        '',
        'response = requests.post(',
        '    "https://hub.oxen.ai/api/ai/chat/completions",',
        '    headers={',
        '        "Content-Type": "application/json",',
        '        "Authorization": f"Bearer {os.environ[\'OXEN_API_KEY\']}",',
        '    },',
        '    json={',
        '        "model": "claude-sonnet-4-20250514",',
        '        "messages": [',
        '            {',
        '                "role": "user",',
        '                "content": "Hello, what can you do?"',
        '            }',
        '        ]',
        '    },',
        ')',
        'response.raise_for_status()',
        'print(response.json())',
      ].join('\n'),
    );
  });

  it('Python, basic parameters: booleans are Python literals, unlike the page', () => {
    const text = toPythonRequests(basic, oxen, { compact: false });
    expect(text).toContain(
      '        ],\n        "temperature": 0.7,\n        "max_tokens": 1024,\n        "stream": False\n    },',
    );
    expect(text).not.toMatch(/\bfalse\b/);
  });

  it('compact bodies are one line: JSON.stringify for cURL, json.dumps layout for Python', () => {
    expect(toCurl(basic, oxen, { compact: true })).toContain(`  -d '${JSON.stringify(basic)}'`);
    expect(toPythonRequests(basic, oxen, { compact: true })).toContain(
      '    json={"model": "claude-sonnet-4-20250514", "messages": [{"role": "user", "content": "Hello, what can you do?"}], "temperature": 0.7, "max_tokens": 1024, "stream": False},',
    );
  });

  it('never prints a key, only the variable name', () => {
    for (const text of [
      toCurl(basic, oxen, { compact: false }),
      toPythonRequests(basic, oxen, { compact: false }),
    ]) {
      expect(text).toContain('OXEN_API_KEY');
      expect(text).not.toMatch(/Bearer [^${]/);
    }
  });
});

/** The "Basic parameters" snippets of the Oxen model page (shared/reference/oxen-model-page-claude-sonnet-4.md,
 * outside this repository, so CI has no copy of it), unindented, line by line. */
function pageBlock(lang: 'bash cURL' | 'python Python'): string[] {
  const body = [
    '  "model": "claude-sonnet-4-20250514",',
    '  "messages": [',
    '    {',
    '      "role": "user",',
    '      "content": "Hello, what can you do?"',
    '    }',
    '  ],',
    '  "temperature": 0.7,',
    '  "max_tokens": 1024,',
    '  "stream": false',
  ];
  if (lang === 'bash cURL') {
    return [
      'curl -X POST https://hub.oxen.ai/api/ai/chat/completions \\',
      '  -H "Content-Type: application/json" \\',
      '  -H "Authorization: Bearer $OXEN_API_KEY" \\',
      "  -d '{",
      ...body,
      "}'",
    ];
  }
  return [
    'import os',
    'import requests',
    '',
    'response = requests.post(',
    '    "https://hub.oxen.ai/api/ai/chat/completions",',
    '    headers={',
    '        "Content-Type": "application/json",',
    '        "Authorization": f"Bearer {os.environ[\'OXEN_API_KEY\']}",',
    '    },',
    '    json={',
    '        "model": "claude-sonnet-4-20250514",',
    '        "messages": [',
    '            {',
    '                "role": "user",',
    '                "content": "Hello, what can you do?"',
    '            }',
    '        ],',
    '        "temperature": 0.7,',
    '        "max_tokens": 1024,',
    '        "stream": false',
    '    },',
    ')',
    'response.raise_for_status()',
    'print(response.json())',
  ];
}

describe('house format from the workbench state a user sets up', () => {
  // The user picks Claude Sonnet 4 on Oxen, types "Hello, what can you do?", sets Temperature 0.7, types
  // 1024 into Max tokens (its default: typed counts as set) and turns Stream off.
  const normalized = normalizeSchema({ id: 'claude-sonnet-4-20250514', json_request_schema: claudeSchema });
  // Typing into a field that shows 1024 goes through other values (cleared, "1", "10", ...) before 1024.
  const cleared = markExplicit(resetAll(normalized), { ...normalized.defaults, max_tokens: undefined });
  const typed = markExplicit(cleared, { ...normalized.defaults, temperature: 0.7, max_tokens: 1024 });
  const request = buildChatRequest({
    model: 'claude-sonnet-4-20250514',
    conversation: { system: '', turns: [{ role: 'user', text: 'Hello, what can you do?', images: [] }] },
    params: sentParams(typed, normalized),
    stream: false,
  });

  it('sends max_tokens although it equals the default, and stream:false because the user said so', () => {
    expect(Object.keys(request)).toEqual(['model', 'messages', 'temperature', 'max_tokens', 'stream']);
  });

  it('cURL: the page, line by line', () => {
    expect(toCurl(request, oxen, { compact: false }).split('\n')).toEqual(pageBlock('bash cURL'));
  });

  it("Python: the page, line by line, except the page's `false`, which is `False` in Python", () => {
    const page = pageBlock('python Python').map((line) => line.replace('"stream": false', '"stream": False'));
    expect(toPythonRequests(request, oxen, { compact: false }).split('\n')).toEqual(page);
  });

  it('without touching Stream nothing about streaming is written (the provider default applies)', () => {
    const untouched = buildChatRequest({
      model: 'claude-sonnet-4-20250514',
      conversation: { system: '', turns: [{ role: 'user', text: 'x', images: [] }] },
      params: {},
      stream: null,
    });
    expect(untouched).toEqual({
      model: 'claude-sonnet-4-20250514',
      messages: [{ role: 'user', content: 'x' }],
    });
  });
});
