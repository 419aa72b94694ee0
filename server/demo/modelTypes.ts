// The catalog's types, apart from the catalog so media/models.ts can use them without an import cycle.
import type { AnswerStyle } from './tasks.ts';

export interface TokenPricing {
  method: 'token';
  input_cost_per_token: number;
  output_cost_per_token: number;
  cached_input_cost_per_token?: number;
}

export type DemoPricing =
  | TokenPricing
  | { method: 'per_image'; cost_per_image: number }
  | {
      method: 'per_video_output_second';
      cost_per_second: number;
      cost_per_second_high_res: number;
      cost_per_second_with_audio: number;
    };

export type DemoEndpoint = '/chat/completions' | '/images/generate' | '/videos/generate';

export interface DemoModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  display_name: string;
  description: string;
  developer: { name: string };
  capabilities: { input: string[]; output: string[] };
  pricing: DemoPricing;
  /** Chat models only: media models have no context window. */
  context_length?: number;
  endpoint: DemoEndpoint;
  json_request_schema?: unknown;
  request_schema?: unknown;
  /** Body keys the model refuses outright, as reasoning models do with sampling knobs. Not sent to clients. */
  unsupported?: string[];
  /** Streams reasoning before the answer and reports reasoning and cached tokens. Not sent to clients. */
  reasoning?: boolean;
  /** The share of recognised tasks (tasks.ts) answered wrongly, 0–1. Not sent to clients. */
  errorRate: number;
  /** Whether task answers come bare or in a sentence. Not sent to clients. */
  answerStyle: AnswerStyle;
  /** Tokens per second when the request sends no X-Demo-Pace (default: the server's demo pace). Not sent. */
  pace?: number;
  /** Prose answers are a short paragraph instead of a sectioned reply. Not sent to clients. */
  brief?: boolean;
}
