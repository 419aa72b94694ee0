// The edits of the tools and the response format, as pure functions from one conversation to the next (the
// screens hand them to the workbench store). Removing or renaming a tool keeps a tool choice that named it
// consistent: a choice naming a tool that is gone is dropped (back to the server's default), never left dangling.

import type { Conversation, ResponseFormat, ToolChoice, ToolDefinition } from '@/domain/conversation';

export function uniqueName(tools: readonly ToolDefinition[], wanted: string): string {
  if (wanted === '' || !tools.some((t) => t.name === wanted)) return wanted;
  for (let n = 2; ; n++) if (!tools.some((t) => t.name === `${wanted}_${n}`)) return `${wanted}_${n}`;
}

export function withTools(conversation: Conversation, added: readonly ToolDefinition[]): Conversation {
  const tools = [...(conversation.tools ?? [])];
  for (const tool of added) tools.push({ ...tool, name: uniqueName(tools, tool.name) });
  return { ...conversation, tools };
}

export function withToolPatch(
  conversation: Conversation,
  index: number,
  patch: Partial<ToolDefinition>,
): Conversation {
  const tools = conversation.tools ?? [];
  const before = tools[index];
  if (!before) return conversation;
  const next = tools.map((t, i) => (i === index ? { ...t, ...patch } : t));
  const choice = conversation.toolChoice;
  // A choice that named this tool follows its rename.
  const renamed =
    patch.name !== undefined && typeof choice === 'object' && choice.name === before.name
      ? { toolChoice: { name: patch.name } }
      : {};
  return { ...conversation, tools: next, ...renamed };
}

export function withoutTool(conversation: Conversation, index: number): Conversation {
  const tools = conversation.tools ?? [];
  const gone = tools[index];
  if (!gone) return conversation;
  const { toolChoice, ...rest } = conversation;
  const rest2 = { ...rest, tools: tools.filter((_, i) => i !== index) };
  const keepChoice =
    !(typeof toolChoice === 'object' && toolChoice.name === gone.name) && toolChoice !== undefined;
  const next: Conversation = keepChoice ? { ...rest2, toolChoice } : rest2;
  if (next.tools?.length === 0) delete next.tools;
  return next;
}

export function withToolChoice(conversation: Conversation, choice: ToolChoice | undefined): Conversation {
  const { toolChoice: _old, ...rest } = conversation;
  return choice === undefined ? rest : { ...rest, toolChoice: choice };
}

export function withParallelToolCalls(conversation: Conversation, value: boolean | undefined): Conversation {
  const { parallelToolCalls: _old, ...rest } = conversation;
  return value === undefined ? rest : { ...rest, parallelToolCalls: value };
}

export function withResponseFormat(
  conversation: Conversation,
  format: ResponseFormat | undefined,
): Conversation {
  const { responseFormat: _old, ...rest } = conversation;
  return format === undefined ? rest : { ...rest, responseFormat: format };
}

/** The value of the "Tool choice" select for a choice ('' = not sent). */
export function choiceValue(choice: ToolChoice | undefined): string {
  if (choice === undefined) return '';
  return typeof choice === 'object' ? `tool:${choice.name}` : choice;
}

export function choiceOf(value: string): ToolChoice | undefined {
  if (value === '') return undefined;
  if (value.startsWith('tool:')) return { name: value.slice(5) };
  return value === 'auto' || value === 'none' || value === 'required' ? value : undefined;
}
