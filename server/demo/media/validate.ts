// Checks a media request against its model's schema before a job is queued, as Oxen does at submit time:
// a bad body is a 422 then, while what the model only refuses at generation time (pixel-art's 21:9) fails
// the job later.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { type DemoEndpoint, type DemoModel, findModel, modelSchema } from '../models.ts';

export type MediaEndpoint = Exclude<DemoEndpoint, '/chat/completions'>;

export type MediaValidation =
  | { ok: true; model: DemoModel; endpoint: MediaEndpoint; body: Record<string, unknown> }
  | { ok: false; status: 400 | 404 | 422; message: string; param?: string; code: string };

// strict: false for Oxen's hint keywords (basic, x-order, renderType); formats are not checked (the demo
// never fetches image_url), which also keeps ajv from warning about the unknown `uri` format.
const ajv = new Ajv({ strict: false, validateFormats: false });
const compiled = new Map<string, ValidateFunction>();

export function isMediaEndpoint(endpoint: DemoEndpoint): endpoint is MediaEndpoint {
  return endpoint !== '/chat/completions';
}

function validatorFor(model: DemoModel): ValidateFunction {
  let fn = compiled.get(model.id);
  if (!fn) {
    fn = ajv.compile(modelSchema(model) as object);
    compiled.set(model.id, fn);
  }
  return fn;
}

function explain(error: ErrorObject): { message: string; param?: string } {
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
    return { message: `${missing} is required`, param: missing };
  }
  const param = error.instancePath.split('/')[1];
  const path = error.instancePath.slice(1).replace(/\//g, '.');
  return { message: `${path || 'body'} ${error.message ?? 'is invalid'}`, ...(param ? { param } : {}) };
}

/** The prompt rule of video models: exactly one of prompt and multi_prompt. */
function promptProblem(model: DemoModel, body: Record<string, unknown>): string | undefined {
  if (model.endpoint !== '/videos/generate') return undefined;
  const hasPrompt = typeof body.prompt === 'string' && body.prompt !== '';
  const hasMulti = Array.isArray(body.multi_prompt) && body.multi_prompt.length > 0;
  if (hasPrompt && hasMulti) return 'Provide either prompt or multi_prompt, not both';
  if (!hasPrompt && !hasMulti) return 'Provide prompt or multi_prompt';
  return undefined;
}

/** `endpoint` is the direct route the body came to, if any; the queue takes every media model. */
export function validateMediaRequest(body: unknown, endpoint?: MediaEndpoint): MediaValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'Request body must be a JSON object', code: 'invalid_json' };
  }
  const req = body as Record<string, unknown>;
  if (typeof req.model !== 'string' || req.model === '') {
    return {
      ok: false,
      status: 422,
      message: 'You must specify a model to call',
      param: 'model',
      code: 'missing_required_parameter',
    };
  }
  const model = findModel(req.model);
  if (!model) {
    return {
      ok: false,
      status: 404,
      message: `Model not found: ${req.model}`,
      param: 'model',
      code: 'model_not_found',
    };
  }
  if (!isMediaEndpoint(model.endpoint) || (endpoint && model.endpoint !== endpoint)) {
    const where = isMediaEndpoint(model.endpoint) ? model.endpoint : '/chat/completions';
    return {
      ok: false,
      status: 422,
      message: `${model.id} cannot be called here: its endpoint is ${where}`,
      param: 'model',
      code: 'invalid_params',
    };
  }
  const validate = validatorFor(model);
  if (!validate(req)) {
    const last = validate.errors?.[validate.errors.length - 1];
    const problem = last ? explain(last) : { message: 'Invalid parameters' };
    return { ok: false, status: 422, code: 'invalid_params', ...problem };
  }
  const prompt = promptProblem(model, req);
  if (prompt) return { ok: false, status: 422, message: prompt, param: 'prompt', code: 'invalid_params' };
  return { ok: true, model, endpoint: model.endpoint, body: req };
}
