import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { checkMessages } from './messages.ts';
import { type DemoModel, findModel, modelSchema } from './models.ts';
import { checkToolRules } from './toolRules.ts';

export type Validation =
  | { ok: true; model: DemoModel; body: Record<string, unknown> }
  | { ok: false; status: 400 | 404; message: string; param?: string; code?: string };

// The standard OpenAI chat-completions rules. They apply to every parameter the model's own schema does
// not describe, which is also how a model without a (usable) schema gets validated.
const COMMON_PROPERTIES: Record<string, object> = {
  stream: { type: 'boolean' },
  stream_options: {
    type: ['object', 'null'],
    properties: { include_usage: { type: 'boolean' } },
  },
  temperature: { type: 'number', minimum: 0, maximum: 2 },
  top_p: { type: 'number', minimum: 0, maximum: 1 },
  top_k: { type: 'integer', minimum: 0 },
  max_tokens: { type: 'integer', minimum: 1 },
  max_completion_tokens: { type: 'integer', minimum: 1 },
  n: { type: 'integer', minimum: 1, maximum: 8 },
  seed: { type: 'integer' },
  stop: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, maxItems: 4 }] },
  frequency_penalty: { type: 'number', minimum: -2, maximum: 2 },
  presence_penalty: { type: 'number', minimum: -2, maximum: 2 },
  logprobs: { type: 'boolean' },
  response_format: {
    type: 'object',
    required: ['type'],
    properties: { type: { enum: ['text', 'json_object', 'json_schema'] } },
  },
};
const OWNED = new Set(['model', 'messages', 'stream', 'stream_options']);

// strict: false because Oxen schemas carry extension keywords (basic, x-order) that are hints, not errors.
const ajv = new Ajv({ strict: false, allErrors: false });
const validators = new Map<string, { own: ValidateFunction | null; common: ValidateFunction }>();

function ownProperties(schema: unknown): Set<string> {
  const props = (schema as { properties?: unknown } | null)?.properties;
  return new Set(typeof props === 'object' && props !== null ? Object.keys(props) : []);
}

function validatorsFor(model: DemoModel) {
  let entry = validators.get(model.id);
  if (entry) return entry;
  const schema = modelSchema(model);
  let own: ValidateFunction | null = null;
  try {
    if (schema !== null && typeof schema === 'object') own = ajv.compile(schema);
  } catch {
    // An unusable schema (the broken-schema demo) leaves only the common rules, as a lenient server would.
    own = null;
  }
  const described = own ? ownProperties(schema) : new Set<string>();
  const properties = Object.fromEntries(
    Object.entries(COMMON_PROPERTIES).filter(([name]) => OWNED.has(name) || !described.has(name)),
  );
  entry = { own, common: ajv.compile({ type: 'object', properties }) };
  validators.set(model.id, entry);
  return entry;
}

function errorText(error: ErrorObject): string {
  const path = error.instancePath
    .slice(1)
    .replace(/\/(\d+)(?=\/|$)/g, '[$1]')
    .replace(/\//g, '.');
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
    return `${path ? `${path}.` : ''}${missing} is required`;
  }
  return `${path || 'body'} ${error.message ?? 'is invalid'}`;
}

interface Failure {
  message: string;
  param?: string;
  code: string;
}

/** The top-level request member an ajv error is about. */
function paramOf(error: ErrorObject): string | undefined {
  const first = error.instancePath.split('/')[1];
  if (first) return first;
  return error.keyword === 'required'
    ? String((error.params as { missingProperty?: unknown }).missingProperty)
    : undefined;
}

function firstFailure(fn: ValidateFunction, body: unknown): Failure | undefined {
  if (fn(body)) return undefined;
  // For oneOf/anyOf, ajv lists the branch errors first and the summary last; the summary names the field.
  const errors = fn.errors ?? [];
  const last = errors[errors.length - 1];
  if (!last) return { message: 'Invalid request', code: 'invalid_value' };
  const param = paramOf(last);
  return {
    message: errorText(last),
    code: last.keyword === 'required' ? 'missing_required_parameter' : 'invalid_value',
    ...(param ? { param } : {}),
  };
}

export function validateChatRequest(body: unknown): Validation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'Request body must be a JSON object' };
  }
  const req = body as Record<string, unknown>;
  if (typeof req.model !== 'string' || req.model === '') {
    return {
      ok: false,
      status: 400,
      message: 'You must specify a model to call',
      param: 'model',
      code: 'missing_required_parameter',
    };
  }
  const model = findModel(req.model);
  if (!model) return { ok: false, status: 404, message: `Model not found: ${req.model}`, param: 'model' };
  if (model.endpoint !== '/chat/completions') {
    return {
      ok: false,
      status: 400,
      message: `${model.id} is not a chat model: submit it to /queue or ${model.endpoint}`,
      param: 'model',
      code: 'invalid_model',
    };
  }
  const messageProblem = checkMessages(req.messages);
  if (messageProblem) return { ok: false, status: 400, ...messageProblem, param: 'messages' };
  const refused = model.unsupported?.find((name) => name in req);
  if (refused) {
    return {
      ok: false,
      status: 400,
      message: `Unsupported parameter: '${refused}' is not supported with this model.`,
      param: refused,
      code: 'unsupported_parameter',
    };
  }
  const { own, common } = validatorsFor(model);
  const problem = (own && firstFailure(own, req)) || firstFailure(common, req) || checkToolRules(req);
  if (problem) return { ok: false, status: 400, ...problem };
  return { ok: true, model, body: req };
}
