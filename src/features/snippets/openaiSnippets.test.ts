import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest, JsonObject, JsonValue } from '@/lib/api';
import { requestArbitrary } from '@/testing';
import { OPENAI_SDK_PARAMS } from './openaiParams';
import { LiteralParser } from './pythonLiteralParse';
import { toPythonOpenAI } from './pythonOpenAI';
import { tokenizePython } from './pythonTokenize';
import { FIXTURES } from './testing/fixtures';
import { runProgram } from './testing/runProgram';
import { targetFor } from './testing/targets';
import { toTypeScriptOpenAI } from './typescriptOpenAI';

// The OpenAI SDKs are not installed here (and cannot be), so these snippets are not executed. They are
// checked by golden text, by reading their bodies back (Python kwargs via the literal parser, the
// TypeScript object literal by evaluating it), and by syntax checks (Python's ast, TypeScript's parser).

const oxen = targetFor('oxen', '', 'http://localhost:5173');
const request: ChatCompletionRequest = {
  model: 'claude-sonnet-4-20250514',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Hi' },
  ],
  temperature: 0.7,
  top_k: 40,
  stop: ['END'],
  min_p: 0.05,
};

describe('Python (OpenAI SDK) golden', () => {
  it('standard parameters as keyword arguments, the rest in extra_body', () => {
    expect(toPythonOpenAI(request, oxen, { compact: false })).toBe(
      [
        'import os',
        'from openai import OpenAI',
        '',
        'client = OpenAI(',
        '    base_url="https://hub.oxen.ai/api/ai",',
        "    api_key=os.environ['OXEN_API_KEY'],",
        ')',
        '',
        '# The SDK orders the JSON body itself (its own parameter order, extra_body last); the members are the',
        "# same as the workbench's request.",
        'completion = client.chat.completions.create(',
        '    model="claude-sonnet-4-20250514",',
        '    messages=[',
        '        {',
        '            "role": "system",',
        '            "content": "Be brief."',
        '        },',
        '        {',
        '            "role": "user",',
        '            "content": "Hi"',
        '        }',
        '    ],',
        '    temperature=0.7,',
        '    stop=[',
        '        "END"',
        '    ],',
        '    extra_body={',
        '        "top_k": 40,',
        '        "min_p": 0.05',
        '    },',
        ')',
        'message = completion.choices[0].message',
        'print(message.content or "")',
        'for call in message.tool_calls or []:',
        '    if call.type == "function":',
        '        print("tool call " + call.function.name + ": " + call.function.arguments)',
      ].join('\n'),
    );
  });

  it('streaming prints each delta: reasoning to stderr, content, then the tool calls assembled', () => {
    const text = toPythonOpenAI({ ...request, stream: true, stream_options: { include_usage: true } }, oxen, {
      compact: true,
    });
    expect(text).toContain(
      '    stream=True,\n    stream_options={"include_usage": True},\n    extra_body={"top_k": 40, "min_p": 0.05},\n)',
    );
    expect(text).toContain('stream = client.chat.completions.create(');
    expect(text.startsWith('import os\nimport sys\n')).toBe(true);
    expect(text).toContain(
      '        reasoning = getattr(delta, "reasoning_content", None) or getattr(delta, "reasoning", None)\n' +
        '        if reasoning:\n            print(reasoning, end="", file=sys.stderr, flush=True)\n' +
        '        print(delta.content or "", end="", flush=True)\n',
    );
    expect(
      text.endsWith(
        'print()\nfor call in tool_calls.values():\n    print("tool call " + call["name"] + ": " + call["arguments"])',
      ),
    ).toBe(true);
  });
});

describe('TypeScript (OpenAI SDK) golden', () => {
  it('unknown parameters spread in place, so TypeScript accepts them and the order is kept', () => {
    expect(toTypeScriptOpenAI(request, oxen, { compact: false })).toBe(
      [
        'import OpenAI from "openai";',
        '',
        'const client = new OpenAI({',
        '  baseURL: "https://hub.oxen.ai/api/ai",',
        '  apiKey: process.env.OXEN_API_KEY,',
        '});',
        '',
        'const completion = await client.chat.completions.create({',
        '  "model": "claude-sonnet-4-20250514",',
        '  "messages": [',
        '    {',
        '      "role": "system",',
        '      "content": "Be brief."',
        '    },',
        '    {',
        '      "role": "user",',
        '      "content": "Hi"',
        '    }',
        '  ],',
        '  "temperature": 0.7,',
        '  ...{',
        '    "top_k": 40',
        '  },',
        '  "stop": [',
        '    "END"',
        '  ],',
        '  ...{',
        '    "min_p": 0.05',
        '  },',
        '});',
        'const message = completion.choices[0]?.message;',
        'console.log(message?.content ?? "");',
        'for (const call of message?.tool_calls ?? []) {',
        '  if (call.type === "function") console.log("tool call " + call.function.name + ": " + call.function.arguments);',
        '}',
      ].join('\n'),
    );
  });

  it('streaming iterates the stream', () => {
    const text = toTypeScriptOpenAI({ ...request, stream: true }, targetFor('demo', '', 'http://h'), {
      compact: true,
    });
    // The SDK refuses an empty key, so the demo (which needs none) gets a placeholder when the variable is unset.
    expect(text).toContain('  apiKey: process.env.YOKE_API_KEY ?? "not-needed",');
    expect(text).toContain('const stream = await client.chat.completions.create({');
    expect(text).toContain('for await (const chunk of stream) {');
  });
});

