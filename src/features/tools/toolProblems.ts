// What is wrong with a tool definition before it is sent: its name (OpenAI allows letters, digits, "_" and "-",
// at most 64), a name used twice, and its parameters, which must be a JSON Schema for an object.

import type { ToolDefinition } from '@/domain/conversation';
import { checkSchemaText, type JsonProblem } from '@/domain/jsonCheck';
import { isRecord } from '@/lib/json';

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function nameProblem(tools: readonly ToolDefinition[], index: number): string | null {
  const name = tools[index]?.name ?? '';
  if (name === '') return 'Give the tool a name.';
  if (!NAME.test(name)) return 'A name may hold letters, digits, "_" and "-" only, at most 64.';
  if (tools.findIndex((t) => t.name === name) !== index) return `Another tool is already named "${name}".`;
  return null;
}

/** The problems of a parameters text, each at its path, and a notice when it is not an object schema. */
export function parametersProblems(text: string): { problems: JsonProblem[]; notes: string[] } {
  const check = checkSchemaText(text);
  if (!check.ok) return { problems: check.problems, notes: [] };
  const schema = check.schema;
  if (!isRecord(schema) || (schema.type !== undefined && schema.type !== 'object'))
    return {
      problems: [{ path: '/type', message: 'a tool’s parameters are an object: "type": "object"' }],
      notes: [],
    };
  return { problems: [], notes: check.notes };
}
