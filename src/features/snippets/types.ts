import type { ChatCompletionRequest } from '../../lib/api/types';

/** Where a snippet sends its request and which environment variable holds the key. */
export interface SnippetTarget {
  /** Full chat-completions URL, e.g. https://hub.oxen.ai/api/ai/chat/completions. */
  chatUrl: string;
  /** The API base the OpenAI SDKs take (`base_url` / `baseURL`), e.g. https://hub.oxen.ai/api/ai. */
  baseUrl: string;
  /** Name of the environment variable the snippet reads the key from. The real key is never printed. */
  keyEnvVar: string;
  /** True when the server works without a key (the demo): snippets then read the variable optionally,
   * so they run even when it is unset instead of failing with a KeyError. */
  keyOptional?: boolean;
}

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
  /** The request body, or null when none could be read (then `error` says why). */
  request: ChatCompletionRequest | null;
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
export type SuccessfulImport = ImportedRequest & { request: ChatCompletionRequest; error?: undefined };
