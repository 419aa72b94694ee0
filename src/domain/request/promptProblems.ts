// What keeps the prompt from being sent as the user wrote it: each problem named so the user can find it. Run and
// the API tab show these; buildChatRequest still builds a request without the broken pieces (see promptWire).

import { type Conversation, pairingProblems } from '@/domain/conversation';
import { parseSchemaText } from './promptWire';

/** OpenAI's rule for function and schema names. */
export const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

function nameProblem(name: string): string | null {
  if (name === '') return null;
  return TOOL_NAME.test(name)
    ? null
    : 'its name may only use letters, digits, "_" and "-", at most 64 of them';
}

/** Problems with the tools, tool choice, response format and tool turns, in that order. Empty: all is well. */
export function promptProblems(conversation: Conversation): string[] {
  const problems: string[] = [];
  const tools = conversation.tools ?? [];
  const seen = new Map<string, number>();
  tools.forEach((tool, i) => {
    const label = tool.name === '' ? `Tool ${i + 1}` : `Tool ${i + 1} (${tool.name})`;
    if (tool.name === '') problems.push(`${label} has no name.`);
    const bad = nameProblem(tool.name);
    if (bad) problems.push(`${label}: ${bad}.`);
    const first = seen.get(tool.name);
    if (tool.name !== '' && first !== undefined)
      problems.push(`${label} has the same name as tool ${first + 1}.`);
    else seen.set(tool.name, i);
    const parsed = parseSchemaText(tool.parameters);
    if ('error' in parsed)
      problems.push(`${label}: the parameters are ${parsed.error}. The tool is left out of the request.`);
  });
  const choice = conversation.toolChoice;
  if (choice !== undefined && tools.length === 0)
    problems.push('A tool choice is set, but there are no tools.');
  else if (typeof choice === 'object' && !seen.has(choice.name))
    problems.push(`The tool choice names ${JSON.stringify(choice.name)}, which is not one of the tools.`);
  if (conversation.parallelToolCalls !== undefined && tools.length === 0)
    problems.push('Parallel tool calls is set, but there are no tools.');
  const format = conversation.responseFormat;
  if (format?.type === 'json_schema') {
    if (format.name === '') problems.push('The response schema has no name.');
    const bad = nameProblem(format.name);
    if (bad) problems.push(`The response schema's name: ${bad.replace(/^its name/, 'it')}.`);
    const parsed = parseSchemaText(format.schema);
    if ('error' in parsed)
      problems.push(
        `The response schema is ${parsed.error}. The response format is left out of the request.`,
      );
  }
  for (const p of pairingProblems(conversation.turns)) problems.push(p.message);
  return problems;
}
