// Loaded only through a dynamic import (see useHighlighted): highlight.js, its four grammars and its theme
// stay out of the main bundle until the API tab first shows code.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import 'highlight.js/styles/github.css';
import type { HighlightLanguage } from './languages';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('python', python);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('typescript', typescript);

/** HTML for the code. highlight.js escapes the text it wraps (&, <, >, quotes), so the result is safe to
 * insert as HTML even when a prompt contains markup. */
export function highlight(code: string, language: HighlightLanguage): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
