import { useMemo, useState } from 'react';
import { CodeToolbar } from './CodeToolbar';
import { useCodeViewStore } from './codeViewStore';
import { DARK_TOKEN_CLASSES } from './darkTokens';
import { foldDataUrls } from './foldDataUrls';
import type { HighlightLanguage } from './languages';
import { useCopy } from './useCopy';
import { useHighlighted } from './useHighlighted';

/** Longer text is shown plain: colouring it costs more than it helps (only an unfolded image gets here). */
export const HIGHLIGHT_LIMIT = 100_000;

/**
 * The snippet in a box that scrolls both ways (or wraps, as the user chose) and never widens the page, with
 * its toolbar and Copy kept in the box's top corner. Long data URLs are folded in the display only: Copy
 * always copies `code` itself.
 */
export function CodeBlock({ code, language }: { code: string; language: HighlightLanguage }) {
  const wrap = useCodeViewStore((s) => s.wrap);
  const setWrap = useCodeViewStore((s) => s.setWrap);
  const [showFull, setShowFull] = useState(false);
  const folded = useMemo(() => foldDataUrls(code, language), [code, language]);
  const shown = showFull ? code : folded.text;
  const html = useHighlighted(shown.length <= HIGHLIGHT_LIMIT ? shown : null, language);
  const { copy, status } = useCopy(code);

  // The box is its own scroll container and query container: `@container` (inline-size containment) keeps
  // its width from depending on the longest line, so no ancestor grows with it, and 100cqw sizes the toolbar
  // to the visible width.
  return (
    <section
      // biome-ignore lint/a11y/noRedundantRoles: explicit for assistive tech that doesn't map a named <section> to a region.
      role="region"
      aria-label="Code"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it (axe scrollable-region-focusable).
      tabIndex={0}
      className="@container max-h-[70dvh] overflow-auto overscroll-contain rounded-md border border-slate-200 bg-white text-slate-900 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-500"
    >
      <div className={wrap ? 'w-full' : 'w-max min-w-full'}>
        {/* Sticky to the top and the left edge, one visible width wide: the corner stays put both ways. */}
        <div className="sticky top-0 left-0 z-10 w-[100cqw] border-b border-slate-200 bg-white">
          <CodeToolbar
            wrap={wrap}
            onWrap={setWrap}
            folded={{ count: folded.folds.length, hiddenChars: folded.hiddenChars }}
            showFull={showFull}
            onShowFull={setShowFull}
            copyStatus={status}
            onCopy={() => void copy()}
          />
        </div>
        <pre
          className={`p-3 text-xs leading-relaxed ${wrap ? 'whitespace-pre-wrap [overflow-wrap:anywhere]' : ''}`}
        >
          {html === null ? (
            <code className={`language-${language}`}>{shown}</code>
          ) : (
            <code
              className={`language-${language} ${DARK_TOKEN_CLASSES}`}
              data-highlighted=""
              // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output, which escapes the code it wraps.
              dangerouslySetInnerHTML={{ __html: html }}
            />
          )}
        </pre>
      </div>
    </section>
  );
}
