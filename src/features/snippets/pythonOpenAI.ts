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
          'for chunk in stream:',
          '    for choice in chunk.choices:',
          '        print(choice.delta.content or "", end="", flush=True)',
          'print()',
        ]
      : ['print(completion.choices[0].message.content)']),
  ].join('\n');
}
