import type { SnippetTarget } from '@/domain/provider';
import type { ChatCompletionRequest, MediaRequest } from '@/lib/api';

export type { SnippetTarget } from '@/domain/provider';

export interface SnippetOptions {
  /** One-line body instead of the pretty-printed one. */
  compact: boolean;
}

export type SnippetGenerator = (
  request: ChatCompletionRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
) => string;

/** What importRequest hands back: the request exactly as pasted (key order kept) and what was left out. */
export interface ImportedRequest {
  /** The request body, or null when none could be read (then `error` says why): a chat request, or an image or
   * video submission (a prompt and no messages; `isMediaBody` tells them apart). */
  request: ChatCompletionRequest | MediaRequest | null;
  /** Things that were present but not imported (unknown flags, headers, a dropped literal key, ...). */
  warnings: string[];
  /** Why nothing could be imported. */
  error?: string;
  /** Which kind of text was recognised. */
  source: 'curl' | 'python' | 'json' | 'unknown';
}

/** What ApiTab's `onImport` receives: an import that produced a request (errors stay in the dialog).
 * `warnings` are also shown in the dialog; the app shell can map the request onto the workbench with
 * workbenchState(result.request). */
export type SuccessfulImport = ImportedRequest & {
  request: ChatCompletionRequest | MediaRequest;
  error?: undefined;
};
