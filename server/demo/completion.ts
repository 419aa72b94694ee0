// Builds the wire objects (chat.completion, chat.completion.chunk) from generated choices. Pure, so the
// JSON and streamed forms can be checked against each other.
import type { GeneratedChoice } from './generator.ts';
import type { WireChunk, WireCompletion, WireDelta, WireImage, WireMessage, WireUsage } from './wire.ts';

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

export function newMeta(model: string): CompletionMeta {
  const id = `chatcmpl-demo-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
  return { id, created: Math.floor(Date.now() / 1000), model };
}

/** Tokens a choice streams: reasoning, content, and per tool call its first fragment and argument pieces. */
function completionTokens(c: GeneratedChoice): number {
  const calls = (c.toolCalls ?? []).reduce((sum, call) => sum + 1 + call.pieces.length, 0);
  return (c.reasoning?.length ?? 0) + c.tokens.length + calls;
}

export interface UsageDetails {
  /** Report reasoning and cached tokens, as reasoning models do. */
  detailed: boolean;
  cachedTokens: number;
}

export function usageOf(
  promptTokens: number,
  choices: readonly GeneratedChoice[],
  details: UsageDetails = { detailed: false, cachedTokens: 0 },
): WireUsage {
  const completion = choices.reduce((sum, c) => sum + completionTokens(c), 0);
  const usage: WireUsage = {
    prompt_tokens: promptTokens,
    completion_tokens: completion,
    total_tokens: promptTokens + completion,
  };
  if (details.detailed) {
    // Reasoning tokens are part of completion_tokens, as OpenAI counts them.
    const reasoning = choices.reduce((sum, c) => sum + (c.reasoning?.length ?? 0), 0);
    usage.completion_tokens_details = { reasoning_tokens: reasoning };
    usage.prompt_tokens_details = { cached_tokens: details.cachedTokens };
  }
  return usage;
}

function wireImage(url: string): WireImage {
  return { type: 'image_url', image_url: { url } };
}

function messageOf(c: GeneratedChoice): WireMessage {
  const message: WireMessage = { role: 'assistant', content: c.toolCalls ? null : c.text };
  if (c.reasoning) message.reasoning_content = c.reasoning.join('');
  if (c.images?.length) message.images = c.images.map(wireImage);
  if (c.toolCalls) {
    message.tool_calls = c.toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  return message;
}

export function completionJson(
  meta: CompletionMeta,
  choices: readonly GeneratedChoice[],
  usage: WireUsage,
): WireCompletion {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: choices.map((c, index) => ({ index, message: messageOf(c), finish_reason: c.finishReason })),
    usage,
  };
}

export interface SseEvent {
  data: string;
  /** Token events (reasoning, content, tool-call fragments) are the ones pacing and fault injection count. */
  isToken: boolean;
}

function chunk(meta: CompletionMeta, choices: WireChunk['choices'], usage?: WireUsage): string {
  const body: WireChunk = {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices,
  };
  if (usage) body.usage = usage;
  return JSON.stringify(body);
}

/** A choice's token deltas in order: reasoning, then content, then each tool call (first fragment with id,
 * type, name and empty arguments, then the argument pieces), calls one after another by index. */
function tokenDeltas(c: GeneratedChoice): WireDelta[] {
  const deltas: WireDelta[] = [];
  for (const token of c.reasoning ?? []) deltas.push({ reasoning_content: token });
  for (const token of c.tokens) deltas.push({ content: token });
  // A picture is not streamed in pieces: each comes whole in its own chunk, after the text.
  for (const url of c.images ?? []) deltas.push({ images: [wireImage(url)] });
  (c.toolCalls ?? []).forEach((call, index) => {
    deltas.push({
      tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
    });
    for (const piece of call.pieces) deltas.push({ tool_calls: [{ index, function: { arguments: piece } }] });
  });
  return deltas;
}

/** Role chunks, then one chunk per token with choices interleaved, then each finish, usage, [DONE]. */
export function streamEvents(
  meta: CompletionMeta,
  choices: readonly GeneratedChoice[],
  usage: WireUsage | undefined,
): SseEvent[] {
  const events: SseEvent[] = choices.map((c, index) => ({
    data: chunk(meta, [
      { index, delta: { role: 'assistant', content: c.toolCalls ? null : '' }, finish_reason: null },
    ]),
    isToken: false,
  }));
  const perChoice = choices.map(tokenDeltas);
  const longest = Math.max(0, ...perChoice.map((d) => d.length));
  for (let t = 0; t < longest; t++) {
    perChoice.forEach((deltas, index) => {
      const delta = deltas[t];
      if (delta) events.push({ data: chunk(meta, [{ index, delta, finish_reason: null }]), isToken: true });
    });
  }
  choices.forEach((c, index) => {
    events.push({ data: chunk(meta, [{ index, delta: {}, finish_reason: c.finishReason }]), isToken: false });
  });
  if (usage) events.push({ data: chunk(meta, [], usage), isToken: false });
  events.push({ data: '[DONE]', isToken: false });
  return events;
}
