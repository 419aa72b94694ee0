import { requestToWorkbench } from '@/domain/request';
import type { ChatCompletionRequest } from '@/lib/api';
import type { ImportedRequest } from './types';

/**
 * Checks that a parsed body is a chat-completions request and keeps it exactly as it was (same members,
 * same order — the import∘export identity depends on it). Warnings list what the workbench cannot hold.
 */
export function requestFromBody(
  body: unknown,
  source: ImportedRequest['source'],
  warnings: string[],
): ImportedRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { request: null, warnings, error: 'The body is not a JSON object.', source };
  }
  const record = body as Record<string, unknown>;
  if (typeof record.model !== 'string' || record.model === '') {
    return { request: null, warnings, error: 'The body has no "model".', source };
  }
  if (!Array.isArray(record.messages)) {
    return { request: null, warnings, error: 'The body has no "messages" list.', source };
  }
  // The shape is checked above; member-level oddities are reported by requestToWorkbench, not rejected.
  const request = body as ChatCompletionRequest;
  return { request, warnings: [...warnings, ...requestToWorkbench(request).warnings], source };
}
