// The rules for tools, tool_choice, parallel_tool_calls and response_format, applied for every model
// whatever its own schema says (a model's schema describes which values it offers; these are what any
// OpenAI-compatible server requires). The schemas inside (tool parameters, response schema) must compile.
import { Ajv } from 'ajv';

export interface RuleProblem {
  message: string;
  param: string;
  code: string;
}

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const NAME_RULE = 'must be 1 to 64 letters, digits, underscores or hyphens';
const CHOICES = ['none', 'auto', 'required'];
const FORMATS = ['text', 'json_object', 'json_schema'];

// A separate instance for schemas that arrive with requests; each is removed again after compiling, so
// nothing accumulates across requests.
const ajv = new Ajv({ strict: false, allErrors: false });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const invalid = (message: string, param: string, code = 'invalid_value'): RuleProblem => ({
  message,
  param,
  code,
});
const missing = (path: string, param: string): RuleProblem => ({
  message: `${path} is required`,
  param,
  code: 'missing_required_parameter',
});

/** Why a JSON Schema does not compile, or undefined when it does. */
export function schemaProblem(schema: Record<string, unknown>): string | undefined {
  // Draft 2020-12 and 2019-09 schemas compile as draft-07 here; the keywords the demo uses are the same.
  const { $schema: _dialect, ...body } = schema;
  try {
    ajv.compile(body);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    ajv.removeSchema(body);
  }
}

function checkTool(tool: unknown, i: number, seen: Set<string>): RuleProblem | undefined {
  const at = `tools[${i}]`;
  if (!isObject(tool)) return invalid(`${at} must be an object`, 'tools');
  if (tool.type === undefined) return missing(`${at}.type`, 'tools');
  if (tool.type !== 'function') return invalid(`${at}.type must be 'function'`, 'tools');
  const fn = tool.function;
  if (fn === undefined) return missing(`${at}.function`, 'tools');
  if (!isObject(fn)) return invalid(`${at}.function must be an object`, 'tools');
  if (fn.name === undefined) return missing(`${at}.function.name`, 'tools');
  if (typeof fn.name !== 'string' || !NAME.test(fn.name))
    return invalid(`${at}.function.name ${NAME_RULE}`, 'tools');
  if (seen.has(fn.name)) return invalid(`tools has more than one function named '${fn.name}'`, 'tools');
  seen.add(fn.name);
  if (fn.description !== undefined && typeof fn.description !== 'string') {
    return invalid(`${at}.function.description must be a string`, 'tools');
  }
  if (fn.strict !== undefined && fn.strict !== null && typeof fn.strict !== 'boolean') {
    return invalid(`${at}.function.strict must be a boolean`, 'tools');
  }
  if (fn.parameters === undefined) return undefined;
  if (!isObject(fn.parameters))
    return invalid(`${at}.function.parameters must be a JSON Schema object`, 'tools');
  const problem = schemaProblem(fn.parameters);
  return problem
    ? invalid(`Invalid schema for function '${fn.name}': ${problem}`, 'tools', 'invalid_function_parameters')
    : undefined;
}

function checkToolChoice(choice: unknown, names: Set<string>): RuleProblem | undefined {
  const shape = `tool_choice must be one of ${CHOICES.join(', ')} or {"type": "function", "function": {"name": …}}`;
  if (typeof choice === 'string') return CHOICES.includes(choice) ? undefined : invalid(shape, 'tool_choice');
  if (!isObject(choice) || choice.type !== 'function') return invalid(shape, 'tool_choice');
  if (!isObject(choice.function)) return missing('tool_choice.function', 'tool_choice');
  const name = choice.function.name;
  if (name === undefined) return missing('tool_choice.function.name', 'tool_choice');
  if (typeof name !== 'string' || !names.has(name)) {
    return invalid(`tool_choice names the function '${String(name)}', which is not in tools`, 'tool_choice');
  }
  return undefined;
}

function checkResponseFormat(format: unknown): RuleProblem | undefined {
  const param = 'response_format';
  if (!isObject(format)) return invalid('response_format must be an object', param);
  if (format.type === undefined) return missing('response_format.type', param);
  if (typeof format.type !== 'string' || !FORMATS.includes(format.type)) {
    return invalid(`response_format.type must be one of ${FORMATS.join(', ')}`, param);
  }
  if (format.type !== 'json_schema') return undefined;
  const js = format.json_schema;
  if (js === undefined) return missing('response_format.json_schema', param);
  if (!isObject(js)) return invalid('response_format.json_schema must be an object', param);
  if (js.name === undefined) return missing('response_format.json_schema.name', param);
  if (typeof js.name !== 'string' || !NAME.test(js.name)) {
    return invalid(`response_format.json_schema.name ${NAME_RULE}`, param);
  }
  if (js.description !== undefined && typeof js.description !== 'string') {
    return invalid('response_format.json_schema.description must be a string', param);
  }
  if (js.strict !== undefined && js.strict !== null && typeof js.strict !== 'boolean') {
    return invalid('response_format.json_schema.strict must be a boolean', param);
  }
  if (js.schema === undefined) return undefined;
  if (!isObject(js.schema))
    return invalid('response_format.json_schema.schema must be a JSON Schema object', param);
  const problem = schemaProblem(js.schema);
  return problem ? invalid(`Invalid schema for response_format '${js.name}': ${problem}`, param) : undefined;
}

export function checkToolRules(req: Record<string, unknown>): RuleProblem | undefined {
  const names = new Set<string>();
  if (req.tools != null) {
    if (!Array.isArray(req.tools)) return invalid('tools must be an array', 'tools');
    for (const [i, tool] of req.tools.entries()) {
      const problem = checkTool(tool, i, names);
      if (problem) return problem;
    }
  }
  for (const param of ['tool_choice', 'parallel_tool_calls'] as const) {
    if (req[param] != null && names.size === 0) {
      return invalid(`${param} is only allowed when tools are specified`, param);
    }
  }
  if (req.tool_choice != null) {
    const problem = checkToolChoice(req.tool_choice, names);
    if (problem) return problem;
  }
  if (req.parallel_tool_calls != null && typeof req.parallel_tool_calls !== 'boolean') {
    return invalid('parallel_tool_calls must be boolean', 'parallel_tool_calls');
  }
  return req.response_format === undefined ? undefined : checkResponseFormat(req.response_format);
}
