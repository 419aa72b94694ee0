// The demo catalog. Schemas deliberately differ the way real Oxen models do: which field carries the
// schema, $ref/$defs, oneOf/anyOf, a null schema and an unrenderable one, so the client's handling of
// each can be exercised without a network.
import { brokenSchema, claudeSchema, reasoningSchema, structuredSchema, visionSchema } from './schemas.ts';

export interface DemoModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  display_name: string;
  description: string;
  developer: { name: string };
  capabilities: { input: string[]; output: string[] };
  pricing: {
    method: 'token';
    input_cost_per_token: number;
    output_cost_per_token: number;
    cached_input_cost_per_token?: number;
  };
  context_length: number;
  endpoint: '/chat/completions';
  json_request_schema?: unknown;
  request_schema?: unknown;
  /** Body keys the model refuses outright, as reasoning models do with sampling knobs. Not sent to clients. */
  unsupported?: string[];
  /** Streams reasoning before the answer and reports reasoning and cached tokens. Not sent to clients. */
  reasoning?: boolean;
}

const TEXT = { input: ['text'], output: ['text'] };
const TEXT_IMAGE = { input: ['text', 'image'], output: ['text'] };

function pricing(
  inputPerMillion: number,
  outputPerMillion: number,
  cachedPerMillion?: number,
): DemoModel['pricing'] {
  const out: DemoModel['pricing'] = {
    method: 'token',
    input_cost_per_token: inputPerMillion / 1_000_000,
    output_cost_per_token: outputPerMillion / 1_000_000,
  };
  if (cachedPerMillion !== undefined) out.cached_input_cost_per_token = cachedPerMillion / 1_000_000;
  return out;
}

export const DEMO_MODELS: readonly DemoModel[] = [
  {
    id: 'claude-sonnet-4-20250514',
    object: 'model',
    created: 1747699200,
    owned_by: 'anthropic',
    display_name: 'Claude Sonnet 4 (demo)',
    description: 'A stand-in for Claude Sonnet 4: balanced quality and speed. Replies are generated locally.',
    developer: { name: 'Anthropic' },
    capabilities: TEXT_IMAGE,
    pricing: pricing(3, 15),
    context_length: 200000,
    endpoint: '/chat/completions',
    json_request_schema: claudeSchema,
  },
  {
    id: 'reasoning-mini-demo',
    object: 'model',
    created: 1735689600,
    owned_by: 'demo',
    display_name: 'Reasoning Mini (demo)',
    description:
      'A small reasoning model: streams its reasoning before the answer and reports reasoning and cached tokens. Takes reasoning_effort instead of temperature.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT,
    // Cached prompt tokens cost a quarter, as on OpenAI's small reasoning models.
    pricing: pricing(1.1, 4.4, 0.275),
    context_length: 128000,
    endpoint: '/chat/completions',
    request_schema: reasoningSchema,
    unsupported: ['temperature'],
    reasoning: true,
  },
  {
    id: 'vision-demo',
    object: 'model',
    created: 1730419200,
    owned_by: 'demo',
    display_name: 'Vision (demo)',
    description: 'Accepts images alongside text. Its schema uses $ref and $defs.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT_IMAGE,
    pricing: pricing(0.5, 1.5),
    context_length: 32000,
    endpoint: '/chat/completions',
    json_request_schema: visionSchema,
  },
  {
    id: 'structured-demo',
    object: 'model',
    created: 1725148800,
    owned_by: 'demo',
    display_name: 'Structured (demo)',
    description: 'Nested and array parameters: response_format, stop as string or list, n choices.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT,
    pricing: pricing(0.15, 0.6),
    context_length: 64000,
    endpoint: '/chat/completions',
    json_request_schema: structuredSchema,
  },
  {
    id: 'plain-demo',
    object: 'model',
    created: 1719792000,
    owned_by: 'demo',
    display_name: 'Plain (demo)',
    description: 'Publishes no parameter schema, like most OpenAI-compatible servers.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT,
    pricing: pricing(0.1, 0.1),
    context_length: 8192,
    endpoint: '/chat/completions',
    json_request_schema: null,
  },
  {
    id: 'broken-schema-demo',
    object: 'model',
    created: 1714521600,
    owned_by: 'demo',
    display_name: 'Broken schema (demo)',
    description: 'Publishes a schema no form can render; the workbench should fall back to a JSON editor.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT,
    pricing: pricing(0.2, 0.2),
    context_length: 4096,
    endpoint: '/chat/completions',
    json_request_schema: brokenSchema,
  },
];

export function findModel(id: string): DemoModel | undefined {
  return DEMO_MODELS.find((m) => m.id === id);
}

/** The client-facing model: internal fields dropped, schema fields dropped too for list entries. */
export function publicModel(model: DemoModel, withSchema: boolean): Record<string, unknown> {
  const {
    unsupported: _internal,
    reasoning: _reasoning,
    json_request_schema,
    request_schema,
    ...rest
  } = model;
  if (!withSchema) return rest;
  const out: Record<string, unknown> = { ...rest };
  if ('json_request_schema' in model) out.json_request_schema = json_request_schema;
  if ('request_schema' in model) out.request_schema = request_schema;
  return out;
}

export function modelSchema(model: DemoModel): unknown {
  return model.json_request_schema ?? model.request_schema ?? null;
}