/** The body the Python SDK would assemble: keyword arguments plus extra_body (order not comparable). */
function pythonSdkBody(snippet: string): { body: JsonObject; kwargs: string[] } {
  const tokens = tokenizePython(snippet);
  const start = tokens.findIndex(
    (t, i) => t.kind === 'name' && t.text === 'create' && tokens[i + 1]?.kind === 'op',
  );
  const parser = new LiteralParser(tokens, start + 2);
  const body: JsonObject = {};
  const kwargs: string[] = [];
  for (let t = parser.peek(); t && !(t.kind === 'op' && t.text === ')'); t = parser.peek()) {
    if (t.kind !== 'name') throw new Error(`expected a keyword argument at ${t.pos}`);
    parser.index += 2; // name and "="
    const value = parser.value();
    if (t.text === 'extra_body') Object.assign(body, value as JsonObject);
    else {
      kwargs.push(t.text);
      body[t.text] = value;
    }
    parser.index++; // ","
  }
  return { body, kwargs };
}

/** JSON with keys sorted at every level: equality that ignores member order. */
function canonical(value: JsonValue): string {
  return JSON.stringify(value, (_k, v: JsonValue) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The object literal passed to create(), evaluated: a TS literal without types is plain JS. */
function typescriptSdkBody(snippet: string): unknown {
  const start = snippet.indexOf('.create(') + '.create('.length;
  const end = snippet.lastIndexOf('\n});') + 2;
  return new Function(`return (${snippet.slice(start, end)});`)();
}

describe('OpenAI SDK snippets carry the request (property, 200 cases each)', () => {
  const sample = fc.sample(fc.tuple(requestArbitrary('/nonexistent'), fc.boolean()), { numRuns: 200 });

  it('Python: same members (order is the SDK’s), known names only as kwargs', () => {
    for (const [req, compact] of sample) {
      const { body, kwargs } = pythonSdkBody(toPythonOpenAI(req, oxen, { compact }));
      expect(canonical(body)).toBe(canonical(JSON.parse(JSON.stringify(req))));
      for (const name of kwargs) expect(OPENAI_SDK_PARAMS.has(name)).toBe(true);
    }
  });

  it('Python: every snippet parses (ast.parse)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoke-ast-'));
    try {
      const file = join(dir, 'sources.json');
      writeFileSync(
        file,
        JSON.stringify(sample.map(([req, compact]) => toPythonOpenAI(req, oxen, { compact }))),
      );
      const script =
        'import ast, json, sys\nsources = json.load(open(sys.argv[1]))\nfor s in sources:\n    ast.parse(s)\nprint(len(sources))';
      const result = await runProgram('python3', ['-c', script, file], process.env);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(String(sample.length));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Python: the tool fixtures compile (py_compile; the SDK is not installed here, so never run)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yoke-pyc-'));
    try {
      const files = ['tools', 'toolsStreaming'].flatMap((name) =>
        [false, true].map((compact) => {
          const file = join(dir, `${name}-${compact}.py`);
          writeFileSync(file, toPythonOpenAI(FIXTURES[name] as ChatCompletionRequest, oxen, { compact }));
          return file;
        }),
      );
      const result = await runProgram('python3', ['-m', 'py_compile', ...files], process.env);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('TypeScript: evaluates to the request with the same key order, and parses as TypeScript', () => {
    for (const [req, compact] of sample) {
      const snippet = toTypeScriptOpenAI(req, oxen, { compact });
      expect(JSON.stringify(typescriptSdkBody(snippet))).toBe(JSON.stringify(req));
      const out = ts.transpileModule(snippet, {
        reportDiagnostics: true,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      expect(out.diagnostics ?? []).toEqual([]);
    }
  });
});
