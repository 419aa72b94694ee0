import { requestToWorkbench } from '@/domain/request';
import type { ChatCompletionRequest, MediaRequest } from '@/lib/api';
import { jsonExceeds } from '@/lib/json';
import { mayBeMediaUrl } from './importChecks';
import type { ImportedRequest } from './types';

/** Far beyond any real request (images are single long strings, not deep values), well within the stack. */
export const IMPORT_LIMITS = { depth: 48, nodes: 200_000 };

/** An image or video submission (what Generate sends to the queue): a prompt and no messages. */
export function isMediaBody(
  body: ChatCompletionRequest | MediaRequest | Record<string, unknown>,
): body is MediaRequest {
  if (Array.isArray(body.messages)) return false;
  return typeof body.prompt === 'string' || Array.isArray(body.multi_prompt);
}

/**
 * Checks that a parsed body is a chat-completions request (or an image or video submission) and keeps it exactly as it was (same members,
 * same order — the import∘export identity depends on it). Warnings list what the workbench cannot hold.
 */
export function requestFromBody(
  body: unknown,
  source: ImportedRequest['source'],
  warnings: string[],
  /** Where the pasted command sends it, when it names a URL. */
  url?: string,
): ImportedRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { request: null, warnings, error: 'The body is not a JSON object.', source };
  }
  // Measured before anything recurses over it: a 10,000-deep value overflows the stack of every later step.
  const tooBig = jsonExceeds(body, IMPORT_LIMITS);
  if (tooBig) return { request: null, warnings, error: `The request cannot be imported: ${tooBig}.`, source };
  const record = body as Record<string, unknown>;
  const named = typeof record.model === 'string' && record.model !== '';
  if (record.model !== undefined && !named) {
    return { request: null, warnings, error: 'The body\'s "model" is not a model id.', source };
  }
  // llama.cpp's and other single-model servers' examples send no model: the pane's current model is used.
  const modelNote = named ? [] : ['The request names no model; the current model is kept.'];
  if (isMediaBody(record) && mayBeMediaUrl(url)) {
    // Every member but the model is a parameter of the media schema (the prompt too): nothing to map.
    return { request: record as MediaRequest, warnings: [...warnings, ...modelNote], source };
  }
  if (!Array.isArray(record.messages)) {
    return { request: null, warnings, error: 'The body has no "messages" list (nor a "prompt").', source };
  }
  // The shape is checked above; member-level oddities are reported by requestToWorkbench, not rejected.
  const request = body as ChatCompletionRequest;
  return { request, warnings: [...warnings, ...modelNote, ...requestToWorkbench(request).warnings], source };
}
