import { type Conversation, isTurnRole, type Turn, type TurnRole } from '@/domain/conversation';
import type { ChatCompletionRequest, JsonValue } from '@/lib/api';
import { isRecord } from '@/lib/json';
import type { StreamChoice } from './buildChatRequest';
import { OWNED_FIELDS } from './ownedFields';
import {
  readWireResponseFormat,
  readWireToolCalls,
  readWireToolChoice,
  readWireTools,
} from './readWirePrompt';

/** An imported request in the workbench's own terms: what the app shell sets after an import. */
export interface WorkbenchImport {
  model: string;
  conversation: Conversation;
  /** Every body member except the owned ones (model, messages, tools, …, stream_options), in the request's order. */
  params: Record<string, JsonValue>;
  /** true/false as the request said; null when it did not say (it is sent back without "stream"). */
  stream: StreamChoice;
  /** What the workbench cannot hold and therefore leaves out or changes. */
  warnings: string[];
}

/** A content array as a Turn's text + images, or why it cannot be one. The workbench sends one text part
 * first, then the images (buildChatRequest); other layouts still import, with a warning. */
function partsToTurn(parts: unknown[], where: string, warnings: string[]): Pick<Turn, 'text' | 'images'> {
  const texts: string[] = [];
  const images: string[] = [];
  let sawImage = false;
  let reordered = false;
  for (const [i, part] of parts.entries()) {
    if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') {
      if (sawImage) reordered = true;
      texts.push(part.text);
    } else if (
      isRecord(part) &&
      part.type === 'image_url' &&
      isRecord(part.image_url) &&
      typeof part.image_url.url === 'string'
    ) {
      sawImage = true;
      images.push(part.image_url.url);
    } else {
      const type = isRecord(part) && typeof part.type === 'string' ? `"${part.type}" ` : '';
      warnings.push(`${where}: content part ${i + 1} (${type}part) is not supported and was left out.`);
    }
  }
  if (texts.length > 1) warnings.push(`${where}: its ${texts.length} text parts were joined into one.`);
  if (reordered) warnings.push(`${where}: text now comes before the images.`);
  if (texts.length === 0 && images.length === 0 && parts.length === 0) {
    warnings.push(`${where}: its empty content list became empty text.`);
  }
  return { text: texts.join('\n'), images };
}

/** The members each role's message may carry besides role and content. */
const MESSAGE_KEYS: Record<string, readonly string[]> = { assistant: ['tool_calls'], tool: ['tool_call_id'] };

/** One message as a turn, or null when it has nothing the workbench can show. */
function messageTurn(
  role: TurnRole,
  message: Record<string, unknown>,
  where: string,
  warnings: string[],
): Turn | null {
  const { content } = message;
  const calls =
    role === 'assistant' && message.tool_calls !== undefined
      ? readWireToolCalls(message.tool_calls, where, warnings)
      : [];
  let turn: Turn;
  if (typeof content === 'string') turn = { role, text: content, images: [] };
  else if (Array.isArray(content)) turn = { role, ...partsToTurn(content, where, warnings) };
  else if ((content === null || content === undefined) && calls.length > 0)
    turn = { role, text: '', images: [] };
  else {
    warnings.push(`${where} has no text content and was left out.`);
    return null;
  }
  if (calls.length > 0) {
    turn.toolCalls = calls;
    if (content === '' || (Array.isArray(content) && content.length === 0))
      warnings.push(`${where}: its empty content is sent as null, as for any tool calls without text.`);
  }
  if (role === 'tool') {
    if (typeof message.tool_call_id === 'string') turn.toolCallId = message.tool_call_id;
    else warnings.push(`${where} is a tool result that names no call ("tool_call_id").`);
    if (turn.images.length > 0)
      warnings.push(`${where}: a tool result carries no images; they are not sent.`);
    if (Array.isArray(content)) warnings.push(`${where}: its content is sent as text.`);
  }
  const known = ['role', 'content', ...(MESSAGE_KEYS[role] ?? [])];
  const extra = Object.keys(message).filter((k) => !known.includes(k));
  if (extra.length > 0) warnings.push(`${where}: ${extra.join(', ')} not imported.`);
  return turn;
}

/**
 * Maps a request body onto model + conversation + params + stream — the inverse of buildChatRequest — and
 * lists everything the workbench cannot represent. Requests made by the workbench map back with no
 * warnings.
 */
export function requestToWorkbench(request: ChatCompletionRequest): WorkbenchImport {
  const warnings: string[] = [];
  const conversation: Conversation = { system: '', turns: [] };
  const messages: unknown[] = Array.isArray(request.messages) ? request.messages : [];
  for (const [i, message] of messages.entries()) {
    const where = `Message ${i + 1}`;
    if (!isRecord(message)) {
      warnings.push(`${where} is not an object and was left out.`);
      continue;
    }
    const { role, content } = message;
    // A first, plain-text system message is the system prompt; any other system message stays a turn.
    if (role === 'system' && i === 0 && typeof content === 'string') {
      conversation.system = content;
      continue;
    }
    if (!isTurnRole(role)) {
      warnings.push(
        `${where} has role ${JSON.stringify(role)}, which the workbench cannot show; it was left out.`,
      );
      continue;
    }
    const turn = messageTurn(role, message, where, warnings);
    if (turn) conversation.turns.push(turn);
  }
  const tools = readWireTools(request.tools, warnings);
  if (tools) conversation.tools = tools;
  const toolChoice = readWireToolChoice(request.tool_choice, warnings);
  if (toolChoice !== undefined) conversation.toolChoice = toolChoice;
  if (typeof request.parallel_tool_calls === 'boolean')
    conversation.parallelToolCalls = request.parallel_tool_calls;
  else if (request.parallel_tool_calls !== undefined)
    warnings.push('"parallel_tool_calls" is not true/false and was not imported.');
  const responseFormat = readWireResponseFormat(request.response_format, warnings);
  if (responseFormat) conversation.responseFormat = responseFormat;
  const params: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(request)) {
    if (OWNED_FIELDS.has(name) || value === undefined) continue;
    // defineProperty: a parameter named "__proto__" must stay a plain member, not become a prototype.
    Object.defineProperty(params, name, { value, enumerable: true, writable: true, configurable: true });
  }
  const stream: StreamChoice = typeof request.stream === 'boolean' ? request.stream : null;
  if (request.stream !== undefined && typeof request.stream !== 'boolean') {
    warnings.push('"stream" is not true/false and was ignored.');
  }
  const options = request.stream_options;
  const defaultOptions =
    isRecord(options) && Object.keys(options).length === 1 && options.include_usage === true;
  if (options !== undefined && !(stream === true && defaultOptions)) {
    warnings.push(
      '"stream_options" is set by the workbench itself (include_usage when streaming); the pasted value was not kept.',
    );
  }
  return {
    model: typeof request.model === 'string' ? request.model : '',
    conversation,
    params,
    stream,
    warnings,
  };
}
