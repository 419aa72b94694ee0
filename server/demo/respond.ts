import { completionJson, newMeta, streamEvents, usageOf } from './completion.ts';
import { generate } from './generator.ts';
import { type Fault, pacedSse } from './pacedStream.ts';
import { readGenerationParams } from './params.ts';
import { countPromptTokens, lastUserText } from './tokens.ts';

export interface RespondOptions {
  /** Echoed as the completion's model; the capture endpoint passes ids the demo doesn't know. */
  modelId: string;
  body: Record<string, unknown>;
  pace: number;
  fault?: Fault;
  signal?: AbortSignal;
}

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache',
  // Keeps buffering reverse proxies (nginx) from holding the stream back.
  'X-Accel-Buffering': 'no',
};

/** Generates a completion for an already-accepted body and answers as JSON or as an SSE stream. */
export function completionResponse(opts: RespondOptions): Response {
  const messages = Array.isArray(opts.body.messages) ? opts.body.messages : [];
  const choices = generate(lastUserText(messages), readGenerationParams(opts.body));
  const usage = usageOf(countPromptTokens(messages), choices);
  const meta = newMeta(opts.modelId);
  if (opts.body.stream !== true) return Response.json(completionJson(meta, choices, usage));
  const streamOptions = opts.body.stream_options as { include_usage?: unknown } | null | undefined;
  const events = streamEvents(meta, choices, streamOptions?.include_usage === true ? usage : undefined);
  const stream = pacedSse(events, { pace: opts.pace, fault: opts.fault, signal: opts.signal });
  return new Response(stream, { headers: SSE_HEADERS });
}
