import { promptOf } from '@/domain/media';
import type { NormalizedSchema } from '@/domain/schema';
import type { MediaRequest } from '@/lib/api';

export interface BlockerInput {
  /** The provider's own problem (no API key, a bad URL), which stops every call. */
  providerProblem: string | null;
  modelLoading: boolean;
  mediaRequest: MediaRequest | null;
  normalized: NormalizedSchema | undefined;
}

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** Why Generate cannot be pressed now, or null when it can. The reason is shown beside the disabled button:
 * a disabled control that does not say why leaves the user guessing. Only what the form can know before a
 * submission is checked; the server's own validation (a 422, or a job that fails later) is shown with the job. */
export function generateBlocker(input: BlockerInput): string | null {
  if (input.providerProblem) return input.providerProblem;
  if (input.modelLoading && !input.mediaRequest) return 'Loading the model…';
  const request = input.mediaRequest;
  if (!request) return 'Choose a model first.';
  // A video model takes `prompt` or `multi_prompt`: promptOf reads either.
  if (promptOf(request).trim() === '') return 'Write a prompt first';
  const required = input.normalized?.schema.required ?? [];
  const missing = required.filter((name) => name !== 'model' && isBlank(request[name]));
  if (missing.length > 0)
    return `Fill in the required ${missing.length === 1 ? 'field' : 'fields'}: ${missing.join(', ')}`;
  return null;
}
