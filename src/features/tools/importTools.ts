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
  for (const [i, entry] of list.entries()) {
    const read = readTool(entry, `Tool ${i + 1}`);
    if (typeof read === 'string') problems.push(read);
    else tools.push(read);
  }
  return { tools, problems };
}

/** One entry of the array as a tool, or what is wrong with it. */
function readTool(entry: unknown, where: string): ToolDefinition | string {
  if (!isRecord(entry)) return `${where} is not an object.`;
  if (entry.type !== undefined && entry.type !== 'function')
    return `${where} has type ${JSON.stringify(entry.type)}; only "function" tools can be imported.`;
  // A bare function object ({name, parameters}) is taken too: some docs show only that part.
  const fn = isRecord(entry.function)
    ? entry.function
    : entry.type === undefined && typeof entry.name === 'string'
      ? entry
      : null;
  if (!fn) return `${where} has no "function" object.`;
  if (typeof fn.name !== 'string' || fn.name === '') return `${where} has no function name.`;
  if (fn.parameters !== undefined && !isRecord(fn.parameters))
    return `${where} ("${fn.name}"): "parameters" is not an object.`;
  const tool: ToolDefinition = {
    name: fn.name,
    description: typeof fn.description === 'string' ? fn.description : '',
    parameters: JSON.stringify(fn.parameters ?? { type: 'object', properties: {} }, null, 2),
  };
  if (typeof fn.strict === 'boolean') tool.strict = fn.strict;
  return tool;
}
