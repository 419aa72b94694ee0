import type { ChatCompletionRequest } from '@/lib/api';
import { assertEnvVarName } from './envVar';
import { pythonString, toPythonLiteral } from './pythonLiteral';
import type { SnippetOptions, SnippetTarget } from './types';
import { isStreaming, wireBody } from './wireBody';

/** `os.environ[...]` fails loudly when a required key is missing; the demo's optional key reads as ''. */
export function pythonKeyExpression(target: SnippetTarget): string {
  const name = assertEnvVarName(target.keyEnvVar);
  return target.keyOptional ? `os.environ.get('${name}', '')` : `os.environ['${name}']`;
}

/** The arguments of requests.post, in the model pages' layout (4-space indent, trailing commas). */
function postArguments(
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
): string[] {
  const body = toPythonLiteral(wireBody(request), { compact: opts.compact, baseIndent: 4 });
  return [
    `    ${pythonString(target.chatUrl)},`,
    '    headers={',
    '        "Content-Type": "application/json",',
    `        "Authorization": f"Bearer {${pythonKeyExpression(target)}}",`,
    '    },',
    `    json=${body},`,
  ];
}

/**
 * Python `requests` call. `json=` makes requests serialise the literal with json.dumps (key order kept,
 * non-ASCII written as \u escapes — parse-equal with the app's JSON.stringify). The streaming variant
 * reads the server-sent events line by line and prints each delta as it arrives (reasoning to stderr, tool calls
 * assembled from their fragments and printed at the end); lines are decoded as
 * UTF-8 explicitly because requests would guess ISO-8859-1 for a text/event-stream without charset.
 */
export function toPythonRequests(
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
): string {
  const args = postArguments(request, target, opts);
  if (!isStreaming(request)) {
    return [
      'import os',
      'import requests',
      '',
      'response = requests.post(',
      ...args,
      ')',
      'response.raise_for_status()',
      'print(response.json())',
    ].join('\n');
  }
  return [
    'import json',
    'import os',
    'import sys',
    'import requests',
    '',
    '# An answer may hold text the terminal cannot encode (a lone surrogate): show it escaped, never crash.',
    'sys.stdout.reconfigure(errors="backslashreplace")',
    'sys.stderr.reconfigure(errors="backslashreplace")',
    '',
    '# Tool calls arrive in fragments: the first names the call, the others carry pieces of its arguments.',
    'tool_calls = {}',
    'with requests.post(',
    ...args,
    '    stream=True,',
    ') as response:',
    '    response.raise_for_status()',
    '    # Server-sent events: one "data: {chunk}" line per event, then "data: [DONE]".',
    '    for line in response.iter_lines():',
    '        if not line.startswith(b"data:"):',
    '            continue',
    '        data = line[5:].strip().decode("utf-8")',
    '        if data == "[DONE]":',
    '            break',
    '        chunk = json.loads(data)',
    '        if "error" in chunk:',
    '            raise RuntimeError(chunk["error"])',
    '        for choice in chunk.get("choices") or []:',
    '            delta = choice.get("delta") or {}',
    '            # Reasoning (reasoning_content: DeepSeek, vLLM; reasoning: vLLM, OpenRouter) goes to stderr.',
    '            reasoning = delta.get("reasoning_content") or delta.get("reasoning")',
    '            if reasoning:',
    '                print(reasoning, end="", file=sys.stderr, flush=True)',
    '            print(delta.get("content") or "", end="", flush=True)',
    '            for call in delta.get("tool_calls") or []:',
    '                key = (choice.get("index", 0), call.get("index", 0))',
    '                slot = tool_calls.setdefault(key, {"name": "", "arguments": ""})',
    '                function = call.get("function") or {}',
    '                slot["name"] += function.get("name") or ""',
    '                slot["arguments"] += function.get("arguments") or ""',
    'print()',
    'for call in tool_calls.values():',
    '    print("tool call " + call["name"] + ": " + call["arguments"])',
  ].join('\n');
}
