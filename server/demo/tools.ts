// Which tools the demo calls, and the tool results it answers from. Read leniently: the demo routes have
// validated the body already, the capture endpoint accepts anything.
import { type ContentFault, type DemoFaults, hasFault } from './faults.ts';
import { isSchema } from './schemaValue.ts';

export interface DemoTool {
  name: string;
  parameters: unknown;
}

/** A tool the demo decided to call; `name` may be one that is not in `tools` (the tool-unknown fault). */
export interface PlannedCall {
  name: string;
  parameters: unknown;
}

export interface ToolResult {
  /** The called tool's name, from the assistant message whose tool_calls the result answers. */
  name?: string;
  callId: string;
  content: string;
}

export const UNKNOWN_TOOL = 'not_a_tool';

export function readTools(body: Record<string, unknown>): DemoTool[] {
  if (!Array.isArray(body.tools)) return [];
  const tools: DemoTool[] = [];
  for (const entry of body.tools) {
    const fn = isSchema(entry) && isSchema(entry.function) ? entry.function : undefined;
    if (fn && typeof fn.name === 'string' && fn.name !== '')
      tools.push({ name: fn.name, parameters: fn.parameters });
  }
  return tools;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the prompt names the tool as a word of its own (case-insensitive), or -1. */
function mentionAt(prompt: string, name: string): number {
  const m = new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'iu').exec(prompt);
  return m ? m.index + (m[1]?.length ?? 0) : -1;
}

function namedChoice(choice: unknown): string | undefined {
  if (!isSchema(choice) || !isSchema(choice.function)) return undefined;
  return typeof choice.function.name === 'string' ? choice.function.name : undefined;
}

function lastRole(messages: readonly unknown[]): unknown {
  const last = messages[messages.length - 1];
  return isSchema(last) ? last.role : undefined;
}

/**
 * The demo's tool-calling rules, answering a user message: tool_choice "required" calls the tools the prompt
 * names (the first tool when it names none), a named tool_choice calls that tool, auto calls every tool the
 * prompt names in order of mention (only the first when parallel_tool_calls is false), "none" never calls.
 */
export function chooseTools(
  body: Record<string, unknown>,
  messages: readonly unknown[],
  prompt: string,
): DemoTool[] {
  const tools = readTools(body);
  if (tools.length === 0 || lastRole(messages) !== 'user') return [];
  const choice = body.tool_choice;
  if (choice === 'none') return [];
  const named = namedChoice(choice);
  if (named !== undefined) return tools.filter((t) => t.name === named).slice(0, 1);
  const mentioned = tools
    .map((tool) => ({ tool, at: mentionAt(prompt, tool.name) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => m.tool);
  const chosen = mentioned.length > 0 ? mentioned : choice === 'required' && tools[0] ? [tools[0]] : [];
  return body.parallel_tool_calls === false ? chosen.slice(0, 1) : chosen;
}

const TOOL_FAULTS: readonly ContentFault[] = ['tool-args-invalid', 'tool-args-not-json', 'tool-unknown'];

/** The calls to make, faults applied: a tool fault makes sure there is a call to misbehave in. */
export function planCalls(
  body: Record<string, unknown>,
  messages: readonly unknown[],
  prompt: string,
  faults: DemoFaults | undefined,
): PlannedCall[] {
  const calls: PlannedCall[] = chooseTools(body, messages, prompt);
  const faulty = TOOL_FAULTS.some((f) => hasFault(faults, f)) && lastRole(messages) === 'user';
  const first = readTools(body)[0];
  if (faulty && calls.length === 0 && first) calls.push(first);
  if (faulty && hasFault(faults, 'tool-unknown')) {
    const unknown = {
      name: UNKNOWN_TOOL,
      parameters: { type: 'object', properties: { reason: { type: 'string' } } },
    };
    if (calls.length === 0) calls.push(unknown);
    else calls[0] = unknown;
  }
  return calls;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((p) => (isSchema(p) && typeof p.text === 'string' ? p.text : '')).join('');
}

/** The tool messages at the end of the conversation, each named after the call it answers. */
export function trailingToolResults(messages: readonly unknown[]): ToolResult[] {
  const results: ToolResult[] = [];
  let i = messages.length - 1;
  for (; i >= 0; i--) {
    const m = messages[i];
    if (!isSchema(m) || m.role !== 'tool') break;
    results.unshift({ callId: String(m.tool_call_id ?? ''), content: textOf(m.content) });
  }
  const assistant = messages[i];
  const calls = isSchema(assistant) && Array.isArray(assistant.tool_calls) ? assistant.tool_calls : [];
  for (const result of results) {
    const call = calls.find((c) => isSchema(c) && c.id === result.callId);
    const fn = isSchema(call) && isSchema(call.function) ? call.function : undefined;
    if (fn && typeof fn.name === 'string') result.name = fn.name;
  }
  return results;
}
