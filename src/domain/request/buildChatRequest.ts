import type { Conversation, Turn } from '@/domain/conversation';
import type { ChatCompletionRequest, ChatMessage, ContentPart, JsonValue } from '@/lib/api';
import { setOwn } from '@/lib/json';
import { OWNED_FIELDS } from './ownedFields';

export interface ChatRequestInput {
  model: string;
  conversation: Conversation;
  /** Parameters that will be sent, already filtered (see params/sentParams) and in schema order. */
  params: Record<string, unknown>;
  stream: boolean;
}

function turnContent(turn: Turn): string | ContentPart[] {
  const images = turn.images.filter((url) => url.trim() !== '');
  if (images.length === 0) return turn.text;
  const parts: ContentPart[] = [];
  if (turn.text !== '') parts.push({ type: 'text', text: turn.text });
  for (const url of images) parts.push({ type: 'image_url', image_url: { url } });
  return parts;
}

export function buildMessages(conversation: Conversation): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (conversation.system.trim() !== '') messages.push({ role: 'system', content: conversation.system });
  for (const turn of conversation.turns) messages.push({ role: turn.role, content: turnContent(turn) });
  return messages;
}

/**
 * The exact JSON body the workbench sends. Key order is part of the contract: model, messages, the
 * parameters in schema order, then the streaming switches. Snippets print this object as it is.
 */
export function buildChatRequest(input: ChatRequestInput): ChatCompletionRequest {
  const request: ChatCompletionRequest = { model: input.model, messages: buildMessages(input.conversation) };
  for (const [name, value] of Object.entries(input.params)) {
    if (value === undefined || OWNED_FIELDS.has(name)) continue;
    // Own entry even for a parameter named "__proto__" (plain assignment would set the prototype).
    setOwn(request as Record<string, unknown>, name, value as JsonValue);
  }
  if (input.stream) {
    request.stream = true;
    // Without this, OpenAI-compatible servers send no usage in a stream, and cost/tokens-per-second
    // would have to be guessed.
    request.stream_options = { include_usage: true };
  }
  return request;
}
