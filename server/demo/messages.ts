// The rules for `messages`, including the tool-calling ones a real server enforces: an assistant message may
// carry tool_calls (and then content null), and a tool message must answer one of those calls by id.
export interface MessageProblem {
  message: string;
  code: 'invalid_value' | 'missing_required_parameter';
}

const ROLES = ['system', 'developer', 'user', 'assistant', 'tool'];

type Message = Record<string, unknown>;

const invalid = (message: string): MessageProblem => ({ message, code: 'invalid_value' });
const missing = (path: string): MessageProblem => ({
  message: `${path} is required`,
  code: 'missing_required_parameter',
});

function isObject(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkToolCalls(at: string, calls: unknown): MessageProblem | undefined {
  if (!Array.isArray(calls) || calls.length === 0)
    return invalid(`${at}.tool_calls must be a non-empty array`);
  for (const [j, call] of calls.entries()) {
    const path = `${at}.tool_calls[${j}]`;
    if (!isObject(call)) return invalid(`${path} must be an object`);
    if (call.id === undefined) return missing(`${path}.id`);
    if (typeof call.id !== 'string' || call.id === '')
      return invalid(`${path}.id must be a non-empty string`);
    if (call.type === undefined) return missing(`${path}.type`);
    if (call.type !== 'function') return invalid(`${path}.type must be 'function'`);
    if (!isObject(call.function))
      return call.function === undefined
        ? missing(`${path}.function`)
        : invalid(`${path}.function must be an object`);
    const fn = call.function;
    if (fn.name === undefined) return missing(`${path}.function.name`);
    if (typeof fn.name !== 'string' || fn.name === '')
      return invalid(`${path}.function.name must be a non-empty string`);
    if (fn.arguments === undefined) return missing(`${path}.function.arguments`);
    if (typeof fn.arguments !== 'string') {
      return invalid(`${path}.function.arguments must be a string (the arguments as JSON text)`);
    }
  }
  return undefined;
}

/** The ids a tool message at `index` may answer: those of the assistant message before the run of tool
 * messages it is part of; undefined when there is no such assistant message. */
function answerableIds(messages: readonly Message[], index: number): Set<string> | undefined {
  let i = index - 1;
  while (i >= 0 && messages[i]?.role === 'tool') i--;
  const assistant = messages[i];
  if (assistant?.role !== 'assistant' || !Array.isArray(assistant.tool_calls)) return undefined;
  return new Set(assistant.tool_calls.map((c) => (isObject(c) ? String(c.id) : '')));
}

function checkToolMessage(messages: readonly Message[], i: number): MessageProblem | undefined {
  const m = messages[i] as Message;
  const at = `messages[${i}]`;
  if (m.tool_call_id === undefined) return missing(`${at}.tool_call_id`);
  if (typeof m.tool_call_id !== 'string' || m.tool_call_id === '') {
    return invalid(`${at}.tool_call_id must be a non-empty string`);
  }
  const textParts =
    Array.isArray(m.content) &&
    m.content.every((p) => isObject(p) && p.type === 'text' && typeof p.text === 'string');
  if (typeof m.content !== 'string' && !textParts) {
    return invalid(`${at}.content must be a string (the tool's result) or an array of text parts`);
  }
  const ids = answerableIds(messages, i);
  if (!ids) return invalid(`${at}: a tool message must follow an assistant message with tool_calls`);
  if (!ids.has(m.tool_call_id)) {
    return invalid(
      `${at}.tool_call_id '${m.tool_call_id}' answers no tool call of the preceding assistant message`,
    );
  }
  return undefined;
}

export function checkMessages(messages: unknown): MessageProblem | undefined {
  if (!Array.isArray(messages)) return invalid('messages must be an array');
  if (messages.length === 0) return invalid('Messages array cannot be empty');
  for (const [i, m] of messages.entries()) {
    if (!isObject(m)) return invalid(`messages[${i}] must be an object`);
    const { role, content } = m;
    if (typeof role !== 'string' || !ROLES.includes(role)) {
      return invalid(`messages[${i}].role must be one of ${ROLES.join(', ')}`);
    }
    if (role === 'tool') {
      const problem = checkToolMessage(messages as Message[], i);
      if (problem) return problem;
      continue;
    }
    const callsTools = role === 'assistant' && m.tool_calls !== undefined;
    if (callsTools) {
      const problem = checkToolCalls(`messages[${i}]`, m.tool_calls);
      if (problem) return problem;
    }
    // An assistant message that calls tools may leave its content null or out.
    const textless = callsTools && (content === null || content === undefined);
    if (!textless && typeof content !== 'string' && !Array.isArray(content)) {
      return invalid(`messages[${i}].content must be a string or an array of content parts`);
    }
  }
  return undefined;
}
