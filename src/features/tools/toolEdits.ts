// The Tools panel's edits as pure functions from one conversation to the next (the screens hand them to the
// workbench store): the tool edits of domain/conversation (which keep a named tool choice consistent), plus
// unique names for added tools, tool choice, parallel calls and the response format.

import {
  type Conversation,
  type ResponseFormat,
  type ToolChoice,
  type ToolDefinition,
  withToolRemoved,
  withToolsAdded,
  withToolUpdated,
} from '@/domain/conversation';

export function uniqueName(tools: readonly ToolDefinition[], wanted: string): string {
  if (wanted === '' || !tools.some((t) => t.name === wanted)) return wanted;
  for (let n = 2; ; n++) if (!tools.some((t) => t.name === `${wanted}_${n}`)) return `${wanted}_${n}`;
}

/** Adds tools (from a template or an import), renaming one whose name is taken ("get_weather_2"). */
export function withTools(conversation: Conversation, added: readonly ToolDefinition[]): Conversation {
  const named: ToolDefinition[] = [];
  for (const tool of added)
    named.push({ ...tool, name: uniqueName([...(conversation.tools ?? []), ...named], tool.name) });
  return withToolsAdded(conversation, named);
}

export const withToolPatch = withToolUpdated;
export const withoutTool = withToolRemoved;

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
