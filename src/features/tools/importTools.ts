// Reads a pasted OpenAI-format `tools` array (or a whole request holding one) into tool definitions, naming
// what it cannot take: an entry that is not a function, a function without a name, parameters that are not an
// object.

import type { ToolDefinition } from '@/domain/conversation';
import { readJsonText } from '@/domain/jsonCheck';
import { isRecord } from '@/lib/json';

export interface ImportedTools {
  tools: ToolDefinition[];
  problems: string[];
}

export function importTools(text: string): ImportedTools {
  const read = readJsonText(text);
  if (!read.ok) return { tools: [], problems: [`Not JSON: ${read.message}`] };
  const list = Array.isArray(read.value)
    ? read.value
    : isRecord(read.value) && Array.isArray(read.value.tools)
      ? read.value.tools
      : null;
  if (!list)
    return {
      tools: [],
      problems: ['Expected a "tools" array: [{"type": "function", "function": {...}}, …]'],
    };
  const tools: ToolDefinition[] = [];
  const problems: string[] = [];
  list.forEach((entry, i) => {
    const where = `Tool ${i + 1}`;
    if (!isRecord(entry)) return problems.push(`${where} is not an object.`);
    if (entry.type !== undefined && entry.type !== 'function')
      return problems.push(
        `${where} has type ${JSON.stringify(entry.type)}; only "function" tools can be imported.`,
      );
    const fn = isRecord(entry.function)
      ? entry.function
      : entry.type === undefined && typeof entry.name === 'string'
        ? entry
        : null;
    if (!fn) return problems.push(`${where} has no "function" object.`);
    if (typeof fn.name !== 'string' || fn.name === '') return problems.push(`${where} has no function name.`);
    if (fn.parameters !== undefined && !isRecord(fn.parameters))
      return problems.push(`${where} ("${fn.name}"): "parameters" is not an object.`);
    const tool: ToolDefinition = {
      name: fn.name,
      description: typeof fn.description === 'string' ? fn.description : '',
      parameters: JSON.stringify(fn.parameters ?? { type: 'object', properties: {} }, null, 2),
    };
    if (typeof fn.strict === 'boolean') tool.strict = fn.strict;
    tools.push(tool);
  });
  return { tools, problems };
}
