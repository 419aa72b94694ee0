import type { MediaRequest } from '@/lib/api';
import type { HighlightLanguage } from './languages';
import { toMediaCurl } from './mediaCurl';
import { toMediaJavaScript } from './mediaJavaScript';
import { toMediaPython } from './mediaPython';
import type { MediaKind } from './mediaTarget';
import type { SnippetOptions, SnippetTarget } from './types';

export type MediaSnippetGenerator = (
  request: MediaRequest,
  target: SnippetTarget,
  opts: SnippetOptions,
  kind: MediaKind,
) => string;

export interface MediaSnippetLanguage {
  id: 'curl' | 'python' | 'javascript';
  label: string;
  generate: MediaSnippetGenerator;
  highlight: HighlightLanguage;
}

/** No OpenAI SDK here: the queue is not an OpenAI API, so the SDKs have no call for it. */
export const MEDIA_SNIPPET_LANGUAGES: readonly MediaSnippetLanguage[] = [
  { id: 'curl', label: 'cURL', generate: toMediaCurl, highlight: 'bash' },
  { id: 'python', label: 'Python', generate: toMediaPython, highlight: 'python' },
  { id: 'javascript', label: 'JavaScript', generate: toMediaJavaScript, highlight: 'javascript' },
];
