import type { ChatCompletionRequest, JsonObject } from '@/lib/api';
import { assertEnvVarName } from './envVar';
import { toJsLiteral } from './jsLiteral';
import { OPENAI_SDK_PARAMS } from './openaiParams';
import type { SnippetOptions, SnippetTarget } from './types';
import { isStreaming, wireBody } from './wireBody';

/** Top-level body members as object-literal lines. Runs of members the SDK's types do not know are wrapped
 * in a spread `...{ }`: TypeScript does not excess-check spread properties, and unlike `@ts-expect-error`
 * (which only covers the first unknown property — TS reports one) a spread keeps the members in place,
 * so the body keeps the workbench's key order. */
function bodyLines(body: JsonObject, compact: boolean): string[] {
  const lines: string[] = [];
  let unknownRun: JsonObject | null = null;
  const flush = () => {
    if (unknownRun) lines.push(`  ...${toJsLiteral(unknownRun, { compact, baseIndent: 2 })},`);
    unknownRun = null;
  };
  for (const [name, value] of Object.entries(body)) {
    if (OPENAI_SDK_PARAMS.has(name)) {
      flush();
      // Single-member object literal, then drop its braces: reuses the key quoting (incl. __proto__).
      const member = toJsLiteral({ [name]: value }, { compact, baseIndent: 0 });
      lines.push(`  ${compact ? member.slice(1, -1) : reindent(member)},`);
    } else {
      unknownRun ??= {};
      unknownRun[name] = value;
    }
  }
  flush();
  return lines;
}

/** `{\n  "k": v\n}` (printed at indent 0) -> `"k": v` with nested lines kept at their absolute indent. */
function reindent(member: string): string {
  return member
    .slice(2, -2)
    .split('\n')
    .map((line, i) => (i === 0 ? line.trimStart() : line))
    .join('\n');
}

/** The SDK refuses to start without a key (`apiKey: ""` throws "Missing credentials"), so a server that needs
 * none (the demo) gets a placeholder when the variable is unset; the server ignores it. */
function sdkKeyExpression(target: SnippetTarget): string {
  const name = assertEnvVarName(target.keyEnvVar);
  return target.keyOptional ? `process.env.${name} ?? ${JSON.stringify(UNUSED_KEY)}` : `process.env.${name}`;
}

/** What the SDK snippets send as the key to a server that needs none. */
export const UNUSED_KEY = 'not-needed';

/**
 * TypeScript, OpenAI SDK (ES module, top-level await). The SDK serialises the object it is given with
 * JSON.stringify, so key order matches the workbench's request. typescriptSdk.test.ts type-checks it under
 * strict tsc against the real `openai` package and runs it against the capture endpoint.
 */
export function toTypeScriptOpenAI(
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
): string {
  const body = wireBody(request) as JsonObject;
  const streaming = isStreaming(request);
  return [
    'import OpenAI from "openai";',
    '',
    'const client = new OpenAI({',
    `  baseURL: ${JSON.stringify(target.baseUrl)},`,
    `  apiKey: ${sdkKeyExpression(target)},`,
    '});',
    '',
    `const ${streaming ? 'stream' : 'completion'} = await client.chat.completions.create({`,
    ...bodyLines(body, opts.compact),
    '});',
    ...(streaming
      ? [
          '// Tool calls arrive in fragments: the first names the call, the others carry pieces of its arguments.',
          'const toolCalls = new Map<string, { name: string; arguments: string }>();',
          'for await (const chunk of stream) {',
          '  for (const choice of chunk.choices) {',
          "    // Reasoning is not in the SDK's types: servers send it as reasoning_content or reasoning.",
          '    const delta = choice.delta as typeof choice.delta & { reasoning_content?: string; reasoning?: string };',
          '    const reasoning = delta.reasoning_content ?? delta.reasoning;',
          '    if (reasoning) process.stderr.write(reasoning);',
          '    process.stdout.write(delta.content ?? "");',
          '    for (const call of delta.tool_calls ?? []) {',
          '      const key = choice.index + ":" + call.index;',
          '      const slot = toolCalls.get(key) ?? { name: "", arguments: "" };',
          '      slot.name += call.function?.name ?? "";',
          '      slot.arguments += call.function?.arguments ?? "";',
          '      toolCalls.set(key, slot);',
          '    }',
          '  }',
          '}',
          'process.stdout.write("\\n");',
          'for (const call of toolCalls.values()) {',
          '  console.log("tool call " + call.name + ": " + call.arguments);',
          '}',
        ]
      : [
          'const message = completion.choices[0]?.message;',
          'console.log(message?.content ?? "");',
          'for (const call of message?.tool_calls ?? []) {',
          '  if (call.type === "function") console.log("tool call " + call.function.name + ": " + call.function.arguments);',
          '}',
        ]),
  ].join('\n');
}
