import type { ChatCompletionRequest } from '@/lib/api';
import { assertEnvVarName } from './envVar';
import { toJsLiteral } from './jsLiteral';
import type { SnippetOptions, SnippetTarget } from './types';
import { isStreaming, wireBody } from './wireBody';

/** `process.env.X` is undefined when unset; only the demo's optional key falls back to ''. */
export function jsKeyExpression(target: SnippetTarget): string {
  const name = assertEnvVarName(target.keyEnvVar);
  return target.keyOptional ? `process.env.${name} ?? ""` : `process.env.${name}`;
}

/** Reads a text/event-stream body by hand (no library) and prints each delta as it arrives: reasoning to stderr,
 * content to stdout, tool calls assembled from their fragments and printed at the end. */
const STREAM_READER = [
  '// Server-sent events: one "data: {chunk}" line per event, then "data: [DONE]".',
  '// Tool calls arrive in fragments: the first names the call, the others carry pieces of its arguments.',
  'const toolCalls = new Map();',
  'const reader = response.body.getReader();',
  'const decoder = new TextDecoder();',
  'let buffered = "";',
  'for (;;) {',
  '  const { done, value } = await reader.read();',
  '  if (done) break;',
  '  buffered += decoder.decode(value, { stream: true });',
  '  const lines = buffered.split("\\n");',
  '  buffered = lines.pop();',
  '  for (const line of lines) {',
  '    if (!line.startsWith("data:")) continue;',
  '    const data = line.slice(5).trim();',
  '    if (data === "[DONE]") continue;',
  '    const chunk = JSON.parse(data);',
  '    if (chunk.error) throw new Error(JSON.stringify(chunk.error));',
  '    for (const choice of chunk.choices ?? []) {',
  '      const delta = choice.delta ?? {};',
  '      // Reasoning (reasoning_content: DeepSeek, vLLM; reasoning: vLLM, OpenRouter) goes to stderr.',
  '      const reasoning = delta.reasoning_content ?? delta.reasoning;',
  '      if (reasoning) process.stderr.write(reasoning);',
  '      process.stdout.write(delta.content ?? "");',
  '      for (const call of delta.tool_calls ?? []) {',
  '        const key = (choice.index ?? 0) + ":" + (call.index ?? 0);',
  '        const slot = toolCalls.get(key) ?? { name: "", arguments: "" };',
  '        slot.name += call.function?.name ?? "";',
  '        slot.arguments += call.function?.arguments ?? "";',
  '        toolCalls.set(key, slot);',
  '      }',
  '    }',
  '  }',
  '}',
  'process.stdout.write("\\n");',
  'for (const call of toolCalls.values()) {',
  '  console.log("tool call " + call.name + ": " + call.arguments);',
  '}',
];

/**
 * JavaScript (Node 18+ ES module: top-level await, global fetch, process.env). The body is a JS literal
 * passed through JSON.stringify — exactly what the app itself does, so key order and values match.
 */
export function toJavaScriptFetch(
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
): string {
  const body = toJsLiteral(wireBody(request), { compact: opts.compact, baseIndent: 2 });
  return [
    `const response = await fetch(${JSON.stringify(target.chatUrl)}, {`,
    '  method: "POST",',
    '  headers: {',
    '    "Content-Type": "application/json",',
    `    "Authorization": \`Bearer \${${jsKeyExpression(target)}}\`,`,
    '  },',
    `  body: JSON.stringify(${body}),`,
    '});',
    'if (!response.ok) {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this is the snippet's source text, printed as is.
    '  throw new Error(`HTTP ${response.status}: ${await response.text()}`);',
    '}',
    ...(isStreaming(request)
      ? STREAM_READER
      : ['console.log(JSON.stringify(await response.json(), null, 2));']),
  ].join('\n');
}
