// Reads the generation-relevant parameters from a request body leniently: validation (validate.ts) has
// already rejected bad values for the demo routes, and the capture endpoint deliberately accepts anything.
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; schema: unknown };

export interface GenerationParams {
  temperature: number;
  topP?: number;
  topK?: number;
  maxTokens?: number;
  stop: string[];
  n: number;
  seed?: number;
  responseFormat: ResponseFormat;
  effort: 'low' | 'medium' | 'high';
}

// Bounds what one request can make the demo produce, whatever a lenient caller sends.
const MAX_CHOICES = 8;

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function readStop(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function readFormat(value: unknown): ResponseFormat {
  if (typeof value !== 'object' || value === null) return { type: 'text' };
  const v = value as { type?: unknown; json_schema?: unknown };
  if (v.type === 'json_object') return { type: 'json_object' };
  if (v.type === 'json_schema') {
    const js = v.json_schema as { schema?: unknown } | null | undefined;
    return { type: 'json_schema', schema: js?.schema };
  }
  return { type: 'text' };
}

export function readGenerationParams(body: Record<string, unknown>): GenerationParams {
  const effort = body.reasoning_effort;
  const maxTokens = num(body.max_completion_tokens) ?? num(body.max_tokens);
  const n = num(body.n);
  return {
    temperature: num(body.temperature) ?? 1,
    topP: num(body.top_p),
    topK: num(body.top_k),
    maxTokens: maxTokens === undefined ? undefined : Math.max(0, Math.floor(maxTokens)),
    stop: readStop(body.stop),
    n: n === undefined ? 1 : Math.min(MAX_CHOICES, Math.max(1, Math.floor(n))),
    seed: num(body.seed),
    responseFormat: readFormat(body.response_format),
    effort: effort === 'low' || effort === 'high' ? effort : 'medium',
  };
}
