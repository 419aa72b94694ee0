import { useEffect, useState } from 'react';
import type { HighlightLanguage } from './languages';

type Highlighter = typeof import('./highlighter');
let loading: Promise<Highlighter> | null = null;

/** One shared load for every code block; a failed load is retried next time instead of being cached. */
function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./highlighter').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Highlighted HTML for `code`, or null until highlight.js has loaded (and if it fails to): callers render
 * the plain text first, so the snippet is readable and copyable at once. A null `code` is not highlighted.
 */
export function useHighlighted(code: string | null, language: HighlightLanguage): string | null {
  const [result, setResult] = useState<{ code: string; language: string; html: string } | null>(null);
  useEffect(() => {
    if (code === null) return;
    let current = true;
    loadHighlighter()
      .then(({ highlight }) => {
        if (current) setResult({ code, language, html: highlight(code, language) });
      })
      // Highlighting is decoration: without it the plain text stays on screen.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [code, language]);
  // A result for older code is never shown: plain text is better than stale colours.
  return code !== null && result && result.code === code && result.language === language ? result.html : null;
}
