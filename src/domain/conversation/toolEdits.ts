// The Tools panel's edits of the prompt, kept consistent: a renamed tool stays the named tool choice, and with the
// last tool gone the tool choice and parallel switch go too (servers refuse them without tools).

import type { Conversation, ToolDefinition } from './conversation';

/** The parameters a new tool starts with: an object with no properties (valid, and a starting point). */
export const NEW_TOOL_PARAMETERS = '{\n  "type": "object",\n  "properties": {}\n}';

export function newTool(from: Partial<ToolDefinition> = {}): ToolDefinition {
  return { name: '', description: '', parameters: NEW_TOOL_PARAMETERS, ...from };
}

export function withToolsAdded(conversation: Conversation, tools: readonly ToolDefinition[]): Conversation {
  if (tools.length === 0) return conversation;
  return { ...conversation, tools: [...(conversation.tools ?? []), ...tools] };
}

export function withToolUpdated(
  conversation: Conversation,
  index: number,
  patch: Partial<ToolDefinition>,
): Conversation {
  const old = conversation.tools?.[index];
  if (!old) return conversation;
  const tools = (conversation.tools ?? []).map((t, i) => (i === index ? { ...t, ...patch } : t));
  const choice = conversation.toolChoice;
  const renamed =
    patch.name !== undefined && typeof choice === 'object' && choice.name === old.name
      ? { toolChoice: { name: patch.name } }
      : {};
  return { ...conversation, tools, ...renamed };
}

export function withToolRemoved(conversation: Conversation, index: number): Conversation {
  const old = conversation.tools?.[index];
  if (!old) return conversation;
  const tools = (conversation.tools ?? []).filter((_, i) => i !== index);
  const { tools: _t, toolChoice, parallelToolCalls, ...rest } = conversation;
  if (tools.length === 0) return rest;
  const stillNamed = !(typeof toolChoice === 'object' && toolChoice.name === old.name);
  return {
    ...rest,
    tools,
    ...(toolChoice !== undefined && stillNamed ? { toolChoice } : {}),
    ...(parallelToolCalls !== undefined ? { parallelToolCalls } : {}),
  };
}
