import { withPicture } from './answerImage.ts';
import { completionJson, newMeta, streamEvents, usageOf } from './completion.ts';
import type { DemoFaults } from './faults.ts';
import { generate } from './generator.ts';
import { findModel } from './models.ts';
import { pacedSse } from './pacedStream.ts';
import { readGenerationParams } from './params.ts';
import { countPromptTokens, countTokens, lastUserText } from './tokens.ts';
import { planCalls, trailingToolResults } from './tools.ts';

export interface RespondOptions {
  /** Echoed as the completion's model; the capture endpoint passes ids the demo doesn't know. */
  modelId: string;
  body: Record<string, unknown>;
  pace: number;
  fault?: DemoFaults;
  signal?: AbortSignal;
}

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache',
  // Keeps buffering reverse proxies (nginx) from holding the stream back.
  'X-Accel-Buffering': 'no',
};

const CACHE_BLOCK = 64;

/** A stand-in for prompt caching: a follow-up turn finds the earlier prompt cached, in whole blocks. */
export function cachedTokens(promptTokens: number, messageCount: number): number {
  if (messageCount <= 1 || promptTokens < CACHE_BLOCK) return 0;
  return Math.floor(promptTokens / CACHE_BLOCK) * CACHE_BLOCK;
}

function promptTokensOf(body: Record<string, unknown>, messages: readonly unknown[]): number {
  // Tool definitions are part of the prompt a model reads, and providers bill them so.
  const tools =
    Array.isArray(body.tools) && body.tools.length > 0 ? countTokens(JSON.stringify(body.tools)) : 0;
  return countPromptTokens(messages) + tools;
}

/** Generates a completion for an already-accepted body and answers as JSON or as an SSE stream. */
export function completionResponse(opts: RespondOptions): Response {
  const messages = Array.isArray(opts.body.messages) ? opts.body.messages : [];
  const prompt = lastUserText(messages);
  const model = findModel(opts.modelId);
  const reasoning = model?.reasoning === true;
  const generated = generate(prompt, readGenerationParams(opts.body), {
    calls: planCalls(opts.body, messages, prompt, opts.fault),
    toolResults: trailingToolResults(messages),
    reasoning,
    faults: opts.fault,
    turn: messages.length,
    answerer: model && { modelId: model.id, errorRate: model.errorRate, style: model.answerStyle },
    brief: model?.brief === true,
  });
  const seed = readGenerationParams(opts.body).seed ?? 0;
  const choices = model?.draws ? generated.map((c, index) => withPicture(c, prompt, seed, index)) : generated;
  const promptTokens = promptTokensOf(opts.body, messages);
  const usage = usageOf(promptTokens, choices, {
    detailed: reasoning,
    cachedTokens: cachedTokens(promptTokens, messages.length),
  });
  const meta = newMeta(opts.modelId);
  if (opts.body.stream !== true) return Response.json(completionJson(meta, choices, usage));
  const streamOptions = opts.body.stream_options as { include_usage?: unknown } | null | undefined;
  const events = streamEvents(meta, choices, streamOptions?.include_usage === true ? usage : undefined);
  const stream = pacedSse(events, { pace: opts.pace, fault: opts.fault?.stream, signal: opts.signal });
  return new Response(stream, { headers: SSE_HEADERS });
}
