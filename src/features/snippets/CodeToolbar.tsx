import { useId } from 'react';
import { formatSize } from './foldDataUrls';
import type { CopyStatus } from './useCopy';

interface CodeToolbarProps {
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
  /** Data URLs folded in the display and the characters they hide (0 when nothing was folded). */
  folded: { count: number; hiddenChars: number };
  showFull: boolean;
  onShowFull: (showFull: boolean) => void;
  copyStatus: CopyStatus | null;
  onCopy: () => void;
}

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500';

/** The code view's controls: wrapping, folded data URLs, and Copy (last, so it sits in the corner). */
export function CodeToolbar(props: CodeToolbarProps) {
  const { wrap, onWrap, folded, showFull, onShowFull, copyStatus, onCopy } = props;
  const foldNote = useId();
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 px-2 py-1 text-xs">
      <label className="relative mr-auto inline-flex cursor-pointer items-center gap-2 text-slate-700">
        <input
          type="checkbox"
          role="switch"
          aria-checked={wrap}
          checked={wrap}
          onChange={(e) => onWrap(e.target.checked)}
          className="peer absolute left-0 z-10 h-4 w-7 cursor-pointer opacity-0"
        />
        {/* The drawn switch; the real checkbox above it takes the clicks, keys and focus. */}
        <span
          aria-hidden="true"
          className="relative h-4 w-7 shrink-0 rounded-full bg-slate-300 transition-colors after:absolute after:top-0.5 after:left-0.5 after:h-3 after:w-3 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:bg-brand-600 peer-checked:after:translate-x-3 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500"
        />
        Wrap lines
      </label>
      {folded.count > 0 && (
        <span className="flex items-center gap-2 text-slate-600">
          <span id={foldNote}>
            {/* Short where the box is narrow (a phone): the toolbar then still fits on one or two rows. */}
            <span className="@2xl:hidden">
              {formatSize(folded.hiddenChars)} {showFull ? 'shown' : 'folded'}
            </span>
            <span className="hidden @2xl:inline">
              {folded.count === 1 ? 'A data URL' : `${folded.count} data URLs`} (
              {formatSize(folded.hiddenChars)}){' '}
              {showFull ? 'shown in full' : 'folded here; Copy copies it whole'}
            </span>
          </span>
          <button
            type="button"
            aria-describedby={foldNote}
            onClick={() => onShowFull(!showFull)}
            className={BUTTON}
          >
            {showFull ? 'Fold' : 'Show in full'}
          </button>
        </span>
      )}
      <span className="flex items-center gap-2">
        <span
          aria-live="polite"
          className={copyStatus?.kind === 'failed' ? 'text-rose-700' : 'text-emerald-700'}
        >
          {copyStatus?.message ?? ''}
        </span>
        <button type="button" onClick={onCopy} className={BUTTON}>
          Copy
        </button>
      </span>
    </div>
  );
}
