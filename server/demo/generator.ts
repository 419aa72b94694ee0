import { type DemoFaults, hasFault } from './faults.ts';
import { composeJsonForSchema, composeJsonObject } from './jsonText.ts';
import type { GenerationParams } from './params.ts';
import { createPicker, hashString, toUint32 } from './prng.ts';
import { composeProse, topicOf } from './prose.ts';
import { composeReasoning } from './reasoning.ts';
import { type Answerer, taskAnswer } from './tasks.ts';
import { tokenize } from './tokens.ts';
import { composeToolAnswer } from './toolAnswer.ts';
import { type GeneratedToolCall, generateToolCall } from './toolArgs.ts';
import type { PlannedCall, ToolResult } from './tools.ts';

export type FinishReason = 'stop' | 'length' | 'tool_calls';

export interface GeneratedChoice {
  /** Streamed one per SSE event; joined they are exactly `text`. Empty when the choice calls tools. */
  tokens: string[];
  text: string;
  finishReason: FinishReason;
  /** The reasoning model's thinking, streamed before the answer, one token per event. */
  reasoning?: string[];
  /** When present the answer is these calls (content null), in index order. */
  toolCalls?: GeneratedToolCall[];
  /** Pictures the answer carries after its text (data: URLs), sent in one piece each. */
  images?: string[];
}

/** What the conversation asks of the demo besides the prompt text. */
export interface Situation {
  /** The tools to call; empty for a text (or structured) answer. */
  calls: readonly PlannedCall[];
  /** The tool results to answer from, when the conversation ends with tool messages. */
  toolResults: readonly ToolResult[];
  reasoning: boolean;
  faults?: DemoFaults;
  /** Mixed into call ids so each turn of a conversation gets its own. */
  turn: number;
  /** How the model answers recognised tasks (tasks.ts); absent: bare and always right. */
  answerer?: Answerer;
  /** Prose is one short paragraph (the fast model). */
  brief?: boolean;
}

const PLAIN: Situation = { calls: [], toolResults: [], reasoning: false, turn: 0 };

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

function draft(seed: number, prompt: string, params: GenerationParams, situation: Situation): string {
  // The prompt is mixed in so different questions get different replies under the same seed.
  const context = hashString(prompt);
  const pk = createPicker(toUint32(seed) ^ context, context, params);
  const format = params.responseFormat;
  if (format.type === 'json_object' || format.type === 'json_schema') {
    const json =
      format.type === 'json_object'
        ? composeJsonObject(pk, prompt)
        : composeJsonForSchema(pk, prompt, format.schema);
    // Cut short: an unclosed object, which no JSON parser accepts (a model that stopped mid-output).
    return hasFault(situation.faults, 'output-not-json') ? json.slice(0, Math.ceil(json.length * 0.6)) : json;
  }
  if (situation.toolResults.length > 0) return composeToolAnswer(pk, prompt, situation.toolResults);
  // Seed-independent on purpose: an evaluation run twice must give the same grid.
  const task = taskAnswer(prompt, situation.answerer);
  if (task !== undefined) return task;
  return composeProse(pk, prompt, { effort: params.effort, brief: situation.brief });
}

function reasoningFor(
  seed: number,
  prompt: string,
  params: GenerationParams,
  situation: Situation,
): string[] {
  const context = hashString(`reasoning:${prompt}`);
  const pk = createPicker(toUint32(seed) ^ context, context, params);
  const text = composeReasoning(pk, prompt, {
    effort: params.effort,
    calls: situation.calls.map((c) => c.name),
    results: situation.toolResults.map((r) => r.name ?? r.callId),
    structured: params.responseFormat.type !== 'text' && situation.calls.length === 0,
  });
  return tokenize(text);
}

function toolCallsFor(
  seed: number,
  prompt: string,
  params: GenerationParams,
  situation: Situation,
): GeneratedToolCall[] {
  const topic = topicOf(prompt);
  return situation.calls.map((call, index) =>
    generateToolCall(
      call,
      `${seed}:${situation.turn}:${index}:${call.name}:${prompt}`,
      toUint32(seed + index),
      topic,
      params.temperature,
      situation.faults,
    ),
  );
}

/** One choice: the full draft, cut at the first stop sequence, then capped at maxTokens. */
export function generateChoice(
  seed: number,
  prompt: string,
  params: GenerationParams,
  situation: Situation = PLAIN,
  argsSeed = seed,
): GeneratedChoice {
  const reasoning = situation.reasoning ? { reasoning: reasoningFor(seed, prompt, params, situation) } : {};
  if (situation.calls.length > 0) {
    const toolCalls = toolCallsFor(argsSeed, prompt, params, situation);
    return { tokens: [], text: '', finishReason: 'tool_calls', toolCalls, ...reasoning };
  }
  let text = draft(seed, prompt, params, situation);
  const cut = earliestStop(text, params.stop);
  if (cut >= 0) text = text.slice(0, cut);
  let tokens = tokenize(text);
  let finishReason: FinishReason = 'stop';
  if (params.maxTokens !== undefined && tokens.length > params.maxTokens) {
    tokens = tokens.slice(0, params.maxTokens);
    finishReason = 'length';
  }
  return { tokens, text: tokens.join(''), finishReason, ...reasoning };
}

/** Choice i uses seed + i, so a client can reproduce any single choice with n = 1. Tool arguments are
 * reproducible even without a seed (derived from the prompt then), so a tool-call flow can be replayed. */
export function generate(
  prompt: string,
  params: GenerationParams,
  situation: Situation = PLAIN,
): GeneratedChoice[] {
  const seed = params.seed ?? randomSeed();
  const argsSeed = params.seed ?? hashString(`${situation.turn}:${prompt}`);
  return Array.from({ length: params.n }, (_, i) =>
    generateChoice(seed + i, prompt, params, situation, argsSeed + i),
  );
}
