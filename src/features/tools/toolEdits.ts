// The Tools panel's small pure helpers: a unique name for an added tool, and the "Tool choice" select's values.
// The edits themselves are the workbench store's actions (domain/conversation's tool edits).

import type { ToolChoice, ToolDefinition } from '@/domain/conversation';

export function uniqueName(tools: readonly ToolDefinition[], wanted: string): string {
  if (wanted === '' || !tools.some((t) => t.name === wanted)) return wanted;
  for (let n = 2; ; n++) if (!tools.some((t) => t.name === `${wanted}_${n}`)) return `${wanted}_${n}`;
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
