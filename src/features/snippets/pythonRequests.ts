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
 * reads the server-sent events line by line and prints each delta as it arrives; lines are decoded as
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
    'import requests',
    '',
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
    '            print((choice.get("delta") or {}).get("content") or "", end="", flush=True)',
    'print()',
  ].join('\n');
}
