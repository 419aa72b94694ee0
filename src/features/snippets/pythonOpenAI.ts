import type { ChatCompletionRequest, JsonObject } from '@/lib/api';
import { assertEnvVarName } from './envVar';
import { OPENAI_SDK_PARAMS } from './openaiParams';
import { pythonString, toPythonLiteral } from './pythonLiteral';
import type { SnippetOptions, SnippetTarget } from './types';
import { UNUSED_KEY } from './typescriptOpenAI';
import { isStreaming, wireBody } from './wireBody';

/** The SDK raises OpenAIError without a key, so a server that needs none gets a placeholder when unset. */
function sdkKeyExpression(target: SnippetTarget): string {
  const name = assertEnvVarName(target.keyEnvVar);
  return target.keyOptional
    ? `os.environ.get('${name}', ${pythonString(UNUSED_KEY)})`
    : `os.environ['${name}']`;
}

/**
 * Python, OpenAI SDK. Known parameters are keyword arguments; the rest (top_k, min_p, ...) go in
 * `extra_body=`, because the SDK raises TypeError on unknown keyword arguments.
 *
 * Key order: the SDK assembles the JSON body itself — keyword arguments in the order of its own signature,
 * then extra_body merged last — so the body it sends has the same members as the workbench's request but
 * not necessarily the same order. (The Python `openai` package cannot be installed on the
 * project's machines — no PyPI — so this snippet is never executed; golden tests cover its shape.)
 */
export function toPythonOpenAI(
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
): string {
  const body = wireBody(request) as JsonObject;
  const literal = (value: JsonObject[string]) =>
    toPythonLiteral(value, { compact: opts.compact, baseIndent: 4 });
  const kwargs: string[] = [];
  const extra: JsonObject = {};
  for (const [name, value] of Object.entries(body)) {
    if (OPENAI_SDK_PARAMS.has(name)) kwargs.push(`    ${name}=${literal(value)},`);
    else extra[name] = value;
  }
  if (Object.keys(extra).length > 0) kwargs.push(`    extra_body=${literal(extra)},`);
  const streaming = isStreaming(request);
  const result = streaming ? 'stream' : 'completion';
  return [
    'import os',
    ...(streaming ? ['import sys'] : []),
    'from openai import OpenAI',
    '',
    'client = OpenAI(',
    `    base_url=${pythonString(target.baseUrl)},`,
    `    api_key=${sdkKeyExpression(target)},`,
    ')',
    '',
    '# The SDK orders the JSON body itself (its own parameter order, extra_body last); the members are the',
    "# same as the workbench's request.",
    `${result} = client.chat.completions.create(`,
    ...kwargs,
    ')',
    ...(streaming
      ? [
          '# Tool calls arrive in fragments: the first names the call, the others carry pieces of its arguments.',
          'tool_calls = {}',
          'for chunk in stream:',
          '    for choice in chunk.choices:',
          '        delta = choice.delta',
          "        # Reasoning is not in the SDK's types: servers send it as reasoning_content or reasoning.",
          '        reasoning = getattr(delta, "reasoning_content", None) or getattr(delta, "reasoning", None)',
          '        if reasoning:',
          '            print(reasoning, end="", file=sys.stderr, flush=True)',
          '        print(delta.content or "", end="", flush=True)',
          '        for call in delta.tool_calls or []:',
          '            slot = tool_calls.setdefault((choice.index, call.index), {"name": "", "arguments": ""})',
          '            if call.function:',
          '                slot["name"] += call.function.name or ""',
          '                slot["arguments"] += call.function.arguments or ""',
          'print()',
          'for call in tool_calls.values():',
          '    print("tool call " + call["name"] + ": " + call["arguments"])',
        ]
      : [
          'message = completion.choices[0].message',
          'print(message.content or "")',
          'for call in message.tool_calls or []:',
          '    if call.type == "function":',
          '        print("tool call " + call.function.name + ": " + call.function.arguments)',
        ]),
  ].join('\n');
}
