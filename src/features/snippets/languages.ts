import { toCurl } from './curl';
import { toJavaScriptFetch } from './javascriptFetch';
import { toPythonOpenAI } from './pythonOpenAI';
import { toPythonRequests } from './pythonRequests';
import type { SnippetGenerator } from './types';
import { toTypeScriptOpenAI } from './typescriptOpenAI';

/** highlight.js grammars the API tab loads on demand. */
export type HighlightLanguage = 'bash' | 'python' | 'javascript' | 'typescript';

export interface SnippetLanguage {
  id: 'curl' | 'python' | 'python-openai' | 'javascript' | 'typescript-openai';
  /** The option text in the "Language" select. */
  label: string;
  generate: SnippetGenerator;
  highlight: HighlightLanguage;
}

export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'cURL', generate: toCurl, highlight: 'bash' },
  { id: 'python', label: 'Python', generate: toPythonRequests, highlight: 'python' },
  { id: 'python-openai', label: 'Python (OpenAI SDK)', generate: toPythonOpenAI, highlight: 'python' },
  { id: 'javascript', label: 'JavaScript', generate: toJavaScriptFetch, highlight: 'javascript' },
  {
    id: 'typescript-openai',
    label: 'TypeScript (OpenAI SDK)',
    generate: toTypeScriptOpenAI,
    highlight: 'typescript',
  },
];
