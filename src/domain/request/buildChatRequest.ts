import { type Conversation, sendableTurns, type Turn } from '@/domain/conversation';
import type { ChatCompletionRequest, ChatMessage, ContentPart, JsonValue } from '@/lib/api';
import { setOwn } from '@/lib/json';
import { OWNED_FIELDS } from './ownedFields';
import { wireResponseFormat, wireToolChoice, wireTools } from './promptWire';

/**
 * Streaming as the user chose it. true streams. false is off and written as `"stream": false` — the user
 * turned the switch off, or the pasted request said so (the Oxen page writes it in its "Basic parameters").
 * null is off and unsaid: a pasted request without "stream" is sent back without one, byte for byte.
 */
export type StreamChoice = boolean | null;

/** Reads a stored or shared stream choice; anything else is the default, streaming. */
export function readStreamChoice(value: unknown): StreamChoice {
  return value === false || value === null ? value : true;
}

export interface ChatRequestInput {
  model: string;
  conversation: Conversation;
  /** Parameters that will be sent, already filtered (see params/sentParams) and in schema order. */
  params: Record<string, unknown>;
  stream: StreamChoice;
}

function turnContent(turn: Turn): string | ContentPart[] {
  const images = turn.images.filter((url) => url.trim() !== '');
  if (images.length === 0) return turn.text;
  const parts: ContentPart[] = [];
  if (turn.text !== '') parts.push({ type: 'text', text: turn.text });
  for (const url of images) parts.push({ type: 'image_url', image_url: { url } });
  return parts;
}

/** One turn as a message. An assistant turn with tool calls carries them (`"content": null` when it has no text
 * and no image); a tool turn is `{role, tool_call_id, content}` with its text only (tool messages take no
 * images), and no `tool_call_id` when it names no call (the pairing check says so). */
function turnMessage(turn: Turn): ChatMessage {
  if (turn.role === 'tool') {
    return turn.toolCallId === undefined
      ? { role: 'tool', content: turn.text }
      : { role: 'tool', tool_call_id: turn.toolCallId, content: turn.text };
  }
  const calls = turn.role === 'assistant' ? (turn.toolCalls ?? []) : [];
  if (calls.length === 0) return { role: turn.role, content: turnContent(turn) };
  const content = turnContent(turn);
  return {
    role: 'assistant',
    content: content === '' ? null : content,
    tool_calls: calls.map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.arguments },
    })),
  };
}

/** The messages of a conversation. Empty turns are left out: a server may reject `"content": ""`, and the
 * composer's empty next turn is not part of what the user asked. */
export function buildMessages(conversation: Conversation): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (conversation.system.trim() !== '') messages.push({ role: 'system', content: conversation.system });
  for (const turn of sendableTurns(conversation.turns).turns) messages.push(turnMessage(turn));
  return messages;
}

/**
 * The exact JSON body the workbench sends. Key order is part of the contract: model, messages, tools,
 * tool_choice, parallel_tool_calls, response_format (each only when set; see promptWire for what a broken
 * schema does), the parameters in schema order, then the streaming switches (see StreamChoice). Snippets print
 * this object as it is.
 */
export function buildChatRequest(input: ChatRequestInput): ChatCompletionRequest {
  const { conversation } = input;
  const request: ChatCompletionRequest = { model: input.model, messages: buildMessages(conversation) };
  const tools = wireTools(conversation.tools);
  if (tools) request.tools = tools;
  const toolChoice = wireToolChoice(conversation.toolChoice);
  if (toolChoice !== undefined) request.tool_choice = toolChoice;
  if (conversation.parallelToolCalls !== undefined)
    request.parallel_tool_calls = conversation.parallelToolCalls;
  const format = wireResponseFormat(conversation.responseFormat);
  if (format) request.response_format = format;
  for (const [name, value] of Object.entries(input.params)) {
    if (value === undefined || OWNED_FIELDS.has(name)) continue;
    // Own entry even for a parameter named "__proto__" (plain assignment would set the prototype).
    setOwn(request as Record<string, unknown>, name, value as JsonValue);
  }
  if (input.stream === true) {
    request.stream = true;
    // Without this, OpenAI-compatible servers send no usage in a stream, and cost/tokens-per-second
    // would have to be guessed.
    request.stream_options = { include_usage: true };
  } else if (input.stream === false) {
    request.stream = false;
  }
  return request;
}
