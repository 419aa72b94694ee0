// Builds the wire objects (chat.completion, chat.completion.chunk) from generated choices. Pure, so the
// JSON and streamed forms can be checked against each other.
import type { ChatCompletion, ChatCompletionChunk, Usage } from '../../src/lib/api/types.ts';
import type { GeneratedChoice } from './generator.ts';

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

export function newMeta(model: string): CompletionMeta {
  const id = `chatcmpl-demo-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
  return { id, created: Math.floor(Date.now() / 1000), model };
}

export function usageOf(promptTokens: number, choices: readonly GeneratedChoice[]): Usage {
  const completion = choices.reduce((sum, c) => sum + c.tokens.length, 0);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completion,
    total_tokens: promptTokens + completion,
  };
}

export function completionJson(
  meta: CompletionMeta,
  choices: readonly GeneratedChoice[],
  usage: Usage,
): ChatCompletion {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: choices.map((c, index) => ({
      index,
      message: { role: 'assistant', content: c.text },
      finish_reason: c.finishReason,
    })),
    usage,
  };
}

export interface SseEvent {
  data: string;
  /** Content-token events are the ones pacing and fault injection count. */
  isToken: boolean;
}

function chunk(meta: CompletionMeta, choices: ChatCompletionChunk['choices'], usage?: Usage): SseEvent {
  const body: ChatCompletionChunk = {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices,
  };
  if (usage) body.usage = usage;
  return { data: JSON.stringify(body), isToken: false };
}

/** Role chunks, then one chunk per token with choices interleaved, then each finish, usage, [DONE]. */
export function streamEvents(
  meta: CompletionMeta,
  choices: readonly GeneratedChoice[],
  usage: Usage | undefined,
): SseEvent[] {
  const events: SseEvent[] = choices.map((_, index) =>
    chunk(meta, [{ index, delta: { role: 'assistant', content: '' }, finish_reason: null }]),
  );
  const longest = Math.max(0, ...choices.map((c) => c.tokens.length));
  for (let t = 0; t < longest; t++) {
    choices.forEach((c, index) => {
      const token = c.tokens[t];
      if (token === undefined) return;
      const event = chunk(meta, [{ index, delta: { content: token }, finish_reason: null }]);
      events.push({ ...event, isToken: true });
    });
  }
  choices.forEach((c, index) => {
    events.push(chunk(meta, [{ index, delta: {}, finish_reason: c.finishReason }]));
  });
  if (usage) events.push(chunk(meta, [], usage));
  events.push({ data: '[DONE]', isToken: false });
  return events;
}
