import { useState } from 'react';
import type { HighlightLanguage } from './languages';
import { useHighlighted } from './useHighlighted';

/** `code` is the text the status is about: once the snippet changes, an old "Copied" would mislead. */
type CopyState = { kind: 'copied'; code: string } | { kind: 'failed'; code: string; message: string } | null;

/** The snippet as a code region with a Copy button. Copy status is announced (aria-live). */
export function CodeBlock({ code, language }: { code: string; language: HighlightLanguage }) {
  const html = useHighlighted(code, language);
  const [state, setState] = useState<CopyState>(null);
  const copy = state?.code === code ? state : null;

  async function copyCode() {
    try {
      if (!navigator.clipboard)
        throw new Error('the clipboard is not available here (it needs HTTPS or localhost)');
      await navigator.clipboard.writeText(code);
      setState({ kind: 'copied', code });
    } catch (error) {
      const reason =
        error instanceof Error && error.message ? error.message.replace(/\.$/, '') : 'permission was refused';
      setState({
        kind: 'failed',
        code,
        message: `Could not copy: ${reason}. Select the code and copy it by hand.`,
      });
    }
  }

  return (
    // biome-ignore lint/a11y/noRedundantRoles: explicit for assistive tech that doesn't map a named <section> to a region.
    <section role="region" aria-label="Code" className="relative rounded-md border border-slate-200 bg-white">
      <div className="flex items-center justify-end gap-2 border-b border-slate-200 px-2 py-1">
        <span
          aria-live="polite"
          className={`text-xs ${copy?.kind === 'failed' ? 'text-rose-700' : 'text-emerald-700'}`}
        >
          {copy?.kind === 'copied' ? 'Copied' : copy?.kind === 'failed' ? copy.message : ''}
        </span>
        <button
          type="button"
          onClick={copyCode}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          Copy
        </button>
      </div>
      <pre className="max-h-[32rem] overflow-auto p-3 text-xs leading-relaxed">
        {html === null ? (
          <code className={`language-${language}`}>{code}</code>
        ) : (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output, which escapes the code it wraps.
          <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </section>
  );
}
