import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from '@/lib/api';
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
