import { composeJsonForSchema, composeJsonObject } from './jsonText.ts';
import type { GenerationParams } from './params.ts';
import { createPicker, hashString, toUint32 } from './prng.ts';
import { composeProse } from './prose.ts';
import { tokenize } from './tokens.ts';

export type FinishReason = 'stop' | 'length';

export interface GeneratedChoice {
  /** Streamed one per SSE event; joined they are exactly `text`. */
  tokens: string[];
  text: string;
  finishReason: FinishReason;
}

function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

function earliestStop(text: string, stops: readonly string[]): number {
  let cut = -1;
  for (const stop of stops) {
    const at = text.indexOf(stop);
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut;
}

function draft(seed: number, prompt: string, params: GenerationParams): string {
  // The prompt is mixed in so different questions get different replies under the same seed.
  const context = hashString(prompt);
  const pk = createPicker(toUint32(seed) ^ context, context, params);
  const format = params.responseFormat;
  if (format.type === 'json_object') return composeJsonObject(pk, prompt);
  if (format.type === 'json_schema') return composeJsonForSchema(pk, prompt, format.schema);
  return composeProse(pk, prompt, { effort: params.effort });
}

/** One choice: the full draft, cut at the first stop sequence, then capped at maxTokens. */
export function generateChoice(seed: number, prompt: string, params: GenerationParams): GeneratedChoice {
  let text = draft(seed, prompt, params);
  const cut = earliestStop(text, params.stop);
  if (cut >= 0) text = text.slice(0, cut);
  let tokens = tokenize(text);
  let finishReason: FinishReason = 'stop';
  if (params.maxTokens !== undefined && tokens.length > params.maxTokens) {
    tokens = tokens.slice(0, params.maxTokens);
    finishReason = 'length';
  }
  return { tokens, text: tokens.join(''), finishReason };
}

/** Choice i uses seed + i, so a client can reproduce any single choice with n = 1. */
export function generate(prompt: string, params: GenerationParams): GeneratedChoice[] {
  const seed = params.seed ?? randomSeed();
  return Array.from({ length: params.n }, (_, i) => generateChoice(seed + i, prompt, params));
}
