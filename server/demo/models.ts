// The demo catalog. Schemas deliberately differ the way real Oxen models do: which field carries the
// schema, $ref/$defs, oneOf/anyOf, a null schema and an unrenderable one, so the client's handling of
// each can be exercised without a network.
import { DEMO_MEDIA_MODELS } from './media/models.ts';
import type { DemoModel, TokenPricing } from './modelTypes.ts';
import { MAX_PACE } from './pacedStream.ts';
import {
  brokenSchema,
  claudeSchema,
  fastSchema,
  reasoningSchema,
  structuredSchema,
  visionSchema,
} from './schemas.ts';

export type { DemoEndpoint, DemoModel, DemoPricing, TokenPricing } from './modelTypes.ts';

const TEXT = { input: ['text'], output: ['text'] };
const TEXT_IMAGE = { input: ['text', 'image'], output: ['text'] };

function pricing(inputPerMillion: number, outputPerMillion: number, cachedPerMillion?: number): TokenPricing {
  const out: TokenPricing = {
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
    errorRate: 0,
    answerStyle: 'sentence',
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
    errorRate: 0.05,
    answerStyle: 'bare',
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
    errorRate: 0.1,
    answerStyle: 'sentence',
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
    errorRate: 0.05,
    answerStyle: 'bare',
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
    errorRate: 0.15,
    answerStyle: 'bare',
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
    errorRate: 0.1,
    answerStyle: 'sentence',
  },
  {
    id: 'fast-demo',
    object: 'model',
    created: 1704067200,
    owned_by: 'demo',
    display_name: 'Fast (demo)',
    description:
      'A small, quick model: streams at the demo maximum pace and keeps answers short, at the cost of accuracy.',
    developer: { name: 'Yoke Demo' },
    capabilities: TEXT,
    pricing: pricing(0.05, 0.2),
    context_length: 16384,
    endpoint: '/chat/completions',
    json_request_schema: fastSchema,
    errorRate: 0.25,
    answerStyle: 'bare',
    pace: MAX_PACE,
    brief: true,
  },
  {
    id: 'image-chat-demo',
    object: 'model',
    created: 1751328000,
    owned_by: 'demo',
    display_name: 'Image Chat (demo)',
    description:
      'A chat model that answers with text and one generated image, as multimodal-output models do.',
    developer: { name: 'Yoke Demo' },
    capabilities: { input: ['text'], output: ['text', 'image'] },
    pricing: pricing(0.3, 2.5),
    context_length: 32000,
    endpoint: '/chat/completions',
    json_request_schema: fastSchema,
    errorRate: 0,
    answerStyle: 'sentence',
    brief: true,
  },
  ...DEMO_MEDIA_MODELS,
];

export function findModel(id: string): DemoModel | undefined {
  return DEMO_MODELS.find((m) => m.id === id);
}

/** The client-facing model: internal fields dropped, schema fields dropped too for list entries. */
export function publicModel(model: DemoModel, withSchema: boolean): Record<string, unknown> {
  const {
    unsupported: _internal,
    reasoning: _reasoning,
    errorRate: _errorRate,
    answerStyle: _answerStyle,
    pace: _pace,
    brief: _brief,
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
