// Prompt variables: `{{name}}` in the system prompt or a turn's text is filled from a value per name — the
// Variables panel's for a single run, a test case's for each cell of an evaluation. `\{{` writes a literal `{{`.
// Only text is touched: image URLs, tool definitions and tool-call arguments are sent as they are.

import type { Conversation, Turn } from '@/domain/conversation';

/** A variable's name: a letter or underscore, then letters, digits, underscores, dots or dashes. */
export const VARIABLE_NAME = /^[A-Za-z_][\w.-]*$/;

/** `\{{` (escaped), or `{{ name }}` with optional spaces inside the braces. */
const TOKEN = /\\\{\{|\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** The variables of one text, in order of first appearance, each once. */
export function variablesInText(text: string): string[] {
  const names: string[] = [];
  if (!text.includes('{{')) return names;
  for (const match of text.matchAll(TOKEN)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

function textsOf(conversation: Conversation): string[] {
  return [conversation.system, ...conversation.turns.map((turn) => turn.text)];
}

/** Every variable of the conversation (system prompt first, then the turns), each once. */
export function conversationVariables(conversation: Conversation): string[] {
  const names: string[] = [];
  for (const text of textsOf(conversation))
    for (const name of variablesInText(text)) if (!names.includes(name)) names.push(name);
  return names;
}

/** Values by variable name. A name missing here is filled with the empty string (the caller asks first). */
export type VariableValues = Readonly<Record<string, string>>;

const variableValue = (values: VariableValues, name: string): string =>
  Object.hasOwn(values, name) ? (values[name] ?? '') : '';

/** The text with every `{{name}}` replaced by its value and every `\{{` by `{{`. Values are inserted as they
 * are: a value holding `{{x}}` is not filled again. */
export function fillText(text: string, values: VariableValues): string {
  if (!text.includes('{{')) return text;
  return text.replace(TOKEN, (_whole, name: string | undefined) =>
    name === undefined ? '{{' : variableValue(values, name),
  );
}

function fillTurn(turn: Turn, values: VariableValues): Turn {
  const text = fillText(turn.text, values);
  return text === turn.text ? turn : { ...turn, text };
}

/** The conversation as it is sent: variables filled in the system prompt and in each turn's text. Returns the
 * same object when nothing changes (no variable and no escape), so memoised requests keep their identity. */
export function fillConversation(conversation: Conversation, values: VariableValues): Conversation {
  const system = fillText(conversation.system, values);
  const turns = conversation.turns.map((turn) => fillTurn(turn, values));
  const same = system === conversation.system && turns.every((turn, i) => turn === conversation.turns[i]);
  return same ? conversation : { ...conversation, system, turns };
}

/** The names among `names` whose value is empty or absent (Run asks before sending them empty). */
export function emptyVariables(names: readonly string[], values: VariableValues): string[] {
  return names.filter((name) => variableValue(values, name).trim() === '');
}
